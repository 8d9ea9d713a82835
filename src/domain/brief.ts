// A region against the others of a comparison, as a letter to a politician
// needs it: what the region offers, what others offer that it is known not to,
// how its fee compares, what else is known, and what is unknown. Every
// statement keeps the citations it rests on.
import type { Citation } from '../schemas/common.js'
import { factKindIds } from '../schemas/fact-kinds.js'
import type { Language } from '../schemas/labels.js'
import { asOfDay } from './as-of.js'
import { type comparisonView, median, type ShownCell } from './compare.js'
import type { CellStatus } from './dimensions/cell.js'
import { type DimensionId, offerDimensionIds } from './dimensions/index.js'
import { countsForRegion, inRegion } from './dimensions/scope.js'
import { localizeCitation } from './localize.js'
import type { Snapshot } from './snapshot.js'

type Comparison = ReturnType<typeof comparisonView>
type Row = Comparison['dimensions'][number]
export type RegionRef = Comparison['regions'][number]

/** Answers that mean the region offers it, if perhaps only with conditions or in some municipalities. */
export const offering: readonly CellStatus[] = ['offered', 'partly']
/** Answers that mean a source says the region does not offer it (now). */
export const knownNotOffering: readonly CellStatus[] = ['not_offered', 'paused', 'municipal_responsibility']

export interface BriefStatement {
  id: DimensionId
  label: string
  cell: ShownCell
}

export interface OtherRegion {
  region: RegionRef
  cell: ShownCell
  /** The citations of the fact that decides the other region's answer: a brief cites only those. */
  citations: Citation[]
}

export interface BriefContrast extends BriefStatement {
  /** The other regions that offer it. */
  others: OtherRegion[]
}

export interface BriefUnknown extends BriefStatement {
  /** Other regions whose answer is known. */
  knownElsewhere: number
  /** Other regions that offer it (offer dimensions only). */
  offeredBy: RegionRef[]
}

/** Something the region runs for the condition that no dimension counts as an offer: a conference of consultants that doctors consult. */
export interface BriefService {
  id: string
  name: string
  description: string | null
  citations: Citation[]
}

export interface AmountComparison {
  id: DimensionId
  label: string
  cell: ShownCell
  amount: number | null
  /** Regions of the comparison (this one included) whose amount is known. */
  known: number
  lowest: { amount: number; regions: OtherRegion[] } | null
  highest: { amount: number; regions: OtherRegion[] } | null
  median: number | null
  /** Of the known amounts, how many rest on old evidence. */
  stale: number
}

const factIndex = new WeakMap<Snapshot, Map<string, { citations: Snapshot['providers'][number]['citations'] }>>()

/** A fact of any kind by its id, indexed once per snapshot. */
function factById(snapshot: Snapshot, id: string) {
  let index = factIndex.get(snapshot)
  if (!index) {
    index = new Map()
    for (const kind of factKindIds) for (const fact of snapshot[kind]) index.set(fact.id, fact)
    factIndex.set(snapshot, index)
  }
  return index.get(id)
}

/**
 * The citations behind a cell's answer: those of the facts that decide it, or
 * all the cell's citations when none does (an unknown answer naming what held
 * last). The other facts a cell mentions stay on the region's own page.
 */
export function decidingCitations(snapshot: Snapshot, cell: ShownCell, lang: Language): Citation[] {
  const facts = cell.decidingFactIds.map((id) => factById(snapshot, id)).filter((f) => f !== undefined)
  if (facts.length === 0 || cell.status === 'unknown') return cell.citations
  return facts.flatMap((fact) => fact.citations.map((c) => localizeCitation(c, lang)))
}

/** Providers of the region for the condition that hold on the date, are its own, and no cell names: what a region runs besides its clinics. */
function servicesOf(snapshot: Snapshot, code: string, comparison: Comparison, named: Set<string>): BriefService[] {
  const candidates = inRegion(snapshot.providers, code).filter(
    (p) => p.conditionIds.includes(comparison.condition) && countsForRegion(p) && !named.has(p.id),
  )
  return asOfDay(candidates, comparison.asOf, snapshot.ends.providers)
    .current.filter((p) => p.status === 'operating')
    .map((p) => ({
      id: p.id,
      name: p.name,
      description: p.description?.[comparison.lang] ?? null,
      citations: p.citations.map((c) => localizeCitation(c, comparison.lang)),
    }))
}

const amountOf = (cell: ShownCell) => {
  const amount = (cell.value as { amountSek?: unknown } | null)?.amountSek
  return cell.status === 'known' && typeof amount === 'number' ? amount : null
}

/** How the region's amount compares with the others': the lowest, the highest and the median of all known amounts, with the regions at each end. */
function compareAmount(snapshot: Snapshot, row: Row, code: string, lang: Language): AmountComparison {
  const cell = row.cells.find((c) => c.region.code === code)!
  const known = row.cells.map((c) => ({ cell: c, amount: amountOf(c) })).filter((k): k is { cell: ShownCell; amount: number } => k.amount !== null)
  const at = (amount: number | undefined) =>
    amount === undefined
      ? null
      : {
          amount,
          regions: known
            .filter((k) => k.amount === amount)
            .map((k) => ({ region: k.cell.region, cell: k.cell, citations: decidingCitations(snapshot, k.cell, lang) })),
        }
  const amounts = known.map((k) => k.amount)
  return {
    id: row.id,
    label: row.label,
    cell,
    amount: amountOf(cell),
    known: known.length,
    lowest: at(amounts.length ? Math.min(...amounts) : undefined),
    highest: at(amounts.length ? Math.max(...amounts) : undefined),
    median: median(amounts),
    stale: known.filter((k) => k.cell.stale).length,
  }
}

/**
 * A region against the others of a comparison: what it offers (and anything
 * else it runs for the condition), what other regions offer that a source says
 * it does not, how its amounts (the visit fee) compare, what else is known, and
 * what is unknown, saying where other regions know or offer it.
 */
export function briefView(snapshot: Snapshot, comparison: Comparison, code: string) {
  const region = comparison.regions.find((r) => r.code === code)!
  const others = comparison.regions.filter((r) => r.code !== code)
  const offers: BriefStatement[] = []
  const notOffered: BriefContrast[] = []
  const amounts: AmountComparison[] = []
  const alsoKnown: BriefStatement[] = []
  const unknown: BriefUnknown[] = []
  const named = new Set<string>()
  const at = (row: Row, where: string) => row.cells.find((c) => c.region.code === where)!
  for (const row of comparison.dimensions) {
    const cell = at(row, code)
    for (const id of cell.decidingFactIds) named.add(id)
    const statement = { id: row.id, label: row.label, cell }
    const isOffer = offerDimensionIds.includes(row.id)
    const offeredBy = isOffer
      ? others.map((r) => ({ region: r, cell: at(row, r.code) })).filter((o) => offering.includes(o.cell.status))
      : []
    if (row.type === 'amount') {
      amounts.push(compareAmount(snapshot, row, code, comparison.lang))
    } else if (cell.status === 'unknown') {
      const knownElsewhere = others.filter((r) => at(row, r.code).status !== 'unknown').length
      unknown.push({ ...statement, knownElsewhere, offeredBy: offeredBy.map((o) => o.region) })
    } else if (isOffer && offering.includes(cell.status)) {
      offers.push(statement)
    } else if (isOffer && knownNotOffering.includes(cell.status) && offeredBy.length > 0) {
      notOffered.push({ ...statement, others: offeredBy.map((o) => ({ ...o, citations: decidingCitations(snapshot, o.cell, comparison.lang) })) })
    } else {
      alsoKnown.push(statement)
    }
  }
  // Providers named by other regions' cells do not matter here: only this region's.
  const services = servicesOf(snapshot, code, comparison, named)
  /** Offer dimensions, and how many of them are unknown for the region. */
  const offerTopics = comparison.dimensions.filter((row) => offerDimensionIds.includes(row.id))
  const offerUnknown = offerTopics.filter((row) => at(row, code).status === 'unknown').length
  return {
    asOf: comparison.asOf,
    condition: comparison.condition,
    lang: comparison.lang,
    region,
    others,
    offers,
    services,
    offerTopics: offerTopics.length,
    offerUnknown,
    notOffered,
    amounts,
    alsoKnown,
    unknown,
  }
}

export type Brief = ReturnType<typeof briefView>
