import { z } from 'zod'
import { text } from '../phrases.js'
import { cellOf, inBoth, type RegionFacts, sentences, unknownSummary } from './cell.js'
import { defineDimension } from './dimension.js'
import { type Fee, feeRef, feeSentence, specialistFees } from './fees.js'
import { amountText } from './prose.js'
import { providerRefSchema } from './values.js'

const feeItem = z
  .object({
    amountSek: z
      .number()
      .int()
      .nullable()
      .meta({ description: 'Whole Swedish kronor; 0 when free; null when a source says a fee is charged but not how much.' }),
    whose: z.enum(['provider', 'region']).meta({ description: "A clinic's own fee for the condition, or the region's general fee for a specialist visit." }),
    provider: providerRefSchema.nullable(),
    countsTowardCeiling: z
      .boolean()
      .nullable()
      .meta({ description: 'Whether it counts toward the high-cost ceiling (högkostnadsskyddet); null if no source says.' }),
  })
  .meta({ id: 'FeeItem' })

const amountOf = (fee: Fee) => (fee.status === 'free' ? 0 : fee.amountSek)

export default defineDimension({
  id: 'specialist_visit_fee',
  label: text('Specialist visit fee', 'Avgift för specialistbesök'),
  question: text(
    'What does a patient pay for a visit to specialist care for the condition?',
    'Vad betalar patienten för ett besök i specialistvården för sjukdomen?',
  ),
  type: 'amount',
  offer: false,
  priority: 3,
  value: feeItem
    .extend({ otherFees: z.array(feeItem).meta({ description: "Other fees that hold on the date (the region's general fee beside a clinic's own)." }) })
    .meta({ id: 'SpecialistVisitFeeValue' }),
  sameAs: (cell) => `${cell.status}:${cell.value?.en.amountSek ?? ''}`,
  cell(facts: RegionFacts) {
    const { query } = facts
    const { known, ended, providerOf } = specialistFees(facts)
    const item = (fee: Fee) => ({ amountSek: amountOf(fee), ...feeRef(fee, providerOf(fee.providerId)), countsTowardCeiling: fee.countsTowardHighCostCeiling })
    // The value is the first fee with an amount: a clinic's own before the region's.
    const stated = known.find((f) => amountOf(f) !== null)
    const describe = sentences(...known.map((f) => feeSentence(f, providerOf(f.providerId))))
    if (!stated) {
      const last = ended[0]
      return cellOf(query, {
        status: 'unknown',
        value: known.length > 0 ? inBoth(() => ({ ...item(known[0]!), otherFees: known.slice(1).map(item) })) : null,
        short: text('Unknown', 'Okänt'),
        summary:
          known.length > 0
            ? describe
            : unknownSummary(
              text('the fee for a visit to a specialist doctor', 'avgiften för ett besök hos specialistläkare'),
              last && {
                describe: feeSentence(last.fact, providerOf(last.fact.providerId)),
                end: last.end,
              },
            ),
        deciding: [],
        mentioned: known.length > 0 ? known : last ? [last.fact] : [],
      })
    }
    const amount = amountOf(stated)!
    return cellOf(query, {
      status: 'known',
      value: inBoth(() => ({ ...item(stated), otherFees: known.filter((f) => f !== stated).map(item) })),
      short: amount === 0 ? text('Free', 'Avgiftsfritt') : amountText(amount),
      summary: describe,
      deciding: [stated],
      mentioned: known,
    })
  },
})
