import { z } from 'zod'
import { citation, citationInput, citationText, readOnlyOf, slug, storedCitation } from './common.js'
import { factKind } from './fact-kinds.js'

const citesFact = { factKind, factId: slug, sourceId: slug }

/** A citation written on its own: which fact it backs, and the quote or reference. */
export const citationBody = z.strictObject({ ...citationInput.shape, ...citesFact }).superRefine((value, ctx) => citationText(value, ctx))
export type CitationBody = z.infer<typeof citationBody>

const recordFields = {
  ...citesFact,
  retiredAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
}
const citationRecordShape = { ...storedCitation.shape, ...recordFields }
/** A citation as a resource of its own, as stored (its reference in both languages): what writes answer. */
export const storedCitationRecord = z
  .object(citationRecordShape)
  .meta({ id: 'CitationStoredRecord', description: 'A citation as a resource of its own, its reference in Swedish and English.' })
export type StoredCitationRecord = z.infer<typeof storedCitationRecord>
/** A citation as a resource of its own, as a read shows it (its reference in the language asked for). */
export const citationRecord = z
  .object({ ...citation.shape, ...recordFields })
  .meta({ id: 'CitationRecord', description: 'A citation as a resource of its own.' })
export type CitationRecord = z.infer<typeof citationRecord>

/** What a writer may POST: a citation, plus the read-only fields a GET returned (ignored). */
export const citationWriteBody = z
  .strictObject({ ...readOnlyOf(citationRecordShape, citationBody.shape), ...citationBody.shape })
  .superRefine((value, ctx) => citationText(value, ctx))
  .meta({ id: 'CitationWrite', description: 'A citation to add to a fact.' })
