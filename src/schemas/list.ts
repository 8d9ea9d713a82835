import { z } from 'zod'
import { languages } from './labels.js'

export const MAX_PAGE_SIZE = 500

/**
 * An integer query parameter, exactly as written in decimal digits: an empty
 * value, `0x10`, `1e1`, `0b11` or ` 5` is a 400, never coerced to a number.
 * Documented as the integer it is.
 */
export const queryInteger = (min: number, max: number, fallback: number, description: string) =>
  z
    .string()
    .regex(/^\d{1,10}$/, 'must be a whole number written in decimal digits')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max))
    .default(fallback)
    .meta({ type: 'integer', minimum: min, maximum: max, default: fallback, pattern: undefined, description })

export const pageQuery = {
  limit: queryInteger(1, MAX_PAGE_SIZE, 100, `Page size, at most ${MAX_PAGE_SIZE}; default 100.`),
  offset: queryInteger(0, 1_000_000, 0, 'How many items to skip; default 0.'),
}

/**
 * Where a page is in its list: the same envelope for every list, paged by
 * offset or (the change feed) by cursor. `next` and `prev` are also sent as
 * an RFC 8288 `Link` header.
 */
export const page = z
  .object({
    total: z.number().int().meta({ description: 'Items matching the query: on all pages; for the change feed, after `since`.' }),
    limit: z.number().int(),
    offset: z.number().int().nullable().meta({ description: 'Items skipped before this page; null for the change feed, which pages by cursor.' }),
    cursor: z.string().nullable().meta({
      description: 'For the change feed: pass as `since` to continue after this page (also when it was empty); null for lists paged by offset.',
    }),
    next: z.string().nullable().meta({ description: 'The URL of the next page, or null on the last (for the change feed: nothing more yet).' }),
    prev: z.string().nullable().meta({ description: 'The URL of the page before, or null on the first.' }),
  })
  .meta({ id: 'Page' })

/** A page of items in a stable order. */
export function listOf<T extends z.ZodType>(item: T, id: string) {
  return z.object({ items: z.array(item), page }).meta({ id })
}

export const langQuery = {
  lang: z.enum(languages).optional().meta({
    description: 'The language of every text in the answer: sv or en. Without it, Accept-Language decides (default en).',
  }),
}

export const formatQuery = {
  format: z.enum(['json', 'csv']).optional().meta({ description: 'Answer as JSON (default) or CSV; `Accept: text/csv` does the same.' }),
}

export const asOfQuery = {
  asOf: z.iso
    .date('must be a date, YYYY-MM-DD')
    .optional()
    .meta({ description: 'Only facts valid on this date (default: today, Swedish time).', example: '2021-06-01' }),
}

export const textQuery = {
  q: z.string().trim().min(1).max(100).optional().meta({ description: 'Case-insensitive text search on names and titles.', example: 'smärt' }),
}
