// The comparison answers as spreadsheets: one cell shape in every comparison CSV.
import type { z } from 'zod'
import { citationText } from '../../domain/csv.js'
import type { dimensionRow } from '../../domain/dimensions/answers.js'
import type { cellSchema } from '../../domain/dimensions/index.js'
import type { Language } from '../../schemas/labels.js'
import type { SpreadsheetQuery } from '../../plugins/app/formats.js'

type CellRow = z.infer<typeof cellSchema>
type Row = z.infer<typeof dimensionRow>

/** A cell as spreadsheet columns: the same in every comparison CSV. */
const cellColumns = (c: CellRow, lang: Language) => ({
  dimension: c.dimension,
  regionCode: c.region.code,
  region: c.region.name,
  status: c.status,
  statusLabel: c.statusLabel,
  answer: c.short,
  amountSek: (c.value as { amountSek?: number | null } | null)?.amountSek ?? null,
  summary: c.summary,
  evidenceDate: c.evidenceDate,
  stale: c.stale,
  evidenceStrength: c.evidenceStrength,
  sourcesDisagree: c.sourcesDisagree,
  citations: c.citations.map((citation) => citationText(citation, lang)).join(' | '),
})

export type Region = { code: string; name: string }
/** A region's column in a wide CSV: its name and code. */
export const regionColumn = (r: Region) => `${r.name} (${r.code})`

// Long: one row per dimension and region, opening cleanly and pivoting in a spreadsheet.
const longRows = (rows: Row[], lang: Language) =>
  rows.flatMap((row) => row.cells.map((c) => ({ ...cellColumns(c, lang), label: row.label, differs: row.differs, partlyKnown: row.partlyKnown })))
export const longColumns = ['dimension', 'label', 'regionCode', 'region', 'status', 'statusLabel', 'answer', 'amountSek', 'summary', 'evidenceDate', 'stale',
  'evidenceStrength', 'sourcesDisagree', 'differs', 'partlyKnown', 'citations']
// Wide: one row per dimension, a column per region with its answer and summary, and every citation led by its region.
const wideRows = (rows: Row[], lang: Language) =>
  rows.map((row) => ({
    dimension: row.id,
    label: row.label,
    differs: row.differs,
    partlyKnown: row.partlyKnown,
    ...Object.fromEntries(row.cells.map((c) => [regionColumn(c.region), `${c.short}: ${c.summary}`])),
    citations: row.cells.flatMap((c) => c.citations.map((citation) => `${c.region.name}: ${citationText(citation, lang)}`)).join(' | '),
  }))
export const rowsCsv = (rows: Row[], query: SpreadsheetQuery, lang: Language) => (query.layout === 'wide' ? wideRows(rows, lang) : longRows(rows, lang))
