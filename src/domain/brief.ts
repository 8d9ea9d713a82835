import type { comparisonView, ShownCell } from './compare.js'
import { type CellStatus, type DimensionId, offerDimensionIds } from './dimensions/index.js'

type Comparison = ReturnType<typeof comparisonView>
export type LabelledCell = ShownCell
type RegionRef = Comparison['regions'][number]

/** Answers that mean it is offered, if perhaps only with conditions, after an assessment or as a trial. */
const offering: readonly CellStatus[] = ['offered', 'partly']

export interface BriefStatement {
  id: DimensionId
  label: string
  cell: LabelledCell
}

export interface BriefContrast extends BriefStatement {
  /** The other regions that offer it, with their cells. */
  others: { region: RegionRef; cell: LabelledCell }[]
}

/**
 * A region against the others of a comparison, as a letter needs it: what the
 * region offers, what others offer that it does not (where its own answer is
 * no, unknown or "the municipalities' responsibility"), what else is known of
 * it, and what is unknown. Every statement keeps its cell, so its citations.
 */
export function briefView(comparison: Comparison, code: string) {
  const region = comparison.regions.find((r) => r.code === code)!
  const others = comparison.regions.filter((r) => r.code !== code)
  const offers: BriefStatement[] = []
  const othersOffer: BriefContrast[] = []
  const alsoKnown: BriefStatement[] = []
  const unknown: (BriefStatement & { knownElsewhere: number })[] = []
  const at = (row: Comparison['dimensions'][number], region: string) => row.cells.find((c) => c.region.code === region)!
  for (const row of comparison.dimensions) {
    const cell = at(row, code)
    const statement = { id: row.id, label: row.label, cell }
    const isOffer = offerDimensionIds.includes(row.id)
    if (isOffer && offering.includes(cell.status)) offers.push(statement)
    else if (cell.status !== 'unknown') alsoKnown.push(statement)
    if (cell.status === 'unknown') {
      unknown.push({ ...statement, knownElsewhere: others.filter((r) => at(row, r.code).status !== 'unknown').length })
    }
    if (isOffer && !offering.includes(cell.status)) {
      const offeredBy = others.map((r) => ({ region: r, cell: at(row, r.code) })).filter((o) => offering.includes(o.cell.status))
      if (offeredBy.length > 0) othersOffer.push({ ...statement, others: offeredBy })
    }
  }
  return { asOf: comparison.asOf, condition: comparison.condition, lang: comparison.lang, region, others, offers, othersOffer, alsoKnown, unknown }
}

export type Brief = ReturnType<typeof briefView>
