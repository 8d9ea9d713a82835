import { z } from 'zod'
import { langQuery, page, queryInteger } from './list.js'

export const change = z
  .object({
    id: z.string().meta({ description: 'Position in the change log; pass the last one seen as `since`.', example: '42' }),
    resource: z.string().meta({ example: 'fees' }),
    recordId: z.string(),
    action: z.enum(['create', 'update', 'retire']),
    actor: z.string().meta({
      description: 'Who made the change: the display name chosen for the key (default: its role), or "curated:<file>" for the curated data.',
    }),
    at: z.iso.datetime(),
    before: z.unknown().nullable().meta({ description: 'The record before (null for a create).' }),
    after: z.unknown().nullable().meta({ description: 'The record after.' }),
  })
  .meta({ id: 'Change', description: 'One write in the change log.' })

/** A position in the change log, at most 18 digits. */
export const cursor = z.string().regex(/^\d{1,18}$/, 'must be a cursor from an earlier page')

/** Where to continue the change log: a cursor from an earlier page, and a page size. */
export const changeQuery = {
  since: cursor
    .optional()
    .meta({ description: 'The cursor of the last page seen.', example: '42' }),
  limit: queryInteger(1, 500, 100, 'Page size, at most 500; default 100.'),
  // Records in the log are as they were stored, every text in both languages; `lang` is taken as on every read.
  ...langQuery,
}

export const changePage = z.object({ items: z.array(change), page }).meta({ id: 'ChangePage' })
