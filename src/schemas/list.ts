import { z } from 'zod'
import { languages } from './labels.js'

export const MAX_PAGE_SIZE = 500

export const pageQuery = {
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(100).meta({ description: `Page size, at most ${MAX_PAGE_SIZE}.` }),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0).meta({ description: 'How many items to skip.' }),
}

export const page = z
  .object({
    total: z.number().int().meta({ description: 'Items matching the query, on all pages.' }),
    limit: z.number().int(),
    offset: z.number().int(),
    next: z.string().nullable().meta({ description: 'The URL of the next page, or null on the last.' }),
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
