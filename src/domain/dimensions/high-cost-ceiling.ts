import { z } from 'zod'
import type { Labels } from '../../schemas/labels.js'
import { text } from '../phrases.js'
import { cellOf, inBoth, type RegionFacts, unknownCell } from './cell.js'
import { defineDimension } from './dimension.js'
import { type Fee, feeRef, specialistFees } from './fees.js'
import type { Provider } from './scope.js'
import { providerRefSchema } from './values.js'

function ceilingSentence(fee: Fee, provider: Provider | undefined): Labels {
  const which = provider
    ? text(`The fee at ${provider.name}`, `Avgiften hos ${provider.name}`)
    : text("The region's fee for a specialist visit", 'Regionens avgift för specialistbesök')
  return fee.countsTowardHighCostCeiling
    ? { en: `${which.en} counts toward the high-cost ceiling`, sv: `${which.sv} ingår i högkostnadsskyddet` }
    : { en: `${which.en} does not count toward the high-cost ceiling`, sv: `${which.sv} ingår inte i högkostnadsskyddet` }
}

export default defineDimension({
  id: 'high_cost_ceiling',
  label: text('Counts toward the high-cost ceiling', 'Ingår i högkostnadsskyddet'),
  question: text(
    'Does the specialist visit fee count toward the national high-cost ceiling (högkostnadsskyddet)?',
    'Ingår avgiften för specialistbesöket i högkostnadsskyddet?',
  ),
  type: 'yes_no',
  offer: false,
  priority: 3,
  value: z
    .object({ countsTowardCeiling: z.boolean(), whose: z.enum(['provider', 'region']), provider: providerRefSchema.nullable() })
    .meta({ id: 'HighCostCeilingValue' }),
  cell(facts: RegionFacts) {
    const { query } = facts
    const { known, ended, providerOf } = specialistFees(facts)
    const fee = known.find((f) => f.countsTowardHighCostCeiling !== null)
    if (!fee) {
      const last = ended.find((e) => e.fact.countsTowardHighCostCeiling !== null)
      return unknownCell(
        query,
        text('whether the fee counts toward the high-cost ceiling', 'huruvida avgiften ingår i högkostnadsskyddet'),
        last,
        (f) => ceilingSentence(f, providerOf(f.providerId)),
      )
    }
    const counts = fee.countsTowardHighCostCeiling!
    return cellOf(query, {
      status: counts ? 'yes' : 'no',
      value: inBoth(() => ({ countsTowardCeiling: counts, ...feeRef(fee, providerOf(fee.providerId)) })),
      short: counts ? text('Counts', 'Ingår') : text('Does not count', 'Ingår inte'),
      summary: ceilingSentence(fee, providerOf(fee.providerId)),
      deciding: [fee],
    })
  },
})
