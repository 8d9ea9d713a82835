import { stringify } from 'csv-stringify/sync'
import type { Citation } from '../schemas/common.js'
import type { Language } from '../schemas/labels.js'

type Cell = string | number | boolean | null | undefined

function isCitationList(value: unknown): value is Citation[] {
  return Array.isArray(value) && value.length > 0 && typeof value[0] === 'object' && value[0] !== null && 'sourceTitle' in value[0]
}

/** A citation as a reader quotes it: the quote or our words, then the source's title, publisher, date, place and link. */
export function citationText(c: Citation, lang: Language = 'en'): string {
  const said = c.kind === 'quote' ? `"${c.quote}"` : `${c.reference}`
  const date = c.sourceDateKind === 'not_before' ? `${lang === 'sv' ? 'tidigast' : 'not before'} ${c.sourceDate}` : c.sourceDate
  const where = [c.sourceTitle, c.sourceIssuer, date, c.locator, c.sourceUrl].filter(Boolean).join(', ')
  return `${said} (${where})`
}

/**
 * What a spreadsheet may run as a formula: a cell that starts with a tab, carriage return or line
 * feed, or whose first character after any white space (spaces, no-break spaces, …) is = + - @ or
 * their full-width or small forms (＝ ＋ － ＠, ﹦ ﹢ ﹣ ﹫), which some spreadsheets read the same way.
 */
const formula = /^(?:[\t\r\n]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B])/

/** Such text is prefixed with an apostrophe, so it shows as text. */
export const neutralised = (text: string) => (formula.test(text) ? `'${text}` : text)

/** One spreadsheet cell for a value: lists joined, citations with their source's title, publisher and date. */
export function csvCell(value: unknown, lang: Language = 'en'): Cell {
  if (value === null || value === undefined) return ''
  if (isCitationList(value)) return neutralised(value.map((c) => citationText(c, lang)).join(' | '))
  if (Array.isArray(value)) return neutralised(value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join('; '))
  if (typeof value === 'object') return neutralised(JSON.stringify(value))
  return typeof value === 'string' ? neutralised(value) : (value as Cell)
}

export const csvDelimiters = { comma: ',', semicolon: ';' } as const
export type CsvDelimiter = keyof typeof csvDelimiters

/**
 * How every CSV is written: every field quoted, empty ones too, so a spreadsheet that splits on the
 * other delimiter (a comma file read as semicolons, or the reverse) still sees one cell per field
 * and never a formula starting after a delimiter inside a field.
 */
const csvOptions = (delimiter: CsvDelimiter) => ({
  eof: true,
  record_delimiter: '\r\n',
  delimiter: csvDelimiters[delimiter],
  quoted: true,
  quoted_empty: true,
  cast: { boolean: (value: boolean) => String(value) },
})

/**
 * Flat records as CSV: one header row (the given columns, else every key of
 * the records), UTF-8 with a BOM so spreadsheets read å, ä and ö right;
 * separated by commas, or semicolons as Swedish spreadsheets expect.
 */
export function toCsv(records: readonly Record<string, unknown>[], columns?: string[], delimiter: CsvDelimiter = 'comma', lang: Language = 'en'): string {
  const header = columns ?? [...new Set(records.flatMap((r) => Object.keys(r)))]
  const rows = records.map((record) => header.map((column) => csvCell(record[column], lang)))
  return `\uFEFF${stringify([header.map(neutralised), ...rows], csvOptions(delimiter))}`
}
