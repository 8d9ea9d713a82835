import type { HomeCareService, HomeCareStatus } from '../generated/prisma/enums.js'
import type { Citation } from '../schemas/common.js'
import type { FactOf } from '../schemas/fact-kinds.js'
import type { CellStatus, DimensionId, Labels } from '../schemas/labels.js'
import { validOn } from './as-of.js'
import type { FactRecord, Snapshot, Versioned } from './snapshot.js'

export interface Cell {
  status: CellStatus
  value: string | number | null
  summary: string
  lastVerifiedOn: string | null
  factIds: string[]
  citations: Citation[]
}

export interface CompareQuery {
  condition: string
  asOf: string
}

/** What a rule sees: one region's facts, on the date and for the condition asked. */
export interface RegionFacts {
  snapshot: Snapshot
  regionCode: string
  query: CompareQuery
}

type Policy = Versioned<FactOf<'homeCarePolicies'>>

const homeCareStatusToCell: Record<HomeCareStatus, CellStatus> = {
  offered: 'yes',
  offered_after_needs_assessment: 'conditional',
  not_offered: 'no',
  municipal_responsibility: 'municipal_responsibility',
  under_trial: 'under_trial',
  unknown: 'unknown',
}

function latestVerified(facts: FactRecord[]): string | null {
  return facts.reduce<string | null>((latest, fact) => (latest === null || fact.lastVerifiedOn > latest ? fact.lastVerifiedOn : latest), null)
}

function cellOf(status: CellStatus, value: string | number | null, summary: string, facts: FactRecord[]): Cell {
  return { status, value, summary, lastVerifiedOn: latestVerified(facts), factIds: facts.map((f) => f.id), citations: facts.flatMap((f) => f.citations) }
}

/** No fact holds on the date: say so, and what held last, if anything did. */
function unknownCell<T extends FactRecord>(what: string, expired: T[], describe: (fact: T) => string): Cell {
  const last = expired.filter((f) => f.validTo !== null).sort((a, b) => (a.validTo! < b.validTo! ? 1 : -1))[0]
  const hint = last ? ` Last known: ${describe(last)}, until ${last.validTo}.` : ''
  return { status: 'unknown', value: null, summary: `No source on file for ${what} on this date.${hint}`, lastVerifiedOn: null, factIds: [], citations: [] }
}

/** Facts valid on the date, and those that are not. */
function split<T extends FactRecord>(items: T[], asOf: string) {
  return { current: items.filter((i) => validOn(i, asOf)), expired: items.filter((i) => !validOn(i, asOf)) }
}

/** The region's providers covering the condition, and its fees and rules that apply to it. */
function regionScope({ snapshot, regionCode, query }: RegionFacts) {
  const providers = snapshot.providers.filter((p) => p.regionCode === regionCode && p.conditionIds.includes(query.condition))
  const providerIds = new Set(providers.map((p) => p.id))
  const names = new Map(providers.map((p) => [p.id, p.name]))
  // Rules and fees of a provider apply when it covers the condition; region-wide ones always.
  const applies = <T extends { regionCode: string; providerId: string | null }>(items: T[]) =>
    items.filter((i) => i.regionCode === regionCode && (i.providerId === null || providerIds.has(i.providerId)))
  const at = (fact: { providerId: string | null }) => (fact.providerId ? ` at ${names.get(fact.providerId)}` : '')
  const specialistFees = applies(snapshot.fees).filter((f) => f.visitType === 'specialist_visit')
  return { providers, rules: applies(snapshot.referralRules), specialistFees, at }
}

function describePolicy(policy: Policy): string {
  const basis = policy.legalBasis ? ` (${policy.legalBasis.toUpperCase()})` : ''
  return `${policy.status.replaceAll('_', ' ')}${basis}`
}

const policiesOf = ({ snapshot, regionCode, query }: RegionFacts, level: 'region' | 'municipality', service: HomeCareService) =>
  snapshot.homeCarePolicies.filter(
    (p) =>
      p.jurisdictionLevel === level &&
      p.regionCode === regionCode &&
      p.service === service &&
      (p.conditionId === null || p.conditionId === query.condition),
  )

/** A region's own policy on a service; one specific to the condition wins over a general one. */
const regionalService = (service: HomeCareService) => (facts: RegionFacts): Cell => {
  const { current, expired } = split(policiesOf(facts, 'region', service), facts.query.asOf)
  const policy = current.sort((a, b) => Number(b.conditionId !== null) - Number(a.conditionId !== null))[0]
  if (!policy) return unknownCell(service.replaceAll('_', ' '), expired, describePolicy)
  const scope = policy.conditionId ? '' : ' (not specific to the condition)'
  const grounds = policy.grounds ? `: ${policy.grounds}` : ''
  return cellOf(homeCareStatusToCell[policy.status], policy.status, `${describePolicy(policy)}${scope}${grounds}`, [policy])
}

/** What the region's municipalities grant, where a source says so. */
const municipalService = (service: HomeCareService) => (facts: RegionFacts): Cell => {
  const { snapshot, regionCode, query } = facts
  const total = snapshot.municipalities.filter((m) => m.regionCode === regionCode).length
  const { current, expired } = split(policiesOf(facts, 'municipality', service), query.asOf)
  const known = current.filter((p) => p.status !== 'unknown')
  if (known.length === 0) return unknownCell(`${service.replaceAll('_', ' ')} in any of the region's ${total} municipalities`, expired, describePolicy)
  const names = new Map(snapshot.municipalities.map((m) => [m.code, m.name]))
  const municipalities = new Set(known.map((p) => p.municipalityCode))
  const statuses = [...new Set(known.map((p) => homeCareStatusToCell[p.status]))]
  const perMunicipality = known.map((p) => `${names.get(p.municipalityCode!) ?? p.municipalityCode}: ${describePolicy(p)}`).join('; ')
  return cellOf(
    statuses.length === 1 ? statuses[0]! : 'conditional',
    `${municipalities.size} of ${total} municipalities known`,
    `${perMunicipality}; ${total - municipalities.size} of ${total} municipalities unknown`,
    known,
  )
}

/** How a dimension's cell follows from a region's facts, and what the dimension is called. */
export interface Dimension {
  label: Labels
  cell: (facts: RegionFacts) => Cell
}

/** Every comparison dimension with its rule: the compiler checks that none is missing. */
export const dimensions: Record<DimensionId, Dimension> = {
  specialist_provider: {
    label: { en: 'Specialist provider available', sv: 'Specialistmottagning finns' },
    cell: (facts) => {
      const { current, expired } = split(regionScope(facts).providers, facts.query.asOf)
      const operating = current.filter((p) => p.status === 'operating')
      if (operating.length > 0) {
        const summary = operating.map((p) => `${p.name} (${p.operatedAs.replace('_', '-')}${p.validTo ? `, until ${p.validTo}` : ''})`).join('; ')
        return cellOf('yes', operating.map((p) => p.name).join('; '), summary, operating)
      }
      const closed = current.filter((p) => p.status === 'closed')
      if (closed.length > 0) return cellOf('no', null, `Closed: ${closed.map((p) => p.name).join('; ')}`, closed)
      return unknownCell('a specialist provider', expired, (p) => p.name)
    },
  },
  self_referral: {
    label: { en: 'Self-referral possible', sv: 'Egenremiss möjlig' },
    cell: (facts) => {
      const { rules, at } = regionScope(facts)
      const { current, expired } = split(rules.filter((r) => r.pathway === 'self_referral'), facts.query.asOf)
      const known = current.filter((r) => r.status !== 'unknown')
      if (known.length === 0) return unknownCell('self-referral', expired, (r) => `self-referral ${r.status.replace('_', ' ')}${at(r)}`)
      const allowed = known.filter((r) => r.status === 'allowed')
      return allowed.length > 0
        ? cellOf('yes', 'allowed', `Self-referral (egenremiss) allowed${allowed.map(at).join(',')}`, allowed)
        : cellOf('no', 'not allowed', `Self-referral not allowed${known.map(at).join(',')}`, known)
    },
  },
  referral_prerequisites: {
    label: { en: 'Referral prerequisites', sv: 'Krav för remiss' },
    cell: (facts) => {
      const { rules, at } = regionScope(facts)
      const { current, expired } = split(rules, facts.query.asOf)
      if (current.length === 0) return unknownCell('referral prerequisites', expired, (r) => `rules${at(r)}`)
      const conditions = new Set<string>()
      for (const rule of current) {
        if (rule.requiresFullyInvestigated) conditions.add('fully investigated (färdigutredd)')
        if (rule.prerequisites) conditions.add(rule.prerequisites)
        if (rule.maxTreatmentOccasions) conditions.add(`up to ${rule.maxTreatmentOccasions} treatment occasions`)
        if (rule.ageGroup === 'adults' || rule.ageGroup === 'children') conditions.add(`${rule.ageGroup} only`)
      }
      const pathways = [...new Set(current.filter((r) => r.status === 'allowed').map((r) => r.pathway.replace('_', ' ')))].join(', ')
      return conditions.size > 0
        ? cellOf('yes', [...conditions].join('; '), `Referral from ${pathways}; requires ${[...conditions].join('; ')}`, current)
        : cellOf('no', null, `Referral from ${pathways}; no prerequisites stated`, current)
    },
  },
  specialist_visit_fee: {
    label: { en: 'Specialist visit fee (SEK)', sv: 'Patientavgift specialistbesök (kr)' },
    cell: (facts) => {
      const { specialistFees, at } = regionScope(facts)
      const { current, expired } = split(specialistFees, facts.query.asOf)
      const fee = current.find((f) => f.status !== 'unknown')
      if (!fee) return unknownCell('a specialist visit fee', expired, (f) => `${f.amountSek} SEK${at(f)}`)
      return fee.status === 'free'
        ? cellOf('no', 0, `No fee${at(fee)}`, [fee])
        : cellOf('yes', fee.amountSek, `${fee.amountSek} SEK per specialist visit${at(fee)}`, [fee])
    },
  },
  high_cost_ceiling: {
    label: { en: 'Fee counts toward the high-cost ceiling', sv: 'Avgiften ingår i högkostnadsskyddet' },
    cell: (facts) => {
      const { specialistFees, at } = regionScope(facts)
      const { current, expired } = split(specialistFees, facts.query.asOf)
      const fee = current.find((f) => f.status !== 'unknown' && f.countsTowardHighCostCeiling !== null)
      if (!fee) return unknownCell('the high-cost ceiling', expired, (f) => `${f.countsTowardHighCostCeiling ? 'counts' : 'does not count'}${at(f)}`)
      return fee.countsTowardHighCostCeiling
        ? cellOf('yes', 'counts', `The fee counts toward the high-cost ceiling (högkostnadsskyddet)${at(fee)}`, [fee])
        : cellOf('no', 'does not count', `The fee does not count toward the high-cost ceiling${at(fee)}`, [fee])
    },
  },
  doctor_home_visit: { label: { en: 'Doctor home visits', sv: 'Läkarbesök i hemmet' }, cell: regionalService('doctor_home_visit') },
  nurse_home_visit: { label: { en: 'Nurse home visits', sv: 'Hembesök av sjuksköterska' }, cell: regionalService('nurse_home_visit') },
  occupational_therapist_home_visit: {
    label: { en: 'Occupational therapist home visits', sv: 'Hembesök av arbetsterapeut' },
    cell: regionalService('occupational_therapist_home_visit'),
  },
  counselor_home_visit: { label: { en: 'Counselor home visits', sv: 'Hembesök av kurator' }, cell: regionalService('counselor_home_visit') },
  digital_dental_care: { label: { en: 'Digital dental visits', sv: 'Digitala tandvårdsbesök' }, cell: regionalService('digital_dental_care') },
  mobile_dental_care: { label: { en: 'Mobile dental care', sv: 'Mobil tandvård' }, cell: regionalService('mobile_dental_care') },
  home_help: { label: { en: 'Municipal home help', sv: 'Hemtjänst' }, cell: municipalService('home_help') },
  housing_support: { label: { en: 'Housing support', sv: 'Boendestöd' }, cell: municipalService('housing_support') },
  personal_assistance: { label: { en: 'Personal assistance (LSS)', sv: 'Personlig assistans (LSS)' }, cell: municipalService('personal_assistance') },
  recent_decisions: {
    label: { en: 'Recent decisions', sv: 'Senaste beslut' },
    cell: ({ snapshot, regionCode, query }) => {
      const { asOf, condition } = query
      const decisions = snapshot.decisions.filter((d) => d.regionCode === regionCode && (d.conditionIds.length === 0 || d.conditionIds.includes(condition)))
      const dated = split(decisions, asOf)
        .current.filter((d) => (d.decidedOn ?? d.validFrom ?? '') <= asOf)
        .sort((a, b) => ((a.decidedOn ?? '') < (b.decidedOn ?? '') ? 1 : -1))
      if (dated.length === 0) return unknownCell('decisions', [], () => '')
      const line = (d: (typeof dated)[number]) =>
        `${d.decidedOn ?? 'undated'} ${d.body}: ${d.status.replaceAll('_', ' ')}${d.referenceNumber ? ` (${d.referenceNumber})` : ''}`
      return cellOf('yes', dated.length, dated.slice(0, 5).map(line).join('; '), dated)
    },
  },
}
