import { z } from 'zod'
import { citationInput, readOnlyCitationFields, readOnlyFields, slug } from './common.js'
import { factKind } from './fact-kinds.js'

/** A citation written on its own: which fact it backs, and the excerpt. */
export const citationBody = citationInput
  .extend({ factKind, factId: slug, sourceId: slug })
export type CitationBody = z.infer<typeof citationBody>

export const citationRecord = z
  .object({
    id: z.uuid(),
    factKind,
    factId: slug,
    sourceId: slug,
    sourceTitle: z.string(),
    locator: z.string().nullable(),
    quote: z.string(),
    supports: z.string().nullable(),
    retiredAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'CitationRecord', description: 'A citation as a resource of its own.' })
export type CitationRecord = z.infer<typeof citationRecord>

/** What a writer may POST: a citation, plus read-only fields a GET returned (ignored). */
export const citationWriteBody = citationInput
  .extend({ ...readOnlyFields, ...readOnlyCitationFields, retiredAt: z.string().nullable().optional(), factKind, factId: slug, sourceId: slug })
  .meta({ id: 'CitationWrite', description: 'A citation to add to a fact.' })
