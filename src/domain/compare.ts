import { factKindIds } from '../schemas/fact-kinds.js'
import { cellStatuses, cellStatusLabels, type DimensionId, dimensionIds, type Language } from '../schemas/labels.js'
import { type Cell, type CompareQuery, dimensions, inRegion, providerNames } from './dimensions.js'
import { today } from './as-of.js'
import { regionProfile, requireCondition } from './regions.js'
import type { Snapshot } from './snapshot.js'
import { localizeCitation } from './localize.js'
import type { Citation } from '../schemas/common.js'

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

/**
 * Everything a region's cells are computed from besides the query: the
 * reference data, and each of the region's facts with when it ends and the
 * name of the provider it names. A snapshot update replaces only the records
 * it changes, so a region none of whose inputs changed has the same inputs,
 * element by element, and keeps its cells.
 */
function regionInputs(snapshot: Snapshot, regionCode: string): unknown[] {
  const inputs: unknown[] = [snapshot.regions, snapshot.municipalities, snapshot.conditions]
  const names = providerNames(snapshot)
  for (const kind of factKindIds) {
    const ends = snapshot.ends[kind]
    inputs.push(kind)
    for (const fact of inRegion<{ id: string; regionCode: string | null; providerId?: string | null }>(snapshot[kind], regionCode)) {
      inputs.push(fact, ends.get(fact.id))
      if (fact.providerId) inputs.push(names.get(fact.providerId))
    }
  }
  return inputs
}

const sameInputs = (a: unknown[], b: unknown[]) => a.length === b.length && a.every((input, i) => input === b[i])

/** A region's cells computed so far, by query, and what they were computed from. */
interface RegionCells {
  inputs: unknown[]
  byQuery: Map<string, Partial<Record<DimensionId, Cell>>>
}

/** Queries kept per region and inputs: the default date changes daily, other dates are rarer. */
const QUERIES_PER_REGION = 64
/**
 * Sets of inputs kept per region, newest first: more than one, so that
 * snapshots of several datasets in one process (tests, an app and another
 * instance) do not keep replacing each other's cells.
 */
const INPUTS_PER_REGION = 4
const regionCells = new Map<string, RegionCells[]>()
/** Regions whose inputs were checked against a snapshot (each snapshot is checked once). */
const checked = new WeakMap<Snapshot, Map<string, RegionCells>>()

/** Where a region's cells for a query are kept: emptied when any of the region's inputs changed. */
function cellsFor(snapshot: Snapshot, regionCode: string, query: CompareQuery): Partial<Record<DimensionId, Cell>> {
  let ofSnapshot = checked.get(snapshot)
  if (!ofSnapshot) checked.set(snapshot, (ofSnapshot = new Map()))
  let memo = ofSnapshot.get(regionCode)
  if (!memo) {
    const inputs = regionInputs(snapshot, regionCode)
    const kept = regionCells.get(regionCode) ?? []
    const found = kept.find((candidate) => sameInputs(candidate.inputs, inputs))
    memo = found ?? { inputs, byQuery: new Map() }
    regionCells.set(regionCode, [memo, ...kept.filter((candidate) => candidate !== memo)].slice(0, INPUTS_PER_REGION))
    ofSnapshot.set(regionCode, memo)
  }
  const key = `${query.condition}\n${query.asOf}\n${query.staleAfterMonths}`
  let cells = memo.byQuery.get(key)
  if (!cells) {
    if (memo.byQuery.size >= QUERIES_PER_REGION) memo.byQuery.delete(memo.byQuery.keys().next().value!)
    memo.byQuery.set(key, (cells = {}))
  }
  return cells
}

/**
 * A region's cell on a dimension. Cells are pure functions of the region's
 * inputs and the query, so one computed before is reused, the same object,
 * until one of its inputs changes: after a write, only the regions it touched
 * are computed again. Shared between answers, so frozen.
 */
export function regionCell(snapshot: Snapshot, regionCode: string, id: DimensionId, query: CompareQuery): Cell {
  const cells = cellsFor(snapshot, regionCode, query)
  return (cells[id] ??= Object.freeze(dimensions[id].cell({
    snapshot,
    regionCode,
    query: { condition: query.condition, asOf: query.asOf, staleAfterMonths: query.staleAfterMonths },
  })))
}

/** The matrix of dimensions by regions, marking where the regions differ. */
export function compareRegions(snapshot: Snapshot, regionCodes: string[], query: CompareQuery, ids: readonly DimensionId[] = dimensionIds) {
  const regions = regionCodes.map((code) => snapshot.regions.find((r) => r.code === code)!).map(({ code, name }) => ({ code, name }))
  const rows: DimensionRow[] = ids.map((id) => {
    const cells = Object.fromEntries(regions.map((r) => [r.code, regionCell(snapshot, r.code, id, query)]))
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

export type LabelledCell = Omit<Cell, 'summary' | 'citations'> & { statusLabel: string; summary: string; citations: Citation[] }
const labelledCells = new WeakMap<Cell, Partial<Record<Language, LabelledCell>>>()

/** A cell as the API shows it: its status label and summary in the asked language; made once per cell and language. */
export function labelled(cell: Cell, lang: Language): LabelledCell {
  let byLanguage = labelledCells.get(cell)
  if (!byLanguage) labelledCells.set(cell, (byLanguage = {}))
  return (byLanguage[lang] ??= Object.freeze({
    ...cell,
    statusLabel: cellStatusLabels[cell.status][lang],
    summary: cell.summary[lang],
    citations: cell.citations.map((c) => localizeCitation(c, lang)),
  }))
}

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
