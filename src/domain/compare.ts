import { cellStatuses, cellStatusLabels, type DimensionId, dimensionIds, type Language } from '../schemas/labels.js'
import { type Cell, type CompareQuery, dimensions } from './dimensions.js'
import { today } from './as-of.js'
import { regionProfile, requireCondition } from './regions.js'
import type { Snapshot } from './snapshot.js'

export interface DimensionRow {
  id: DimensionId
  /** At least two regions have known, different values. */
  differs: boolean
  /** Some regions' cells are known, others' unknown. */
  partlyKnown: boolean
  cells: Record<string, Cell>
}

const known = (cell: Cell) => cell.status !== 'unknown'

/** Whether the regions differ (only known values count) and whether some are unknown. */
export function rowMarks(cells: Cell[]) {
  const knownCells = cells.filter(known)
  const values = new Set(knownCells.map((c) => `${c.status}|${c.value}`))
  return { differs: values.size > 1, partlyKnown: knownCells.length > 0 && knownCells.length < cells.length }
}

/** The matrix of dimensions by regions, marking where the regions differ. */
export function compareRegions(snapshot: Snapshot, regionCodes: string[], query: CompareQuery, ids: readonly DimensionId[] = dimensionIds) {
  const regions = regionCodes.map((code) => snapshot.regions.find((r) => r.code === code)!).map(({ code, name }) => ({ code, name }))
  const rows: DimensionRow[] = ids.map((id) => {
    const cells = Object.fromEntries(regions.map((r) => [r.code, dimensions[id].cell({ snapshot, regionCode: r.code, query })]))
    return { id, ...rowMarks(Object.values(cells)), cells }
  })
  return { regions, rows }
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

export interface ViewQuery extends CompareQuery {
  lang: Language
}

/** A comparison query with its condition checked and `asOf` defaulting to today. */
export function viewQuery(snapshot: Snapshot, query: { condition: string; asOf?: string; lang: Language }, staleAfterMonths: number): ViewQuery {
  requireCondition(snapshot, query.condition)
  return { condition: query.condition, asOf: query.asOf ?? today(), lang: query.lang, staleAfterMonths }
}

/** A cell as the API shows it: its status label and summary in the asked language. */
export const labelled = (cell: Cell, lang: Language) => ({ ...cell, statusLabel: cellStatusLabels[cell.status][lang], summary: cell.summary[lang] })

/** The comparison as the API shows it: labels in the asked language, differing dimensions listed. */
export function comparisonView(snapshot: Snapshot, regionCodes: string[], query: ViewQuery) {
  const { regions, rows } = compareRegions(snapshot, regionCodes, query)
  return {
    asOf: query.asOf,
    condition: query.condition,
    lang: query.lang,
    regions,
    dimensions: rows.map((row) => ({
      id: row.id,
      label: dimensions[row.id].label[query.lang],
      differs: row.differs,
      partlyKnown: row.partlyKnown,
      cells: Object.fromEntries(Object.entries(row.cells).map(([code, cell]) => [code, labelled(cell, query.lang)])),
    })),
    differingDimensions: rows.filter((row) => row.differs).map((row) => row.id),
  }
}

/** One dimension across every region, with counts per status and statistics of numeric values. */
export function dimensionView(snapshot: Snapshot, dimension: DimensionId, query: ViewQuery) {
  const { regions, rows } = compareRegions(snapshot, snapshot.regions.map((r) => r.code), query, [dimension])
  const cells = regions.map((region) => ({ ...labelled(rows[0]!.cells[region.code]!, query.lang), region }))
  const statusCounts = Object.fromEntries(cellStatuses.map((status) => [status, cells.filter((c) => c.status === status).length]))
  const numbers = cells.map((c) => c.value).filter((v): v is number => typeof v === 'number')
  return {
    asOf: query.asOf,
    condition: query.condition,
    lang: query.lang,
    dimension: { id: dimension, label: dimensions[dimension].label[query.lang] },
    cells,
    statusCounts,
    staleCount: cells.filter((c) => c.stale).length,
    numeric: numbers.length === 0 ? null : { count: numbers.length, min: Math.min(...numbers), median: median(numbers)!, max: Math.max(...numbers) },
  }
}

/** Per region and dimension: known, stale or unknown, and how recent the evidence is. */
export function coverageView(snapshot: Snapshot, query: ViewQuery) {
  const { regions, rows } = compareRegions(snapshot, snapshot.regions.map((r) => r.code), query)
  const perRegion = regions.map((region) => {
    const cells = rows.map((row) => {
      const cell = row.cells[region.code]!
      const isKnown = known(cell)
      return {
        id: row.id,
        label: dimensions[row.id].label[query.lang],
        known: isKnown && !cell.stale,
        stale: cell.stale,
        status: cell.status,
        evidenceDate: cell.evidenceDate,
      }
    })
    const fresh = cells.filter((d) => d.known).length
    const stale = cells.filter((d) => d.stale).length
    const dates = cells.map((d) => d.evidenceDate).filter((d): d is string => d !== null).sort()
    return { ...region, known: fresh, stale, unknown: cells.length - fresh - stale, evidenceDate: dates.at(-1) ?? null, dimensions: cells }
  })
  const totalKnown = perRegion.reduce((n, r) => n + r.known, 0)
  const totalStale = perRegion.reduce((n, r) => n + r.stale, 0)
  const cells = regions.length * rows.length
  return {
    asOf: query.asOf,
    condition: query.condition,
    lang: query.lang,
    staleAfterMonths: query.staleAfterMonths,
    totals: { cells, known: totalKnown, stale: totalStale, unknown: cells - totalKnown - totalStale },
    regions: perRegion,
  }
}

/** One region on every dimension, with the facts valid on the date. */
export function regionProfileView(snapshot: Snapshot, code: string, query: ViewQuery) {
  const { rows } = compareRegions(snapshot, [code], query)
  return {
    ...regionProfile(snapshot, code, query.asOf),
    asOf: query.asOf,
    condition: query.condition,
    lang: query.lang,
    dimensions: rows.map((row) => ({ id: row.id, label: dimensions[row.id].label[query.lang], cell: labelled(row.cells[code]!, query.lang) })),
  }
}
