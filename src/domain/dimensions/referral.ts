// Referral rules as channels: who may refer to which provider, open or
// closed, and on what terms. Shared by self-referral and the referral channels.
import type { Labels, Language } from '../../schemas/labels.js'
import { inLanguage } from '../../schemas/localized.js'
import { each, text } from '../phrases.js'
import { evidenceOn, type Fact, sentences } from './cell.js'
import { capitalise, listText } from './prose.js'
import { type Provider, providerRef } from './scope.js'

export type Rule = Fact<'referralRules'>

export const channelStatus = (rule: Rule) =>
  (rule.status === 'allowed' ? 'open' : rule.status === 'not_allowed' ? 'closed' : 'unknown') as 'open' | 'closed' | 'unknown'

export function channelOf(rule: Rule, provider: Provider | undefined, asOf: string, lang: Language) {
  return {
    channel: rule.pathway,
    provider: provider ? providerRef(provider) : null,
    status: channelStatus(rule),
    requiresFullyInvestigated: rule.requiresFullyInvestigated,
    ageGroup: rule.ageGroup,
    maxTreatmentOccasions: rule.maxTreatmentOccasions,
    prerequisites: inLanguage(rule.prerequisites, lang),
    validFrom: rule.validFrom,
    evidenceDate: evidenceOn(rule, asOf),
  }
}

const to = (provider: Provider | undefined): Labels => (provider ? text(provider.name, provider.name) : text('specialist care', 'specialistvården'))

/** One channel in a sentence: "Vårdcentralen kan remittera till Smärthjälpen." */
export const channelSentence = (rule: Rule, provider: Provider | undefined): Labels => capitalise(channelWords(rule, provider))

function channelWords(rule: Rule, provider: Provider | undefined): Labels {
  const p = to(provider)
  const paused = provider?.status === 'paused'
  const now = paused ? text(' for now', ' för närvarande') : text('', '')
  switch (`${rule.pathway}/${channelStatus(rule)}`) {
    case 'primary_care/open':
      return { en: `Primary care can refer patients to ${p.en}`, sv: `Vårdcentralen kan remittera patienter till ${p.sv}` }
    case 'any_doctor/open':
      return { en: `Any doctor can refer patients to ${p.en}`, sv: `Alla läkare kan remittera patienter till ${p.sv}` }
    case 'self_referral/open':
      return { en: `Patients can refer themselves to ${p.en}`, sv: `Patienten kan själv söka till ${p.sv} med egenremiss` }
    case 'primary_care/closed':
      return { en: `${p.en}${now.en} takes no referrals from primary care`, sv: `${p.sv} tar${now.sv} inte emot remisser från vårdcentralen` }
    case 'any_doctor/closed':
      return { en: `${p.en}${now.en} takes no referrals from care providers`, sv: `${p.sv} tar${now.sv} inte emot remisser från vårdgivare` }
    case 'self_referral/closed':
      return { en: `${p.en}${now.en} takes no self-referrals`, sv: `${p.sv} tar${now.sv} inte emot egenremisser` }
    default: {
      const how: Record<Rule['pathway'], Labels> = {
        primary_care: text('a referral from primary care', 'remiss från vårdcentralen'),
        any_doctor: text('a referral from any doctor', 'remiss från valfri läkare'),
        self_referral: text('self-referral', 'egenremiss'),
      }
      return {
        en: `No source says whether ${how[rule.pathway].en} to ${p.en} is possible`,
        sv: `Ingen källa anger om ${how[rule.pathway].sv} till ${p.sv} är möjlig`,
      }
    }
  }
}

const ages: Partial<Record<Rule['ageGroup'], Labels>> = {
  adults: text('it takes adults only', 'den tar bara emot vuxna'),
  children: text('it takes children only', 'den tar bara emot barn'),
  older_people: text('it takes older people only', 'den tar bara emot äldre'),
}

/** The terms of a provider's channels in one sentence, with the source's own words after it: "" when none are stated. */
export function termsSentence(rules: Rule[], provider: Provider | undefined): Labels {
  const terms: Labels[] = []
  const investigated = text('the patient must be fully investigated (färdigutredd) first', 'patienten ska vara färdigutredd')
  if (rules.some((r) => r.requiresFullyInvestigated)) terms.push(investigated)
  const age = rules.map((r) => ages[r.ageGroup]).find(Boolean)
  if (age) terms.push(age)
  const max = rules.map((r) => r.maxTreatmentOccasions).find((m) => m !== null)
  if (max) terms.push({ en: `it gives up to ${max} treatment occasions`, sv: `den ger upp till ${max} behandlingstillfällen` })
  const p = to(provider)
  const own = [
    ...new Set(
      rules
        .map((r) => r.prerequisites)
        .filter((t) => t !== null)
        .map((t) => JSON.stringify(t)),
    ),
  ].map((t) => JSON.parse(t) as Labels)
  if (terms.length === 0) return own.length === 0 ? text('', '') : sentences(text(`${p.en}:`, `${p.sv}:`), ...own)
  return sentences(
    each(listText(terms), (t, lang) => (lang === 'sv' ? `Villkor för ${p.sv}: ${t}` : `Terms for ${p.en}: ${t}`)),
    ...own,
  )
}

/** Why a private provider's channels do not count as the region's: said once per provider. */
export function privateNote(providers: (Provider | undefined)[]): Labels {
  const named = [...new Set(providers.filter((p): p is Provider => p !== undefined))]
  if (named.length === 0) return text('', '')
  const names = listText(named.map((p) => text(p.name, p.name)))
  return named.length === 1
    ? { en: `${names.en} is a private clinic without an agreement with the region`, sv: `${names.sv} är en privat mottagning utan avtal med regionen` }
    : { en: `${names.en} are private clinics without an agreement with the region`, sv: `${names.sv} är privata mottagningar utan avtal med regionen` }
}
