import { factKindIds } from '../schemas/fact-kinds.js'
import type { Language } from '../schemas/labels.js'
import { questionStatuses } from './dimensions/cell.js'
import type { z } from 'zod'
import {
  type Cell,
  type cellSchema,
  type CompareQuery,
  type DimensionId,
  dimensionIds,
  dimensions,
  inRegion,
  providerNames,
  statusLabels,
} from './dimensions/index.js'
import { today } from './as-of.js'
import { regionProfile, requireCondition } from './regions.js'
import type { Snapshot } from './snapshot.js'
import { localizeCitation } from './localize.js'

export interface DimensionRow {
  id: DimensionId
  /** At least two regions have known, different answers. */
  differs: boolean
  /** Some regions' cells are known, others' unknown. */
  partlyKnown: boolean
  cells: Record<string, Cell>
}

const known = (cell: Cell) => cell.status !== 'unknown'

/** Whether the regions differ (only known answers count, compared as the dimension says) and whether some are unknown. */
export function rowMarks(id: DimensionId, cells: Cell[]) {
  const sameAs = dimensions[id].sameAs ?? ((cell: Cell) => cell.status)
  const knownCells = cells.filter(known)
  const answers = new Set(knownCells.map((c) => sameAs(c as never)))
  return { differs: answers.size > 1, partlyKnown: knownCells.length > 0 && knownCells.length < cells.length }
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
  return (cells[id] ??= Object.freeze(
    dimensions[id].cell({
      snapshot,
      regionCode,
      query: { condition: query.condition, asOf: query.asOf, staleAfterMonths: query.staleAfterMonths },
    }),
  ))
}

/** The matrix of dimensions by regions, marking where the regions differ. */
export function compareRegions(snapshot: Snapshot, regionCodes: string[], query: CompareQuery, ids: readonly DimensionId[] = dimensionIds) {
  const regions = regionCodes.map((code) => snapshot.regions.find((r) => r.code === code)!).map(({ code, name }) => ({ code, name }))
  const rows: DimensionRow[] = ids.map((id) => {
    const cells = Object.fromEntries(regions.map((r) => [r.code, regionCell(snapshot, r.code, id, query)]))
    return { id, ...rowMarks(id, Object.values(cells)), cells }
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
export function viewQuery(snapshot: Snapshot, query: { condition: string; asOf?: string }, lang: Language, staleAfterMonths: number): ViewQuery {
  requireCondition(snapshot, query.condition)
  return { condition: query.condition, asOf: query.asOf ?? today(), lang, staleAfterMonths }
}

type RegionRef = { code: string; name: string }
const shownCells = new WeakMap<Cell, Partial<Record<Language, ShownCell>>>()

/** A cell as the API and the pages show it: which dimension and region, and every text in one language. Made once per cell and language. */
export function shownCell(cell: Cell, dimension: DimensionId, region: RegionRef, lang: Language) {
  let byLanguage = shownCells.get(cell)
  if (!byLanguage) shownCells.set(cell, (byLanguage = {}))
  return (byLanguage[lang] ??= Object.freeze({
    dimension,
    region,
    status: cell.status,
    statusLabel: statusLabels[cell.status][lang],
    value: cell.value?.[lang] ?? null,
    short: cell.short[lang],
    summary: cell.summary[lang],
    evidenceDate: cell.evidenceDate,
    stale: cell.stale,
    evidenceStrength: cell.evidenceStrength,
    sourcesDisagree: cell.sourcesDisagree,
    factIds: cell.factIds,
    citations: cell.citations.map((c) => localizeCitation(c, lang)),
  }) as ShownCell)
}
/** A cell as the API shows it: each dimension's status set and value type (the rules build them; the cell schema states them). */
export type ShownCell = z.infer<typeof cellSchema>

/** What a dimension is, in the language asked for. */
const dimensionInfo = (id: DimensionId, lang: Language) => ({
  id,
  label: dimensions[id].label[lang],
  question: dimensions[id].question[lang],
  type: dimensions[id].type,
})

/** Rows of dimensions, each with its cells in region order: the one shape every comparison answer uses. */
function shownRows(regions: RegionRef[], rows: DimensionRow[], lang: Language) {
  return rows.map((row) => ({
    ...dimensionInfo(row.id, lang),
    differs: row.differs,
    partlyKnown: row.partlyKnown,
    cells: regions.map((r) => shownCell(row.cells[r.code]!, row.id, r, lang)),
  }))
}

/** The comparison as the API shows it: texts in the asked language, differing dimensions listed. */
export function comparisonView(snapshot: Snapshot, regionCodes: string[], query: ViewQuery) {
  const { regions, rows } = compareRegions(snapshot, regionCodes, query)
  return {
    asOf: query.asOf,
    condition: query.condition,
    lang: query.lang,
    regions,
    dimensions: shownRows(regions, rows, query.lang),
    differingDimensions: rows.filter((row) => row.differs).map((row) => row.id),
  }
}

/** One dimension across every region, with counts per status and statistics of amounts. */
export function dimensionView(snapshot: Snapshot, dimension: DimensionId, query: ViewQuery) {
  const { regions, rows } = compareRegions(
    snapshot,
    snapshot.regions.map((r) => r.code),
    query,
    [dimension],
  )
  const [row] = shownRows(regions, rows, query.lang)
  const cells = row!.cells
  const statuses = questionStatuses[dimensions[dimension].type]
  const statusCounts = Object.fromEntries(statuses.map((status) => [status, cells.filter((c) => c.status === status).length]))
  const amounts = cells.map((c) => (c.value as { amountSek?: unknown } | null)?.amountSek).filter((v): v is number => typeof v === 'number')
  return {
    asOf: query.asOf,
    condition: query.condition,
    lang: query.lang,
    dimension: { ...dimensionInfo(dimension, query.lang), statuses: [...statuses] },
    differs: row!.differs,
    partlyKnown: row!.partlyKnown,
    cells,
    statusCounts,
    staleCount: cells.filter((c) => c.stale).length,
    numeric: amounts.length === 0 ? null : { count: amounts.length, min: Math.min(...amounts), median: median(amounts)!, max: Math.max(...amounts) },
  }
}

/** Per region and dimension: known, stale or unknown, and how recent the evidence is. */
export function coverageView(snapshot: Snapshot, query: ViewQuery) {
  const { regions, rows } = compareRegions(
    snapshot,
    snapshot.regions.map((r) => r.code),
    query,
  )
  const perRegion = regions.map((region) => {
    const cells = rows.map((row) => {
      const cell = row.cells[region.code]!
      return {
        id: row.id,
        label: dimensions[row.id].label[query.lang],
        known: known(cell) && !cell.stale,
        stale: cell.stale,
        status: cell.status,
        evidenceDate: cell.evidenceDate,
        evidenceStrength: cell.evidenceStrength,
      }
    })
    const fresh = cells.filter((d) => d.known).length
    const stale = cells.filter((d) => d.stale).length
    const dates = cells
      .map((d) => d.evidenceDate)
      .filter((d): d is string => d !== null)
      .sort()
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

/** One region on every dimension (the comparison's rows, with its one cell each), and the facts valid on the date. */
export function regionProfileView(snapshot: Snapshot, code: string, query: ViewQuery) {
  const { regions, rows } = compareRegions(snapshot, [code], query)
  return {
    ...regionProfile(snapshot, code, query.asOf),
    asOf: query.asOf,
    condition: query.condition,
    lang: query.lang,
    dimensions: shownRows(regions, rows, query.lang),
  }
}
