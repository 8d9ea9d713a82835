// Home visits, dental care and municipal support: what a region (or its
// municipalities) states about a service. Each such dimension is a module of
// its own that names its service; this is what they share.
import { z } from 'zod'
import type { HomeCareService, HomeCareStatus } from '../../generated/prisma/enums.js'
import type { Labels, Language } from '../../schemas/labels.js'
import { inLanguage } from '../../schemas/localized.js'
import { each, serviceName, text } from '../phrases.js'
import { cellOf, evidenceOn, type Fact, inBoth, type RegionFacts, sentences, type StatusOf, unknownCell, unknownSummary } from './cell.js'
import { defineDimension } from './dimension.js'
import { listText } from './prose.js'
import { conditionName, factsOn, inRegion, namesOf } from './scope.js'
import { policySchema } from './values.js'

export type Policy = Fact<'homeCarePolicies'>

/** What a policy's status answers to "is it offered?". */
const availability: Record<HomeCareStatus, StatusOf<'availability'>> = {
  offered: 'offered',
  offered_after_needs_assessment: 'partly',
  under_trial: 'partly',
  not_offered: 'not_offered',
  municipal_responsibility: 'municipal_responsibility',
  unknown: 'unknown',
}

const legalBasis = { hsl: 'HSL', sol: 'SoL', lss: 'LSS' } as const

/** The service named in a sentence, in each language: "läkarbesök i hemmet". */
export interface Service {
  id: HomeCareService
  name: Labels
}

/** Sentences joined, each said once: several policies of one service often share their caveats. */
const distinctSentences = (parts: Labels[]) => sentences(...[...new Map(parts.map((p) => [p.sv, p])).values()])

/**
 * What a policy says and what it rests on, a sentence each: "Regionen erbjuder
 * läkarbesök i hemmet", "Uppgiften kommer från ett förslag, inte ett beslut".
 * The cells and the fact pages say a policy in these words.
 */
export function policyStatement(policy: Pick<Policy, 'service' | 'legalBasis' | 'status' | 'evidence'>, who: Labels): [Labels, Labels] {
  const s = serviceName[policy.service]
  const basis = policy.legalBasis ? { en: ` under ${legalBasis[policy.legalBasis]}`, sv: ` enligt ${legalBasis[policy.legalBasis]}` } : text('', '')
  const said: Record<HomeCareStatus, Labels> = {
    offered: { en: `${who.en} offers ${s.en}${basis.en}`, sv: `${who.sv} erbjuder ${s.sv}${basis.sv}` },
    offered_after_needs_assessment: {
      en: `${who.en} grants ${s.en} after a needs assessment${basis.en}`,
      sv: `${who.sv} beviljar ${s.sv} efter biståndsbedömning${basis.sv}`,
    },
    not_offered: { en: `${who.en} does not offer ${s.en}`, sv: `${who.sv} erbjuder inte ${s.sv}` },
    municipal_responsibility: { en: `The region says the municipalities are responsible for ${s.en}`, sv: `Enligt regionen är ${s.sv} kommunernas ansvar` },
    under_trial: { en: `${who.en} is trying out ${s.en}`, sv: `${who.sv} prövar ${s.sv} i en försöksverksamhet` },
    unknown: { en: `A source mentions ${s.en} without saying whether they are offered`, sv: `En källa nämner ${s.sv} utan att ange om det erbjuds` },
  }
  const rests: Record<Policy['evidence'], Labels> = {
    statement: text('', ''),
    proposal: text('This comes from a proposal, not a decision', 'Uppgiften kommer från ett förslag, inte ett beslut'),
    interview_accounts: text(
      'This rests on interviews with needs assessors, not on written policy',
      'Uppgiften bygger på intervjuer med biståndshandläggare, inte på skrivna riktlinjer',
    ),
  }
  return [said[policy.status], rests[policy.evidence]]
}

/** One policy in sentences: what is said, what it rests on, whom it concerns, and the stated grounds. */
function policySentences(policy: Policy, condition: Labels, who: Labels): Labels[] {
  const age: Partial<Record<Policy['ageGroup'], Labels>> = {
    adults: text('It concerns adults', 'Det gäller vuxna'),
    children: text('It concerns children', 'Det gäller barn'),
    older_people: text('It concerns older people', 'Det gäller äldre'),
  }
  const general =
    policy.conditionId === null
      ? { en: `It applies to all patients, not specifically to ${condition.en}`, sv: `Det gäller alla patienter, inte specifikt ${condition.sv}` }
      : text('', '')
  const grounds = policy.grounds ? each(policy.grounds, (g, lang) => (lang === 'sv' ? `Skäl som anges: ${g}` : `Grounds given: ${g}`)) : text('', '')
  return [...policyStatement(policy, who), age[policy.ageGroup] ?? text('', ''), general, grounds]
}

const policyValue = (policy: Policy, asOf: string) => ({
  policyStatus: policy.status,
  legalBasis: policy.legalBasis,
  basis: policy.evidence,
  ageGroup: policy.ageGroup,
  conditionSpecific: policy.conditionId !== null,
  evidenceDate: evidenceOn(policy, asOf),
})

const policiesOf = ({ snapshot, regionCode, query }: RegionFacts, level: 'region' | 'municipality', service: HomeCareService) =>
  inRegion(snapshot.homeCarePolicies, regionCode).filter(
    (p) => p.jurisdictionLevel === level && p.service === service && (p.conditionId === null || p.conditionId === query.condition),
  )

const regionalValue = z
  .object({
    ...policySchema,
    grounds: z.string().nullable().meta({ description: 'The grounds the region states, in the language asked for.' }),
    decisionId: z.string().nullable().meta({ description: 'The decision (or proposal) the policy comes from.' }),
  })
  .meta({ id: 'RegionalServiceValue' })

/** A service the region itself provides (home visits, dental care): its own policy, one specific to the condition first. */
export function regionalService<const Id extends HomeCareService>(id: Id, label: Labels, question: Labels) {
  const service: Service = { id, name: serviceName[id] }
  return defineDimension({
    id,
    label,
    question,
    type: 'availability',
    offer: true,
    priority: 4,
    value: regionalValue,
    cell(facts: RegionFacts) {
      const { query, snapshot } = facts
      const condition = conditionName(snapshot, query.condition)
      const region = text('The region', 'Regionen')
      const { current, ended } = factsOn(facts, 'homeCarePolicies', policiesOf(facts, 'region', service.id))
      const ranked = [...current].sort(
        (a, b) => Number(b.conditionId !== null) - Number(a.conditionId !== null) || Number(b.status !== 'unknown') - Number(a.status !== 'unknown'),
      )
      const [policy, ...others] = ranked
      if (!policy || policy.status === 'unknown') {
        const last = ended[0]
        return cellOf(query, {
          status: 'unknown',
          value: null,
          short: text('Unknown', 'Okänt'),
          summary: policy
            ? distinctSentences(policySentences(policy, condition, region))
            : unknownSummary(service.name, last && { describe: distinctSentences(policySentences(last.fact, condition, region)), end: last.end }),
          deciding: [],
          mentioned: policy ? ranked : last ? [last.fact] : [],
        })
      }
      const status = availability[policy.status]
      return cellOf(query, {
        status,
        value: inBoth((lang: Language) => ({ ...policyValue(policy, query.asOf), grounds: inLanguage(policy.grounds, lang), decisionId: policy.decisionId })),
        short: statusShort[status],
        summary: distinctSentences([policy, ...others].flatMap((p) => policySentences(p, condition, region))),
        deciding: [policy],
        mentioned: others,
      })
    },
  })
}

const statusShort: Record<StatusOf<'availability'>, Labels> = {
  offered: text('Offered', 'Erbjuds'),
  partly: text('With conditions', 'Med villkor'),
  paused: text('Closed for now', 'Stängt tills vidare'),
  not_offered: text('Not offered', 'Erbjuds inte'),
  municipal_responsibility: text("The municipality's task", 'Kommunens ansvar'),
  unknown: text('Unknown', 'Okänt'),
}

const municipalValue = z
  .object({
    municipalitiesKnown: z.number().int(),
    municipalitiesTotal: z.number().int(),
    municipalities: z.array(z.object({ code: z.string(), name: z.string(), ...policySchema }).meta({ id: 'MunicipalPolicy' })),
  })
  .meta({ id: 'MunicipalServiceValue' })

/** Support the region's municipalities grant (home help, housing support, personal assistance), where a source says so. */
export function municipalService<const Id extends HomeCareService>(id: Id, label: Labels, question: Labels) {
  const service: Service = { id, name: serviceName[id] }
  return defineDimension({
    id,
    label,
    question,
    type: 'availability',
    offer: true,
    priority: 5,
    value: municipalValue,
    sameAs: (cell) => `${cell.status}:${cell.value?.en.municipalitiesKnown ?? 0}`,
    cell(facts: RegionFacts) {
      const { snapshot, regionCode, query } = facts
      const condition = conditionName(snapshot, query.condition)
      const total = inRegion(snapshot.municipalities, regionCode).length
      const { current, ended } = factsOn(facts, 'homeCarePolicies', policiesOf(facts, 'municipality', service.id))
      const known = current.filter((p) => p.status !== 'unknown')
      if (known.length === 0) {
        const last = ended[0]
        const what = each(service.name, (s, lang) => (lang === 'sv' ? `${s} i regionens ${total} kommuner` : `${s} in the region's ${total} municipalities`))
        return unknownCell(query, what, last, (p) => distinctSentences(policySentences(p, condition, text('The municipality', 'Kommunen'))))
      }
      const names = namesOf(
        snapshot.municipalities,
        (m) => m.code,
        (m) => m.name,
      )
      const codes = [...new Set(known.map((p) => p.municipalityCode!))]
      const statuses = [...new Set(known.map((p) => availability[p.status]))]
      // Known for every municipality, all alike: that answer; otherwise partly.
      const status = codes.length === total && statuses.length === 1 ? statuses[0]! : 'partly'
      const per = codes.map((code) => {
        const name = names.get(code) ?? code
        return sentences(
          text(`${name}:`, `${name}:`),
          ...known.filter((p) => p.municipalityCode === code).map((p) => distinctSentences(policySentences(p, condition, text(name, name)))),
        )
      })
      const rest = total - codes.length
      const count = {
        en: `Known for ${codes.length} of the region's ${total} municipalities`,
        sv: `Uppgifter finns för ${codes.length} av regionens ${total} kommuner`,
      }
      const others =
        rest === 0
          ? text('', '')
          : rest === 1
            ? text('Nothing is on file for the remaining municipality', 'För den återstående kommunen saknas uppgifter')
            : { en: `Nothing is on file for the other ${rest} municipalities`, sv: `För övriga ${rest} kommuner saknas uppgifter` }
      return cellOf(query, {
        status,
        value: inBoth(() => ({
          municipalitiesKnown: codes.length,
          municipalitiesTotal: total,
          municipalities: known.map((p) => ({
            code: p.municipalityCode!,
            name: names.get(p.municipalityCode!) ?? p.municipalityCode!,
            ...policyValue(p, query.asOf),
          })),
        })),
        short: { en: `${codes.length} of ${total} municipalities`, sv: `${codes.length} av ${total} kommuner` },
        summary: sentences(count, ...per, others),
        deciding: known,
      })
    },
  })
}

/** The municipalities named, for a list in a sentence. */
export const municipalityList = (names: string[]) => listText(names.map((n) => text(n, n)))
