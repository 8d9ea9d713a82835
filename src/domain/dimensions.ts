import type { HomeCareService, HomeCareStatus } from '../generated/prisma/enums.js'
import type { StoredCitation } from '../schemas/common.js'
import type { FactKind, FactOf } from '../schemas/fact-kinds.js'
import type { CellStatus, DimensionId, Labels } from '../schemas/labels.js'
import { addMonths, asOfDay } from './as-of.js'
import {
  ageOnly,
  capitalised,
  careStatement,
  concat,
  decisionStep,
  each,
  evidenceNote,
  join,
  legalBasis,
  operation,
  pathwayLabel,
  policyStatus,
  providerState,
  serviceName,
  text,
} from './phrases.js'
import type { Snapshot, Versioned } from './snapshot.js'

export interface Cell {
  status: CellStatus
  value: string | number | null
  summary: Labels
  /** The newest date of the sources behind the cell. */
  evidenceDate: string | null
  /** The evidence is older than the horizon: the answer may no longer hold. */
  stale: boolean
  /** Facts valid on the date say different things. */
  sourcesDisagree: boolean
  factIds: string[]
  citations: StoredCitation[]
}

export interface CompareQuery {
  condition: string
  asOf: string
  /** Evidence older than this many months before `asOf` makes a cell stale. */
  staleAfterMonths: number
}

/** What a rule sees: one region's facts, on the date and for the condition asked. */
export interface RegionFacts {
  snapshot: Snapshot
  regionCode: string
  query: CompareQuery
}

type Fact<K extends FactKind> = Versioned<FactOf<K>>
type AnyFact = Fact<FactKind>

const groupings = new WeakMap<readonly object[], Map<unknown, readonly object[]>>()
const none: readonly never[] = []

/**
 * The records of a collection in one region, in the collection's order: the
 * same as filtering it by `regionCode`. Grouped once per collection array, so a
 * snapshot update that leaves a collection alone keeps its grouping.
 */
export function inRegion<T extends { regionCode: string | null }>(records: readonly T[], regionCode: string): readonly T[] {
  let groups = groupings.get(records)
  if (!groups) {
    const grouped = new Map<unknown, T[]>()
    for (const record of records) {
      const group = grouped.get(record.regionCode)
      if (group) group.push(record)
      else grouped.set(record.regionCode, [record])
    }
    groups = grouped
    groupings.set(records, groups)
  }
  return (groups.get(regionCode) as readonly T[] | undefined) ?? none
}

const nameMaps = new WeakMap<readonly object[], Map<string, string>>()
/** Names by id (or code) of a collection, built once per collection array. */
function namesOf<T>(records: readonly T[], key: (record: T) => string, name: (record: T) => string): Map<string, string> {
  let names = nameMaps.get(records as readonly object[])
  if (!names) {
    names = new Map(records.map((record) => [key(record), name(record)]))
    nameMaps.set(records as readonly object[], names)
  }
  return names
}

/** A provider's name by its id. */
export const providerNames = (snapshot: Snapshot) => namesOf(snapshot.providers, (p) => p.id, (p) => p.name)

const newest = (dates: string[]) => dates.reduce<string | null>((max, d) => (max === null || d > max ? d : max), null)

/** A cell from the facts behind it: their evidence date, and stale when that is older than the horizon. */
function cellOf(query: CompareQuery, status: CellStatus, value: string | number | null, summary: Labels, facts: AnyFact[], sourcesDisagree = false): Cell {
  const evidenceDate = newest(facts.map((f) => f.evidenceDate))
  const stale = status !== 'unknown' && evidenceDate !== null && addMonths(evidenceDate, query.staleAfterMonths) < query.asOf
  const confirmed = stale ? text(` Last confirmed by a source dated ${evidenceDate}.`, ` Senast bekräftat av en källa daterad ${evidenceDate}.`) : text('', '')
  const disagree = sourcesDisagree ? text(' The sources disagree; each is cited.', ' Källorna säger olika; varje källa anges.') : text('', '')
  return {
    status,
    value,
    // A note after the summary starts a sentence of its own.
    summary: sourcesDisagree || stale ? concat(each(summary, (v) => (/[.!?]$/.test(v) ? v : `${v}.`)), disagree, confirmed) : summary,
    evidenceDate,
    stale,
    sourcesDisagree,
    factIds: facts.map((f) => f.id),
    citations: facts.flatMap((f) => f.citations),
  }
}

/**
 * Nothing holds on the date: say so, and name what held last, only if it
 * ended before the date, with its citations.
 */
function unknownCell<T extends AnyFact>(query: CompareQuery, what: Labels, ended: { fact: T; end: string }[], describe: (fact: T) => Labels): Cell {
  const none = each(what, (w, lang) => (lang === 'en' ? `No source on file for ${w} on this date.` : `Ingen källa om ${w} för detta datum.`))
  const last = ended[0]
  if (!last) return cellOf(query, 'unknown', null, none, [])
  const hint = each(describe(last.fact), (d, lang) =>
    (lang === 'en' ? ` Last known: ${d}, until ${last.end}.` : ` Senast kända: ${d}, till och med ${last.end}.`),
  )
  return { ...cellOf(query, 'unknown', null, concat(none, hint), [last.fact]), evidenceDate: last.fact.evidenceDate }
}

/** The facts of a kind in the region, split into those holding on the date and those that ended before it. */
function factsOn<K extends FactKind>({ snapshot, query }: RegionFacts, kind: K, facts: readonly Fact<K>[]) {
  return asOfDay(facts, query.asOf, snapshot.ends[kind])
}

const shortName = (snapshot: Snapshot, condition: string): Labels => {
  const found = snapshot.conditions.find((c) => c.id === condition)
  return text(found?.name.split(' (')[0] ?? condition, found?.nameSv.split(' (')[0] ?? condition)
}

/** The region's providers covering the condition, and its fees and rules that apply to it. */
function regionScope({ snapshot, regionCode, query }: RegionFacts) {
  const providers = inRegion(snapshot.providers, regionCode).filter((p) => p.conditionIds.includes(query.condition))
  const providerIds = new Set(providers.map((p) => p.id))
  const names = providerNames(snapshot)
  // Rules and fees of a provider apply when it covers the condition; region-wide ones always.
  const applies = <T extends { regionCode: string; providerId: string | null }>(items: readonly T[]) =>
    inRegion(items, regionCode).filter((i) => i.providerId === null || providerIds.has(i.providerId))
  const at = (fact: { providerId: string | null }) =>
    (fact.providerId ? text(` at ${names.get(fact.providerId)}`, ` hos ${names.get(fact.providerId)}`) : text('', ''))
  // A clinic's own fee says what a patient with the condition pays there: it comes before the region's general fee.
  const specialistFees = applies(snapshot.fees)
    .filter((f) => f.visitType === 'specialist_visit')
    .sort((a, b) => Number(a.providerId === null) - Number(b.providerId === null))
  return { providers, rules: applies(snapshot.referralRules), specialistFees, at }
}

const providerLine = (p: Fact<'providers'>): Labels => {
  const until = p.validTo ? text(`, until ${p.validTo}`, `, till och med ${p.validTo}`) : text('', '')
  return concat(text(`${p.name} (`, `${p.name} (`), operation[p.operatedAs], until, text(')', ')'))
}

function specialistProvider(facts: RegionFacts): Cell {
  const { snapshot, regionCode, query } = facts
  // A conference of consultants that advises other doctors is not a clinic patients can be referred to.
  const clinics = regionScope(facts).providers.filter((p) => p.kind !== 'multidisciplinary_conference')
  const providers = factsOn(facts, 'providers', clinics)
  const statements = factsOn(
    facts,
    'specialistCare',
    inRegion(snapshot.specialistCare, regionCode).filter((s) => s.conditionId === query.condition),
  )
  const named = (list: Fact<'providers'>[], state: Labels) => join(list.map((p) => concat(text(`${p.name}: `, `${p.name}: `), state)))
  const operating = providers.current.filter((p) => p.status === 'operating')
  const saysNone = statements.current.filter((s) => s.status === 'none' || s.status === 'elsewhere')
  if (operating.length > 0) {
    const summary = join(operating.map(providerLine))
    return cellOf(query, 'yes', operating.map((p) => p.name).join('; '), summary, [...operating, ...saysNone], saysNone.length > 0)
  }
  const paused = providers.current.filter((p) => p.status === 'paused')
  if (paused.length > 0) return cellOf(query, 'no', null, named(paused, providerState.paused), [...paused, ...saysNone])
  const closed = providers.current.filter((p) => p.status === 'closed')
  if (closed.length > 0) return cellOf(query, 'no', null, named(closed, providerState.closed), [...closed, ...saysNone])
  if (saysNone.length > 0) {
    const regionName = (code: string | null) => snapshot.regions.find((r) => r.code === code)?.name ?? code
    const summary = join(
      saysNone.map((s) =>
        s.status === 'elsewhere'
          ? concat(careStatement.elsewhere, text(` (${regionName(s.referredToRegionCode)})`, ` (${regionName(s.referredToRegionCode)})`))
          : careStatement.none,
      ),
    )
    return cellOf(query, 'no', null, summary, saysNone)
  }
  const available = statements.current.filter((s) => s.status === 'available')
  if (available.length > 0) return cellOf(query, 'yes', null, careStatement.available, available)
  const condition = shortName(snapshot, query.condition)
  const what = each(condition, (c, lang) => (lang === 'en' ? `a specialist provider for ${c}` : `specialistmottagning för ${c}`))
  return unknownCell(query, what, providers.ended, (p) =>
    concat(text(`${p.name}, `, `${p.name}, `), providerState[p.status]),
  )
}

function selfReferral(facts: RegionFacts): Cell {
  const { rules, at } = regionScope(facts)
  const { current, ended } = factsOn(facts, 'referralRules', rules.filter((r) => r.pathway === 'self_referral'))
  const known = current.filter((r) => r.status !== 'unknown')
  const allowed = known.filter((r) => r.status === 'allowed')
  const refused = known.filter((r) => r.status === 'not_allowed')
  if (known.length === 0) {
    return unknownCell(facts.query, text('self-referral', 'egenremiss'), ended, (r) =>
      concat(r.status === 'allowed' ? text('self-referral allowed', 'egenremiss möjlig') : text('self-referral not allowed', 'egenremiss inte möjlig'), at(r)),
    )
  }
  // Sources disagree when one says yes and another no for the same provider.
  const disagree = allowed.some((a) => refused.some((r) => r.providerId === a.providerId))
  return allowed.length > 0
    ? cellOf(
      facts.query,
      'yes',
      'allowed',
      concat(text('Self-referral (egenremiss) allowed', 'Egenremiss möjlig'), join(allowed.map(at), text(',', ','))),
      known,
      disagree,
    )
    : cellOf(
      facts.query,
      'no',
      'not allowed',
      concat(text('Self-referral not allowed', 'Egenremiss inte möjlig'), join(refused.map(at), text(',', ','))),
      known,
    )
}

function referralPrerequisites(facts: RegionFacts): Cell {
  const { rules, at } = regionScope(facts)
  const { current, ended } = factsOn(facts, 'referralRules', rules)
  if (current.length === 0) {
    return unknownCell(facts.query, text('referral prerequisites', 'krav för remiss'), ended, (r) => concat(text('rules', 'regler'), at(r)))
  }
  const requirements = new Map<string, Labels>()
  for (const rule of current) {
    if (rule.requiresFullyInvestigated) requirements.set('investigated', text('fully investigated (färdigutredd)', 'färdigutredd'))
    if (rule.maxTreatmentOccasions) {
      requirements.set(
        `max${rule.maxTreatmentOccasions}`,
        text(`up to ${rule.maxTreatmentOccasions} treatment occasions`, `upp till ${rule.maxTreatmentOccasions} behandlingstillfällen`),
      )
    }
    const age = ageOnly[rule.ageGroup]
    if (age) requirements.set(rule.ageGroup, age)
    if (rule.prerequisites) requirements.set(rule.prerequisites.en, rule.prerequisites)
  }
  const from = join([...new Set(current.filter((r) => r.status === 'allowed').map((r) => r.pathway))].map((p) => pathwayLabel[p]), text(', ', ', '))
  const listed = [...requirements.values()]
  const required = join(listed)
  return listed.length > 0
    ? cellOf(facts.query, 'yes', required.en, concat(text('Referral from ', 'Remiss från '), from, text('; requires ', '; krav: '), required), current)
    : cellOf(facts.query, 'no', null, concat(text('Referral from ', 'Remiss från '), from, text('; no prerequisites stated', '; inga krav angivna')), current)
}

function specialistVisitFee(facts: RegionFacts): Cell {
  const { specialistFees, at } = regionScope(facts)
  const { current, ended } = factsOn(facts, 'fees', specialistFees)
  const known = current.filter((f) => f.status !== 'unknown')
  if (known.length === 0) {
    return unknownCell(facts.query, text('a specialist visit fee', 'patientavgift för specialistbesök'), ended, (f) =>
      concat(text(`${f.amountSek} SEK`, `${f.amountSek} kr`), at(f)),
    )
  }
  const general = text(" (the region's general fee for a visit to a specialist doctor)", ' (regionens allmänna avgift för besök hos specialistläkare)')
  const describe = (fee: Fact<'fees'>) => {
    if (fee.status === 'free') return concat(text('No fee', 'Ingen avgift'), at(fee))
    const amount =
      fee.amountSek === null
        ? text('A fee is charged per specialist visit; the amount is not stated', 'Avgift tas per specialistbesök; beloppet anges inte')
        : text(`${fee.amountSek} SEK per specialist visit`, `${fee.amountSek} kr per specialistbesök`)
    return concat(amount, at(fee), fee.providerId === null ? general : text('', ''))
  }
  // Every fee that holds is described; the value is the first stated one, a clinic's before the region's.
  const stated = known.find((f) => f.status === 'free' || f.amountSek !== null) ?? known[0]!
  const value = stated.status === 'free' ? 0 : stated.amountSek
  return cellOf(facts.query, stated.status === 'free' ? 'no' : 'yes', value, join(known.map(describe)), known)
}

function highCostCeiling(facts: RegionFacts): Cell {
  const { specialistFees, at } = regionScope(facts)
  const { current, ended } = factsOn(facts, 'fees', specialistFees)
  const fee = current.find((f) => f.status !== 'unknown' && f.countsTowardHighCostCeiling !== null)
  const counts = text('The fee counts toward the high-cost ceiling (högkostnadsskyddet)', 'Avgiften ingår i högkostnadsskyddet')
  const notCounts = text('The fee does not count toward the high-cost ceiling', 'Avgiften ingår inte i högkostnadsskyddet')
  if (!fee) {
    return unknownCell(facts.query, text('the high-cost ceiling', 'högkostnadsskyddet'), ended, (f) =>
      concat(f.countsTowardHighCostCeiling ? counts : notCounts, at(f)),
    )
  }
  return fee.countsTowardHighCostCeiling
    ? cellOf(facts.query, 'yes', 'counts', concat(counts, at(fee)), [fee])
    : cellOf(facts.query, 'no', 'does not count', concat(notCounts, at(fee)), [fee])
}

const homeCareStatusToCell: Record<HomeCareStatus, CellStatus> = {
  offered: 'yes',
  offered_after_needs_assessment: 'conditional',
  not_offered: 'no',
  municipal_responsibility: 'municipal_responsibility',
  under_trial: 'under_trial',
  unknown: 'unknown',
}

type Policy = Fact<'homeCarePolicies'>

function describePolicy(policy: Policy, condition: Labels): Labels {
  const age = ageOnly[policy.ageGroup] ? concat(text(' (', ' ('), ageOnly[policy.ageGroup]!, text(')', ')')) : text('', '')
  const basis = policy.legalBasis ? text(` (${legalBasis[policy.legalBasis]})`, ` (${legalBasis[policy.legalBasis]})`) : text('', '')
  const scope = policy.conditionId ? text('', '') : each(condition, (c, lang) => (lang === 'en' ? ` (not specific to ${c})` : ` (inte specifikt för ${c})`))
  const grounds = policy.grounds ? each(policy.grounds, (g) => `: ${g}`) : text('', '')
  return concat(policyStatus[policy.status], age, basis, scope, evidenceNote[policy.evidence], grounds)
}

const policiesOf = ({ snapshot, regionCode, query }: RegionFacts, level: 'region' | 'municipality', service: HomeCareService) =>
  inRegion(snapshot.homeCarePolicies, regionCode).filter(
    (p) =>
      p.jurisdictionLevel === level &&
      p.service === service &&
      (p.conditionId === null || p.conditionId === query.condition),
  )

/** A region's own policy on a service; one specific to the condition, and one whose status is known, come first. */
const regionalService = (service: HomeCareService) => (facts: RegionFacts): Cell => {
  const { current, ended } = factsOn(facts, 'homeCarePolicies', policiesOf(facts, 'region', service))
  const condition = shortName(facts.snapshot, facts.query.condition)
  const ranked = [...current].sort(
    (a, b) => Number(b.conditionId !== null) - Number(a.conditionId !== null) || Number(b.status !== 'unknown') - Number(a.status !== 'unknown'),
  )
  const [policy, ...others] = ranked
  if (!policy) return unknownCell(facts.query, serviceName[service], ended, (p) => describePolicy(p, condition))
  const also = others.length > 0 ? concat(text('. Also: ', '. Dessutom: '), join(others.map((p) => describePolicy(p, condition)))) : text('', '')
  return cellOf(facts.query, homeCareStatusToCell[policy.status], policy.status, concat(capitalised(describePolicy(policy, condition)), also), ranked)
}

/** What the region's municipalities grant, where a source says so. */
const municipalService = (service: HomeCareService) => (facts: RegionFacts): Cell => {
  const { snapshot, regionCode, query } = facts
  const total = inRegion(snapshot.municipalities, regionCode).length
  const { current, ended } = factsOn(facts, 'homeCarePolicies', policiesOf(facts, 'municipality', service))
  const condition = shortName(snapshot, query.condition)
  const known = current.filter((p) => p.status !== 'unknown')
  if (known.length === 0) {
    const what = each(serviceName[service], (s, lang) =>
      (lang === 'en' ? `${s} in any of the region's ${total} municipalities` : `${s} i någon av regionens ${total} kommuner`),
    )
    return unknownCell(query, what, ended, (p) => describePolicy(p, condition))
  }
  const names = namesOf(snapshot.municipalities, (m) => m.code, (m) => m.name)
  const municipalities = new Set(known.map((p) => p.municipalityCode))
  const statuses = [...new Set(known.map((p) => homeCareStatusToCell[p.status]))]
  const perMunicipality = join(known.map((p) => {
    const name = names.get(p.municipalityCode!)
    return concat(text(`${name}: `, `${name}: `), describePolicy(p, condition))
  }))
  const rest = total - municipalities.size
  return cellOf(
    query,
    statuses.length === 1 ? statuses[0]! : 'conditional',
    `${municipalities.size} of ${total} municipalities known`,
    concat(perMunicipality, text(`; ${rest} of ${total} municipalities unknown`, `; ${rest} av ${total} kommuner okända`)),
    known,
  )
}

function recentDecisions(facts: RegionFacts): Cell {
  const { snapshot, regionCode, query } = facts
  const concerned = inRegion(snapshot.decisions, regionCode).filter((d) => d.conditionIds.length === 0 || d.conditionIds.includes(query.condition))
  const dated = factsOn(facts, 'decisions', concerned)
    .current.filter((d) => (d.date ?? d.validFrom) <= query.asOf)
    .sort((a, b) => ((a.date ?? a.validFrom) < (b.date ?? b.validFrom) ? 1 : -1))
  if (dated.length === 0) return unknownCell(query, text('decisions', 'beslut'), [], () => text('', ''))
  const line = (d: (typeof dated)[number]) =>
    concat(
      text(`${d.date ?? 'undated'} ${d.body ?? 'body not stated'}: `, `${d.date ?? 'odaterat'} ${d.body ?? 'organ ej angivet'}: `),
      decisionStep(d),
      text(d.referenceNumber ? ` (${d.referenceNumber})` : '', d.referenceNumber ? ` (${d.referenceNumber})` : ''),
    )
  return cellOf(query, 'yes', dated.length, join(dated.slice(0, 5).map(line)), dated)
}

/** How a dimension's cell follows from a region's facts, and what the dimension is called. */
export interface Dimension {
  label: Labels
  cell: (facts: RegionFacts) => Cell
}

/** Every comparison dimension with its rule: the compiler checks that none is missing. */
export const dimensions: Record<DimensionId, Dimension> = {
  specialist_provider: { label: text('Specialist provider available', 'Specialistmottagning finns'), cell: specialistProvider },
  self_referral: { label: text('Self-referral possible', 'Egenremiss möjlig'), cell: selfReferral },
  referral_prerequisites: { label: text('Referral prerequisites', 'Krav för remiss'), cell: referralPrerequisites },
  specialist_visit_fee: { label: text('Specialist visit fee (SEK)', 'Patientavgift specialistbesök (kr)'), cell: specialistVisitFee },
  high_cost_ceiling: { label: text('Fee counts toward the high-cost ceiling', 'Avgiften ingår i högkostnadsskyddet'), cell: highCostCeiling },
  doctor_home_visit: { label: text('Doctor home visits', 'Läkarbesök i hemmet'), cell: regionalService('doctor_home_visit') },
  nurse_home_visit: { label: text('Nurse home visits', 'Hembesök av sjuksköterska'), cell: regionalService('nurse_home_visit') },
  occupational_therapist_home_visit: {
    label: text('Occupational therapist home visits', 'Hembesök av arbetsterapeut'),
    cell: regionalService('occupational_therapist_home_visit'),
  },
  counselor_home_visit: { label: text('Counselor home visits', 'Hembesök av kurator'), cell: regionalService('counselor_home_visit') },
  digital_dental_care: { label: text('Digital dental visits', 'Digitala tandvårdsbesök'), cell: regionalService('digital_dental_care') },
  mobile_dental_care: { label: text('Mobile dental care', 'Mobil tandvård'), cell: regionalService('mobile_dental_care') },
  home_help: { label: text('Municipal home help', 'Hemtjänst'), cell: municipalService('home_help') },
  housing_support: { label: text('Housing support', 'Boendestöd'), cell: municipalService('housing_support') },
  personal_assistance: { label: text('Personal assistance', 'Personlig assistans'), cell: municipalService('personal_assistance') },
  recent_decisions: { label: text('Recent decisions', 'Senaste beslut'), cell: recentDecisions },
}
