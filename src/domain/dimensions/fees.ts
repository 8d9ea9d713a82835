// The fees a region's specialist-visit answers rest on: a clinic's own fee for
// the condition (of a clinic that is the region's offer) before the region's
// general fee.
import type { Labels } from '../../schemas/labels.js'
import { text } from '../phrases.js'
import type { Fact, RegionFacts } from './cell.js'
import { amountText } from './prose.js'
import { countsForRegion, factsOn, type Provider, providerRef, regionScope } from './scope.js'

export type Fee = Fact<'fees'>

export function specialistFees(facts: RegionFacts) {
  const { fees, providerOf } = regionScope(facts)
  const relevant = fees
    .filter((f) => f.visitType === 'specialist_visit' && (f.providerId === null || countsForRegion(providerOf(f.providerId)!)))
    .sort((a, b) => Number(a.providerId === null) - Number(b.providerId === null))
  const { current, ended } = factsOn(facts, 'fees', relevant)
  return { known: current.filter((f) => f.status !== 'unknown'), ended, providerOf }
}

export const whose = (fee: Fee) => (fee.providerId === null ? 'region' : 'provider') as 'region' | 'provider'

export const feeRef = (fee: Fee, provider: Provider | undefined) => ({
  whose: whose(fee),
  provider: provider ? providerRef(provider) : null,
})

/** "300 kr per besök hos Smärthjälpen Sverige AB", "regionens allmänna avgift ... är 300 kr". */
export function feeSentence(fee: Fee, provider: Provider | undefined): Labels {
  if (fee.status === 'free') {
    return provider
      ? { en: `A visit to ${provider.name} is free of charge`, sv: `Ett besök hos ${provider.name} är avgiftsfritt` }
      : text('A visit to a specialist doctor is free of charge in the region', 'Ett besök hos specialistläkare är avgiftsfritt i regionen')
  }
  if (fee.amountSek === null) {
    return provider
      ? {
          en: `${provider.name} charges a fee per visit; no source states the amount`,
          sv: `${provider.name} tar ut en avgift per besök; ingen källa anger beloppet`,
        }
      : text(
        'The region charges a fee for a visit to a specialist doctor; no source states the amount',
        'Regionen tar ut en avgift för besök hos specialistläkare; ingen källa anger beloppet',
      )
  }
  const amount = amountText(fee.amountSek)
  return provider
    ? { en: `A visit to ${provider.name} costs ${amount.en}`, sv: `Ett besök hos ${provider.name} kostar ${amount.sv}` }
    : {
        en: `The region's general fee for a visit to a specialist doctor is ${amount.en}`,
        sv: `Regionens allmänna avgift för ett besök hos specialistläkare är ${amount.sv}`,
      }
}
