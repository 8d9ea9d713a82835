import { stringify } from 'csv-stringify/sync'
import type { Citation } from '../schemas/common.js'

type Cell = string | number | boolean | null | undefined

function isCitationList(value: unknown): value is Citation[] {
  return Array.isArray(value) && value.length > 0 && typeof value[0] === 'object' && value[0] !== null && 'quote' in value[0]
}

/** One spreadsheet cell for a value: lists joined, citations as "quote" (source, locator). */
export function csvCell(value: unknown): Cell {
  if (value === null || value === undefined) return ''
  if (isCitationList(value)) return value.map((c) => `"${c.quote}" (${c.sourceId}${c.locator ? `, ${c.locator}` : ''})`).join(' | ')
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join('; ')
  if (typeof value === 'object') return JSON.stringify(value)
  return value as Cell
}

/** Flat records as CSV: one header row, UTF-8 with a BOM so spreadsheets read å, ä and ö right. */
export function toCsv(records: readonly Record<string, unknown>[], columns?: string[]): string {
  const header = columns ?? [...new Set(records.flatMap((r) => Object.keys(r)))]
  const rows = records.map((record) => header.map((column) => csvCell(record[column])))
  return `\uFEFF${stringify([header, ...rows], { eof: true, record_delimiter: '\r\n', cast: { boolean: (value) => String(value) } })}`
}
