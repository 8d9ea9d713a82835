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

/** Whom a rule that concerns one age group is for, leading its sentence: "För barn tar …". */
const forGroup: Partial<Record<Rule['ageGroup'], Labels>> = {
  adults: text('For adults', 'För vuxna'),
  children: text('For children', 'För barn'),
  older_people: text('For older people', 'För äldre'),
}

/**
 * One channel in a sentence: "Vårdcentralen kan remittera patienter till Smärthjälpen."
 * With `sayAge` a rule for one age group says so first ("För barn tar specialistvården
 * inte emot remisser från vårdcentralen."); without, the terms sentence says whom the
 * provider takes. By default a region-wide rule says it: it has no provider to say it of.
 */
export function channelSentence(rule: Rule, provider: Provider | undefined, sayAge = provider === undefined): Labels {
  const { subject, verb, rest, en } = channelWords(rule, provider)
  const group = sayAge ? forGroup[rule.ageGroup] : undefined
  if (!group) return capitalise({ sv: `${subject} ${verb}${rest}`, en })
  // Swedish puts the verb second: "För barn tar specialistvården inte emot …".
  return { sv: `${group.sv} ${verb} ${subject}${rest}`, en: `${group.en}, ${en}` }
}

/** A Swedish clause in its parts (subject, verb, the rest) so a leading phrase can invert it, and its English. */
/** What a closed channel does not take: "remisser från vårdcentralen". */
const notTaken: Record<Rule['pathway'], Labels> = {
  primary_care: text('referrals from primary care', 'remisser från vårdcentralen'),
  any_doctor: text('referrals from care providers', 'remisser från vårdgivare'),
  self_referral: text('self-referrals', 'egenremisser'),
}

/** An unknown channel, as the source leaves it open: "remiss från vårdcentralen". */
const route: Record<Rule['pathway'], Labels> = {
  primary_care: text('a referral from primary care', 'remiss från vårdcentralen'),
  any_doctor: text('a referral from any doctor', 'remiss från valfri läkare'),
  self_referral: text('self-referral', 'egenremiss'),
}

function channelWords(rule: Rule, provider: Provider | undefined): { subject: string; verb: string; rest: string; en: string } {
  const p = to(provider)
  const now = provider?.status === 'paused' ? text(' for now', ' för närvarande') : text('', '')
  const status = channelStatus(rule)
  if (status === 'closed') {
    const not = notTaken[rule.pathway]
    return { subject: p.sv, verb: 'tar', rest: `${now.sv} inte emot ${not.sv}`, en: `${p.en}${now.en} takes no ${not.en}` }
  }
  if (status === 'unknown') {
    const how = route[rule.pathway]
    return {
      subject: 'ingen källa',
      verb: 'anger',
      rest: ` om ${how.sv} till ${p.sv} är möjlig`,
      en: `no source says whether ${how.en} to ${p.en} is possible`,
    }
  }
  switch (rule.pathway) {
    case 'primary_care':
      return { subject: 'vårdcentralen', verb: 'kan', rest: ` remittera patienter till ${p.sv}`, en: `primary care can refer patients to ${p.en}` }
    case 'any_doctor':
      return { subject: 'alla läkare', verb: 'kan', rest: ` remittera patienter till ${p.sv}`, en: `any doctor can refer patients to ${p.en}` }
    case 'self_referral':
      return { subject: 'patienten', verb: 'kan', rest: ` själv söka till ${p.sv} med egenremiss`, en: `patients can refer themselves to ${p.en}` }
  }
}

const ages: Partial<Record<Rule['ageGroup'], Labels>> = {
  adults: text('takes adults only', 'tar bara emot vuxna'),
  children: text('takes children only', 'tar bara emot barn'),
  older_people: text('takes older people only', 'tar bara emot äldre'),
}

/** Whether a provider's rules all concern one age group, so that it can be said of the provider. */
export const oneAgeGroup = (rules: Rule[]) => rules.every((r) => r.ageGroup === rules[0]?.ageGroup)

/**
 * The terms of a provider's channels in one sentence ("Smärthjälpen tar bara
 * emot vuxna, ger upp till 20 behandlingstillfällen och kräver att patienten är
 * färdigutredd."), then the source's own words: "" when none are stated. Whom a
 * provider takes is said only when all its rules agree; otherwise, and for the
 * region's own rules, each channel's sentence says whom it is for.
 */
export function termsSentence(rules: Rule[], provider: Provider | undefined): Labels {
  const own = [...new Set(rules.map((r) => r.prerequisites).filter((t) => t !== null).map((t) => JSON.stringify(t)))].map((t) => JSON.parse(t) as Labels)
  const terms: Labels[] = []
  const age = provider && oneAgeGroup(rules) ? ages[rules[0]!.ageGroup] : undefined
  if (age) terms.push(age)
  const max = rules.map((r) => r.maxTreatmentOccasions).find((m) => m !== null)
  if (max) terms.push({ en: `gives up to ${max} treatment occasions`, sv: `ger upp till ${max} behandlingstillfällen` })
  // Said once: where the source's own words already ask for it, they say it.
  const ownSays = own.some((o) => /färdigutred/i.test(o.sv))
  if (rules.some((r) => r.requiresFullyInvestigated) && !ownSays) {
    terms.push(text('requires the patient to be fully investigated (färdigutredd) first', 'kräver att patienten är färdigutredd'))
  }
  const p = capitalise(to(provider))
  if (terms.length > 0) return sentences(each(listText(terms), (t, lang) => `${p[lang]} ${t}`), ...own)
  // The source's own words about a provider are led by its name; the region's own rules need none.
  return own.length === 0 ? text('', '') : provider ? sentences(text(`${p.en}:`, `${p.sv}:`), ...own) : sentences(...own)
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

/** The providers a channel leads to, as a map tile names them: "Smärthjälpen", "Smärthjälpen m.fl.", or the region's specialist care. */
export function shortNames(providers: (Provider | undefined)[]): Labels {
  const names = [...new Set(providers.map((p) => (p ? (p.shortName ?? p.name) : undefined)))]
  const [first] = names
  if (first === undefined) return text('Specialist care', 'Specialistvården')
  return names.length > 1 ? { en: `${first} and others`, sv: `${first} m.fl.` } : text(first, first)
}
