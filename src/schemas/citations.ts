import { z } from 'zod'
import { citation, citationInput, citationText, readOnlyOf, slug } from './common.js'
import { factKind } from './fact-kinds.js'

const citesFact = { factKind, factId: slug, sourceId: slug }

/** A citation written on its own: which fact it backs, and the quote or reference. */
export const citationBody = z.strictObject({ ...citationInput.shape, ...citesFact }).superRefine((value, ctx) => citationText(value, ctx))
export type CitationBody = z.infer<typeof citationBody>

const citationRecordShape = {
  ...citation.shape,
  ...citesFact,
  retiredAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
}
export const citationRecord = z.object(citationRecordShape).meta({ id: 'CitationRecord', description: 'A citation as a resource of its own.' })
export type CitationRecord = z.infer<typeof citationRecord>

/** What a writer may POST: a citation, plus the read-only fields a GET returned (ignored). */
export const citationWriteBody = z
  .strictObject({ ...readOnlyOf(citationRecordShape, citationBody.shape), ...citationBody.shape })
  .superRefine((value, ctx) => citationText(value, ctx))
  .meta({ id: 'CitationWrite', description: 'A citation to add to a fact.' })
