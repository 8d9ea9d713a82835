import { cellStatuses, cellStatusLabels, type DimensionId, dimensionIds, type Language } from '../schemas/labels.js'
import { type Cell, type CompareQuery, dimensions } from './dimensions.js'
import { regionProfile } from './regions.js'
import type { Snapshot } from './snapshot.js'

export interface DimensionRow {
  id: DimensionId
  differs: boolean
  cells: Record<string, Cell>
}

/** The matrix of dimensions by regions, marking where the regions differ. */
export function compareRegions(snapshot: Snapshot, regionCodes: string[], query: CompareQuery, ids: readonly DimensionId[] = dimensionIds) {
  const regions = regionCodes.map((code) => snapshot.regions.find((r) => r.code === code)!).map(({ code, name }) => ({ code, name }))
  const rows: DimensionRow[] = ids.map((id) => {
    const cells = Object.fromEntries(regions.map((r) => [r.code, dimensions[id].cell({ snapshot, regionCode: r.code, query })]))
    const keys = new Set(Object.values(cells).map((c) => `${c.status}|${c.value}`))
    return { id, differs: keys.size > 1, cells }
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

const labelled = (cell: Cell, lang: Language) => ({ ...cell, statusLabel: cellStatusLabels[cell.status][lang] })

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
    numeric: numbers.length === 0 ? null : { count: numbers.length, min: Math.min(...numbers), median: median(numbers)!, max: Math.max(...numbers) },
  }
}

/** Per region and dimension: known or not, and when last verified. */
export function coverageView(snapshot: Snapshot, query: ViewQuery) {
  const { regions, rows } = compareRegions(snapshot, snapshot.regions.map((r) => r.code), query)
  const perRegion = regions.map((region) => {
    const cells = rows.map((row) => {
      const cell = row.cells[region.code]!
      return {
        id: row.id,
        label: dimensions[row.id].label[query.lang],
        known: cell.status !== 'unknown',
        status: cell.status,
        lastVerifiedOn: cell.lastVerifiedOn,
      }
    })
    const known = cells.filter((d) => d.known).length
    const verified = cells.map((d) => d.lastVerifiedOn).filter((d): d is string => d !== null).sort()
    return { ...region, known, unknown: cells.length - known, lastVerifiedOn: verified.at(-1) ?? null, dimensions: cells }
  })
  const known = perRegion.reduce((n, r) => n + r.known, 0)
  const cells = regions.length * rows.length
  return { asOf: query.asOf, condition: query.condition, lang: query.lang, totals: { cells, known, unknown: cells - known }, regions: perRegion }
}

/** One region on every dimension, with the facts valid on the date. */
export function regionProfileView(snapshot: Snapshot, code: string, query: ViewQuery) {
  const { rows } = compareRegions(snapshot, [code], query)
  return {
    ...regionProfile(snapshot, code, query.asOf)!,
    asOf: query.asOf,
    condition: query.condition,
    lang: query.lang,
    dimensions: rows.map((row) => ({ id: row.id, label: dimensions[row.id].label[query.lang], cell: labelled(row.cells[code]!, query.lang) })),
  }
}
