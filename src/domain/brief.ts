import type { CellStatus, DimensionId } from '../schemas/labels.js'
import type { comparisonView } from './compare.js'

type Comparison = ReturnType<typeof comparisonView>
type Row = Comparison['dimensions'][number]
export type LabelledCell = Row['cells'][string]
type RegionRef = Comparison['regions'][number]

/** Dimensions where "yes" means the region offers something to patients (a fee charged or a rule required does not). */
export const offerDimensions: readonly DimensionId[] = [
  'specialist_provider',
  'self_referral',
  'doctor_home_visit',
  'nurse_home_visit',
  'occupational_therapist_home_visit',
  'counselor_home_visit',
  'digital_dental_care',
  'mobile_dental_care',
  'home_help',
  'housing_support',
  'personal_assistance',
]

/** Answers that mean it is offered, if perhaps only after an assessment or as a trial. */
const offering: readonly CellStatus[] = ['yes', 'conditional', 'under_trial']

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
  for (const row of comparison.dimensions) {
    const cell = row.cells[code]!
    const statement = { id: row.id, label: row.label, cell }
    const isOffer = offerDimensions.includes(row.id)
    if (isOffer && offering.includes(cell.status)) offers.push(statement)
    else if (cell.status !== 'unknown') alsoKnown.push(statement)
    if (cell.status === 'unknown') {
      unknown.push({ ...statement, knownElsewhere: others.filter((r) => row.cells[r.code]!.status !== 'unknown').length })
    }
    if (isOffer && !offering.includes(cell.status)) {
      const offeredBy = others.map((r) => ({ region: r, cell: row.cells[r.code]! })).filter((o) => offering.includes(o.cell.status))
      if (offeredBy.length > 0) othersOffer.push({ ...statement, others: offeredBy })
    }
  }
  return { asOf: comparison.asOf, condition: comparison.condition, lang: comparison.lang, region, others, offers, othersOffer, alsoKnown, unknown }
}

export type Brief = ReturnType<typeof briefView>
