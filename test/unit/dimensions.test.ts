import assert from 'node:assert/strict'
import { test } from 'node:test'
import { questionStatuses } from '../../src/domain/dimensions/cell.js'
import { type Cell, type CompareQuery, type DimensionId, dimensionIds, dimensionList, dimensions } from '../../src/domain/dimensions/index.js'
import type { Snapshot } from '../../src/domain/snapshot.js'
import { swedishProblems } from '../helpers/swedish.js'
import { both, careStatement, decision, fee, fixture, noClinic, policy, provider, rule, selfReferral } from './fixture.js'

const query = (asOf: string, staleAfterMonths = 24): CompareQuery => ({ condition: 'me-cfs', asOf, staleAfterMonths })
const cellOf = (snapshot: Snapshot, dimension: DimensionId, region: string, asOf: string, staleAfterMonths?: number): Cell =>
  dimensions[dimension].cell({ snapshot, regionCode: region, query: query(asOf, staleAfterMonths) })
type Value<K extends string> = Record<K, unknown>
const valueOf = <K extends string>(cell: Cell) => cell.value!.en as Value<K>

test('the dimension ids come from the modules, each with labels and a question in both languages and a value schema', () => {
  assert.deepEqual(
    dimensionIds,
    dimensionList.map((d) => d.id),
  )
  assert.equal(new Set(dimensionIds).size, dimensionIds.length)
  for (const d of dimensionList) {
    for (const text of [d.label, d.question]) assert.ok(text.sv && text.en, d.id)
    assert.ok(Object.keys(questionStatuses).includes(d.type), d.id)
  }
})

test('specialist care: a region-run clinic is offered, its fact deciding the evidence date', () => {
  const snapshot = fixture({ providers: [provider('nus', '01', '2021-11-01', 'operating', { evidence: '2021-11-10' })] })
  const cell = cellOf(snapshot, 'specialist_provider', '01', '2022-06-01')
  assert.equal(cell.status, 'offered')
  assert.equal(cell.short.sv, 'Mottagning nus')
  assert.equal(cell.evidenceDate, '2021-11-10')
  assert.equal(cell.evidenceStrength, 'primary')
  const value = valueOf<'providers'>(cell).providers as { id: string; operatedAs: string; countsForRegion: boolean; acceptingReferrals: boolean }[]
  assert.deepEqual(
    value.map((p) => [p.id, p.operatedAs, p.countsForRegion, p.acceptingReferrals]),
    [['nus', 'region_run', true, true]],
  )
  assert.match(cell.summary.sv, /^Regionen erbjuder specialistvård för ME\/CFS hos Mottagning nus \(i regionens regi\)\.$/)
})

test('specialist care: a contracted clinic counts, with its contract period', () => {
  const snapshot = fixture({ providers: [provider('smart', '01', '2021-03-31', 'operating', { operatedAs: 'contracted', contractEnd: '2021-12-31' })] })
  const cell = cellOf(snapshot, 'specialist_provider', '01', '2021-06-01')
  assert.equal(cell.status, 'offered')
  assert.match(cell.summary.sv, /på avtal med regionen till och med 31 december 2021/)
  assert.match(cell.summary.en, /contracted by the region until 31 December 2021/)
})

test("specialist care: a private clinic alone never makes the region's answer offered; beside a regional one it keeps its own date", () => {
  const privateOnly = fixture({ providers: [provider('gottfries', '01', '2017-01-31', 'operating', { operatedAs: 'private' })] })
  const alone = cellOf(privateOnly, 'specialist_provider', '01', '2021-06-01')
  assert.equal(alone.status, 'unknown')
  assert.equal(alone.evidenceDate, null, "nothing decides the region's own offer")
  assert.equal(alone.short.sv, 'Bara privat')
  assert.match(
    alone.summary.sv,
    /Ingen mottagning i regionens regi eller på avtal.*privat mottagning utan avtal med regionen: Mottagning gottfries \(enligt en källa från 2017\)/,
  )
  assert.deepEqual(alone.factIds, ['gottfries'])
  const providers = valueOf<'providers'>(alone).providers as { countsForRegion: boolean }[]
  assert.equal(providers[0]!.countsForRegion, false)

  const beside = fixture({
    providers: [
      provider('regional', '01', '2021-03-31', 'operating', { operatedAs: 'contracted' }),
      provider('gottfries', '01', '2017-01-31', 'operating', { operatedAs: 'private', evidence: '2024-06-01' }),
    ],
  })
  const cell = cellOf(beside, 'specialist_provider', '01', '2024-07-01')
  assert.equal(cell.status, 'offered')
  assert.equal(cell.evidenceDate, '2021-03-31', "the private clinic's newer page does not date the region's answer")
  assert.deepEqual(cell.factIds, ['regional', 'gottfries'], 'both are named, the deciding one first')
  const items = valueOf<'providers'>(cell).providers as { id: string; evidenceDate: string }[]
  assert.equal(items.find((p) => p.id === 'gottfries')!.evidenceDate, '2024-06-01', 'the private clinic carries its own date')
})

test('specialist care: a paused clinic is paused, not "no"; the fact superseding it ends the earlier one the day before', () => {
  const snapshot = fixture({
    providers: [provider('clinic', '01', '2021-11-01', 'operating'), provider('clinic-paused', '01', '2022-10-27', 'paused', { supersedes: 'clinic' })],
  })
  assert.equal(cellOf(snapshot, 'specialist_provider', '01', '2022-10-26').status, 'offered')
  const paused = cellOf(snapshot, 'specialist_provider', '01', '2022-10-27')
  assert.equal(paused.status, 'paused')
  assert.equal(paused.short.sv, 'Tar inte emot remisser')
  assert.match(paused.summary.sv, /Mottagning clinic-paused finns men tar tillfälligt inte emot nya remisser/)
  assert.deepEqual(paused.factIds, ['clinic-paused'])
})

test('specialist care: a source saying there is none, or that patients go elsewhere, is not offered; a closed clinic too', () => {
  const none = fixture({ specialistCare: [noClinic('none', '01', '2019-07-01', { strength: 'weak' })] })
  const cell = cellOf(none, 'specialist_provider', '01', '2020-01-01')
  assert.equal(cell.status, 'not_offered')
  assert.equal(cell.evidenceStrength, 'weak')
  assert.match(cell.summary.sv, /En källa anger att regionen saknar specialistvård för ME\/CFS\. Svaret bygger bara på en svag källa/)
  const elsewhere = fixture({ specialistCare: [careStatement('away', '01', '2019-07-01', 'elsewhere', { referredTo: '02', strength: 'secondary' })] })
  const away = cellOf(elsewhere, 'specialist_provider', '01', '2020-01-01')
  assert.equal(away.status, 'not_offered')
  assert.equal(away.short.sv, 'Remiss till annan region')
  assert.match(away.summary.sv, /remitterar patienter med ME\/CFS till Region B\. Svaret bygger bara på andrahandskällor/)
  const closed = fixture({ providers: [provider('gone', '01', '2020-01-01', 'closed')] })
  assert.equal(cellOf(closed, 'specialist_provider', '01', '2020-06-01').status, 'not_offered')
})

test('specialist care: a statement that care exists is offered; a conference of consultants is not a clinic; sources that disagree are said to', () => {
  const available = fixture({ specialistCare: [careStatement('yes', '01', '2019-01-01', 'available')] })
  assert.equal(cellOf(available, 'specialist_provider', '01', '2019-06-01').status, 'offered')
  const conference = fixture({ providers: [provider('mdk', '01', '2024-11-13', 'operating', { kind: 'multidisciplinary_conference' })] })
  assert.equal(cellOf(conference, 'specialist_provider', '01', '2025-01-01').status, 'unknown')
  const both_ = fixture({ providers: [provider('clinic', '01', '2019-01-01', 'operating')], specialistCare: [noClinic('none', '01', '2019-05-01')] })
  const disagree = cellOf(both_, 'specialist_provider', '01', '2019-06-01')
  assert.equal(disagree.status, 'offered')
  assert.equal(disagree.sourcesDisagree, true)
  assert.match(disagree.summary.sv, /Källorna säger olika; alla anges\./)
})

test('unknown names only what ended before the date, never a fact that starts later', () => {
  const snapshot = fixture({ providers: [provider('clinic', '01', '2019-03-01', 'operating', { validTo: '2020-12-31' })] })
  const before = cellOf(snapshot, 'specialist_provider', '01', '2018-01-01')
  assert.equal(before.status, 'unknown')
  assert.deepEqual(before.citations, [])
  assert.equal(before.summary.sv, 'Det finns inga uppgifter om specialistvård för ME/CFS i regionen för det här datumet.')
  const after = cellOf(snapshot, 'specialist_provider', '01', '2021-06-01')
  assert.equal(after.status, 'unknown')
  assert.match(after.summary.sv, /Senast kända uppgift: Mottagning clinic \(i regionens regi\), till och med 31 december 2020\./)
  assert.match(after.summary.en, /Last known: Mottagning clinic \(run by the region\), until 31 December 2020\./)
  assert.equal(after.evidenceDate, null)
  assert.deepEqual(after.factIds, ['clinic'])
})

test('stale past the horizon, saying when it was last confirmed; a confirmation is evidence from its own day on, never before', () => {
  const snapshot = fixture({ providers: [provider('clinic', '01', '2019-03-01', 'operating', { confirmedOn: ['2026-12-01'] })] })
  const old = cellOf(snapshot, 'specialist_provider', '01', '2026-11-30')
  assert.equal(old.stale, true)
  assert.equal(old.evidenceDate, '2019-03-01')
  assert.match(old.summary.sv, /Uppgiften bekräftades senast i mars 2019\.$/)
  assert.match(old.summary.en, /Last confirmed in March 2019\.$/)
  const confirmed = cellOf(snapshot, 'specialist_provider', '01', '2026-12-04')
  assert.equal(confirmed.stale, false)
  assert.equal(confirmed.evidenceDate, '2026-12-01')
  assert.doesNotMatch(confirmed.summary.sv, /bekräftades senast/)
})

test('self-referral: offered, paused with its clinic, not offered, private only, and disagreeing sources', () => {
  const open = fixture({ providers: [provider('c', '01', '2021-01-01', 'operating')], referralRules: [selfReferral('r', '01', 'c', '2021-01-01', 'allowed')] })
  const cell = cellOf(open, 'self_referral', '01', '2021-06-01')
  assert.equal(cell.status, 'offered')
  assert.match(
    cell.summary.sv,
    /Patienten kan själv söka till Mottagning c med egenremiss\. Mottagning c tar bara emot vuxna och kräver att patienten är färdigutredd\./,
  )
  const channel = (valueOf<'channels'>(cell).channels as { channel: string; status: string; provider: { id: string } }[])[0]!
  assert.deepEqual([channel.channel, channel.status, channel.provider.id], ['self_referral', 'open', 'c'])

  const paused = fixture({
    providers: [provider('c', '01', '2021-01-01', 'paused')],
    referralRules: [selfReferral('stop', '01', 'c', '2021-01-01', 'not_allowed')],
  })
  const closedForNow = cellOf(paused, 'self_referral', '01', '2021-06-01')
  assert.equal(closedForNow.status, 'paused')
  assert.match(closedForNow.summary.sv, /Mottagning c tar för närvarande inte emot egenremisser/)
  const refused = fixture({
    providers: [provider('c', '01', '2021-01-01', 'operating')],
    referralRules: [selfReferral('no', '01', 'c', '2021-01-01', 'not_allowed')],
  })
  assert.equal(cellOf(refused, 'self_referral', '01', '2021-06-01').status, 'not_offered')

  const privately = fixture({
    providers: [provider('p', '01', '2017-01-01', 'operating', { operatedAs: 'private' })],
    referralRules: [selfReferral('pr', '01', 'p', '2017-01-01', 'allowed')],
  })
  const onlyPrivate = cellOf(privately, 'self_referral', '01', '2021-06-01')
  assert.equal(onlyPrivate.status, 'unknown')
  assert.match(onlyPrivate.summary.sv, /Mottagning p är en privat mottagning utan avtal med regionen/)

  const disagree = fixture({
    providers: [provider('c', '01', '2021-01-01', 'operating')],
    referralRules: [selfReferral('yes', '01', 'c', '2021-01-01', 'allowed'), selfReferral('no', '01', 'c', '2021-02-01', 'not_allowed')],
  })
  const both_ = cellOf(disagree, 'self_referral', '01', '2021-06-01')
  assert.equal(both_.status, 'offered')
  assert.equal(both_.sourcesDisagree, true)
})

test('referral channels: the channels as data, open or closed, with their terms; unknown when no rule is on file', () => {
  const snapshot = fixture({
    providers: [provider('c', '01', '2021-01-01', 'operating')],
    referralRules: [
      rule('pc', '01', 'c', 'primary_care', '2021-01-01', 'allowed', {
        maxTreatmentOccasions: 20,
        prerequisites: both('Remissen ska vara elektronisk.', 'The referral must be electronic.'),
      }),
      rule('self', '01', 'c', 'self_referral', '2021-01-01', 'not_allowed'),
    ],
  })
  const cell = cellOf(snapshot, 'referral_channels', '01', '2021-06-01')
  assert.equal(cell.status, 'known')
  assert.equal(cell.short.sv, 'Vårdcentral')
  const channels = valueOf<'channels'>(cell).channels as {
    channel: string
    status: string
    maxTreatmentOccasions: number | null
    prerequisites: string | null
  }[]
  assert.deepEqual(
    channels.map((c) => [c.channel, c.status]),
    [
      ['primary_care', 'open'],
      ['self_referral', 'closed'],
    ],
  )
  assert.equal(channels[0]!.maxTreatmentOccasions, 20)
  assert.equal(((cell.value!.sv as Value<'channels'>).channels as typeof channels)[0]!.prerequisites, 'Remissen ska vara elektronisk.')
  assert.match(cell.summary.sv, /Vårdcentralen kan remittera patienter till Mottagning c\. Mottagning c tar inte emot egenremisser\./)
  const terms = /Mottagning c tar bara emot vuxna, ger upp till 20 behandlingstillfällen och kräver att patienten är färdigutredd\. Remissen ska vara/
  assert.match(cell.summary.sv, terms)
  assert.equal(cellOf(snapshot, 'referral_channels', '02', '2021-06-01').status, 'unknown')

  const stopped = fixture({
    providers: [provider('c', '01', '2021-01-01', 'paused')],
    referralRules: [rule('stop', '01', 'c', 'any_doctor', '2021-01-01', 'not_allowed')],
  })
  const closed = cellOf(stopped, 'referral_channels', '01', '2021-06-01')
  assert.equal(closed.short.sv, 'Inga öppna remissvägar')
  assert.match(closed.summary.sv, /Mottagning c tar för närvarande inte emot remisser från vårdgivare\./)
})

test('referral channels: a rule for one age group says whom it is for, and a provider is said to take one group only when all its rules agree', () => {
  const snapshot = fixture({
    providers: [provider('c', '01', '2021-01-01', 'operating'), provider('d', '02', '2021-01-01', 'operating')],
    referralRules: [
      rule('adults', '01', 'c', 'primary_care', '2021-01-01', 'allowed'),
      rule('children', '01', null, 'primary_care', '2021-01-01', 'not_allowed', { ageGroup: 'children' }),
      rule('d-adults', '02', 'd', 'primary_care', '2021-01-01', 'allowed'),
      rule('d-children', '02', 'd', 'self_referral', '2021-01-01', 'allowed', { ageGroup: 'children' }),
    ],
  })
  const region = cellOf(snapshot, 'referral_channels', '01', '2021-06-01')
  assert.match(region.summary.sv, /Vårdcentralen kan remittera patienter till Mottagning c\. /)
  assert.match(region.summary.sv, /För barn tar specialistvården inte emot remisser från vårdcentralen\./)
  assert.match(region.summary.en, /For children, specialist care takes no referrals from primary care\./)
  assert.match(region.summary.sv, /Mottagning c tar bara emot vuxna/)
  assert.doesNotMatch(region.summary.sv, /Specialistvården tar bara emot/)
  const mixed = cellOf(snapshot, 'referral_channels', '02', '2021-06-01')
  assert.match(mixed.summary.sv, /För vuxna kan vårdcentralen remittera patienter till Mottagning d\. /)
  assert.match(mixed.summary.sv, /För barn kan patienten själv söka till Mottagning d med egenremiss\./)
  assert.doesNotMatch(mixed.summary.sv, /tar bara emot/)
  for (const cell of [region, mixed]) assert.deepEqual(swedishProblems(cell.summary.sv), [])
})

test("fees: the amount as a number, a clinic's own fee before the region's, free as 0, an unstated amount unknown", () => {
  const snapshot = fixture({
    providers: [provider('c', '01', '2019-01-01', 'operating'), provider('p', '02', '2019-01-01', 'operating', { operatedAs: 'private' })],
    fees: [
      fee('general', '01', null, '2019-01-01', 300),
      fee('own', '01', 'c', '2019-01-01', 330),
      fee('private-fee', '02', 'p', '2019-01-01', 1200),
      fee('general-b', '02', null, '2019-01-01', 250, { ceiling: false }),
      fee('free', '03', null, '2019-01-01', null, { status: 'free', ceiling: null }),
    ],
  })
  const cell = cellOf(snapshot, 'specialist_visit_fee', '01', '2020-01-01')
  assert.equal(cell.status, 'known')
  const value = valueOf<'amountSek' | 'whose' | 'countsTowardCeiling' | 'otherFees'>(cell)
  assert.deepEqual([value.amountSek, value.whose, value.countsTowardCeiling], [330, 'provider', true])
  assert.deepEqual(
    (value.otherFees as { amountSek: number; whose: string }[]).map((f) => [f.amountSek, f.whose]),
    [[300, 'region']],
  )
  assert.equal(cell.short.sv, '330 kr')
  assert.equal(cell.short.en, 'SEK 330')
  assert.deepEqual(cell.factIds, ['own', 'general'])
  assert.match(cell.summary.sv, /Ett besök hos Mottagning c kostar 330 kr\. Regionens allmänna avgift för ett besök hos specialistläkare är 300 kr\./)
  const b = cellOf(snapshot, 'specialist_visit_fee', '02', '2020-01-01')
  assert.equal(valueOf<'amountSek'>(b).amountSek, 250, "a private clinic's price is not the region's fee")
  const free = cellOf(snapshot, 'specialist_visit_fee', '03', '2020-01-01')
  assert.deepEqual([free.status, valueOf<'amountSek'>(free).amountSek, free.short.sv], ['known', 0, 'Avgiftsfritt'])

  const unstated = fixture({ fees: [fee('charged', '01', null, '2019-01-01', null)] })
  const noAmount = cellOf(unstated, 'specialist_visit_fee', '01', '2020-01-01')
  assert.equal(noAmount.status, 'unknown')
  assert.match(noAmount.summary.sv, /ingen källa anger beloppet/)
})

test('fees: a later fact supersedes the earlier from its start; the hint after an end names the last amount', () => {
  const snapshot = fixture({
    fees: [
      fee('f2020', '01', null, '2020-01-01', 200, { validTo: '2020-12-31' }),
      fee('f2022', '01', null, '2022-01-01', 300),
      fee('f2023', '01', null, '2023-01-01', 330, { supersedes: 'f2022' }),
    ],
  })
  assert.equal(valueOf<'amountSek'>(cellOf(snapshot, 'specialist_visit_fee', '01', '2022-06-01')).amountSek, 300)
  assert.equal(valueOf<'amountSek'>(cellOf(snapshot, 'specialist_visit_fee', '01', '2023-06-01')).amountSek, 330)
  const gap = cellOf(snapshot, 'specialist_visit_fee', '01', '2021-06-01')
  assert.equal(gap.status, 'unknown')
  assert.match(gap.summary.sv, /Senast kända uppgift: Regionens allmänna avgift för ett besök hos specialistläkare är 200 kr, till och med 31 december 2020\./)
})

test('high-cost ceiling: yes, no, or unknown when no source says', () => {
  const snapshot = fixture({
    fees: [
      fee('a', '01', null, '2019-01-01', 300),
      fee('b', '02', null, '2019-01-01', 300, { ceiling: false }),
      fee('c', '03', null, '2019-01-01', 300, { ceiling: null }),
    ],
  })
  const at = (region: string) => cellOf(snapshot, 'high_cost_ceiling', region, '2020-01-01')
  assert.deepEqual([at('01').status, at('01').short.sv], ['yes', 'Ingår'])
  assert.deepEqual([at('02').status, at('02').summary.sv], ['no', 'Regionens avgift för specialistbesök ingår inte i högkostnadsskyddet.'])
  assert.equal(at('03').status, 'unknown')
})

test('home visits: each policy status answers an availability status, and says what it rests on', () => {
  const statuses = [
    ['offered', 'offered', /Regionen erbjuder läkarbesök i hemmet enligt HSL\./],
    ['offered_after_needs_assessment', 'partly', /Regionen beviljar läkarbesök i hemmet efter biståndsbedömning/],
    ['under_trial', 'partly', /Regionen prövar läkarbesök i hemmet i en försöksverksamhet/],
    ['not_offered', 'not_offered', /Regionen erbjuder inte läkarbesök i hemmet/],
    ['municipal_responsibility', 'municipal_responsibility', /Enligt regionen är läkarbesök i hemmet kommunernas ansvar/],
  ] as const
  for (const [policyStatus, status, summary] of statuses) {
    const snapshot = fixture({ homeCarePolicies: [policy('p', '01', 'doctor_home_visit', '2024-11-13', policyStatus)] })
    const cell = cellOf(snapshot, 'doctor_home_visit', '01', '2025-01-01')
    assert.equal(cell.status, status, policyStatus)
    assert.match(cell.summary.sv, summary)
    assert.equal(valueOf<'policyStatus'>(cell).policyStatus, policyStatus)
  }
  const proposal = fixture({
    homeCarePolicies: [
      policy('p', '01', 'occupational_therapist_home_visit', '2024-11-13', 'municipal_responsibility', {
        basis: 'proposal',
        general: true,
        grounds: both('Kommunens arbetsterapeuter gör redan hembesök.', 'Municipal occupational therapists already visit.'),
      }),
    ],
  })
  const cell = cellOf(proposal, 'occupational_therapist_home_visit', '01', '2025-01-01')
  assert.match(
    cell.summary.sv,
    new RegExp(
      'Uppgiften kommer från ett förslag, inte ett beslut\\. Det gäller vuxna\\. Det gäller alla patienter, inte specifikt ME/CFS\\. ' +
        'Skäl som anges: Kommunens arbetsterapeuter gör redan hembesök\\.',
    ),
  )
  const unknownPolicy = fixture({ homeCarePolicies: [policy('u', '01', 'mobile_dental_care', '2024-11-13', 'unknown')] })
  const dental = cellOf(unknownPolicy, 'mobile_dental_care', '01', '2025-01-01')
  assert.equal(dental.status, 'unknown')
  assert.match(dental.summary.sv, /En källa nämner mobil tandvård utan att ange om det erbjuds/)
})

test('municipal support: partly when some municipalities are known, their answer when all are, unknown when none', () => {
  const some = fixture({
    homeCarePolicies: [policy('h', '01', 'home_help', '2022-09-01', 'offered_after_needs_assessment', { municipality: '0101', basis: 'interview_accounts' })],
  })
  const cell = cellOf(some, 'home_help', '01', '2023-01-01')
  assert.equal(cell.status, 'partly')
  assert.equal(cell.short.sv, '1 av 2 kommuner')
  const value = valueOf<'municipalitiesKnown' | 'municipalitiesTotal' | 'municipalities'>(cell)
  assert.deepEqual([value.municipalitiesKnown, value.municipalitiesTotal], [1, 2])
  assert.match(
    cell.summary.sv,
    /^Uppgifter finns för 1 av regionens 2 kommuner\. Astad: Astad beviljar hemtjänst efter biståndsbedömning enligt SoL\. Uppgiften bygger på intervjuer/,
  )
  assert.match(cell.summary.sv, /För den återstående kommunen saknas uppgifter\.$/)
  const all = fixture({
    homeCarePolicies: ['0101', '0102'].map((m) => policy(`h${m}`, '01', 'housing_support', '2022-09-01', 'offered', { municipality: m })),
  })
  assert.equal(cellOf(all, 'housing_support', '01', '2023-01-01').status, 'offered')
  assert.equal(cellOf(all, 'personal_assistance', '01', '2023-01-01').status, 'unknown')
})

test('decisions: a list of steps as sentences, a proposal said to be one, votes and undated steps in words', () => {
  const snapshot = fixture({
    decisions: [
      decision('proposed', '01', '2019-05-29', {
        kind: 'motion',
        stage: 'proposed',
        outcome: 'considered_answered',
        body: both('Regionstyrelsen', 'The regional executive board'),
        votesForMotion: 6,
        votesAgainstMotion: 9,
        votesAbstained: 0,
      }),
      decision('decided', '01', '2020-03-12', { kind: 'motion', stage: 'decided', outcome: 'approved' }),
      decision('undated', '01', '2021-11-10', { kind: 'board_decision', stage: 'decided', outcome: 'approved', date: null }),
    ],
  })
  const cell = cellOf(snapshot, 'recent_decisions', '01', '2022-01-01')
  assert.equal(cell.status, 'known')
  assert.equal(cell.short.sv, '3 ärenden')
  const items = valueOf<'items'>(cell).items as { id: string; stage: string; date: string | null; knownBy: string; votes: unknown }[]
  assert.deepEqual(
    items.map((i) => i.id),
    ['undated', 'decided', 'proposed'],
    'newest first',
  )
  assert.deepEqual(items[2]!.votes, { forMotion: 6, againstMotion: 9, abstained: 0 })
  const sv = cell.summary.sv
  assert.match(
    sv,
    new RegExp(
      'Regionstyrelsen föreslog den 29 maj 2019 att motionen ska anses besvarad\\. Det är ett förslag, inte ett beslut\\. ' +
        'Vid omröstningen röstade 6 för att bifalla motionen och 9 emot\\.',
    ),
  )
  assert.match(sv, /Regionfullmäktige biföll motionen den 12 mars 2020\./)
  assert.match(sv, /Regionfullmäktige fattade beslutet \(källan anger inget datum; det hade skett senast den 10 november 2021\)\./)
  assert.equal(cellOf(snapshot, 'recent_decisions', '02', '2022-01-01').status, 'unknown')
  assert.equal(cellOf(snapshot, 'recent_decisions', '01', '2019-01-01').status, 'unknown', 'a step after the date is not shown')
})

/** A region A with facts of every kind, for every dimension to answer from. */
const everything = fixture({
  providers: [
    provider('clinic', '01', '2019-01-01', 'operating', { operatedAs: 'contracted', contractEnd: '2023-12-31' }),
    provider('clinic-paused', '01', '2023-01-01', 'paused', { supersedes: 'clinic' }),
    provider('private', '01', '2017-01-01', 'operating', { operatedAs: 'private', strength: 'secondary' }),
  ],
  fees: [fee('general', '01', null, '2019-01-01', 300, { validTo: '2021-12-31' }), fee('own', '01', 'clinic', '2019-01-01', 0, { status: 'free' })],
  referralRules: [
    rule('pc', '01', 'clinic', 'primary_care', '2019-01-01', 'allowed'),
    rule('any', '01', 'clinic', 'any_doctor', '2023-01-01', 'not_allowed'),
    selfReferral('self', '01', 'clinic', '2019-01-01', 'allowed'),
    selfReferral('private-self', '01', 'private', '2017-01-01', 'allowed'),
  ],
  homeCarePolicies: [
    ...(['doctor_home_visit', 'nurse_home_visit', 'occupational_therapist_home_visit', 'counselor_home_visit', 'digital_dental_care'] as const).map((s, i) =>
      policy(
        `p-${s}`,
        '01',
        s,
        '2019-01-01',
        (['offered', 'municipal_responsibility', 'under_trial', 'not_offered', 'offered_after_needs_assessment'] as const)[i]!,
        { basis: i === 1 ? 'proposal' : 'statement' },
      ),
    ),
    policy('p-dental', '01', 'mobile_dental_care', '2019-01-01', 'unknown'),
    policy('p-help', '01', 'home_help', '2019-01-01', 'offered_after_needs_assessment', { municipality: '0101', basis: 'interview_accounts' }),
    policy('p-support', '01', 'housing_support', '2019-01-01', 'not_offered', { municipality: '0102', validTo: '2020-12-31' }),
  ],
  decisions: [decision('d', '01', '2019-05-29', { kind: 'interpellation', stage: 'answered', outcome: 'answered', respondent: 'Anna Andersson' })],
  specialistCare: [
    noClinic('none-b', '02', '2019-01-01', { strength: 'weak' }),
    careStatement('away-c', '03', '2019-01-01', 'elsewhere', { referredTo: '01' }),
  ],
})

test('every dimension, on every region and date, answers in Swedish with no English words and no empty slots, and says something in English', () => {
  const names = [
    'Mottagning clinic-paused',
    'Mottagning clinic',
    'Mottagning private',
    'Region A',
    'Region B',
    'Region C',
    'ME/CFS',
    'HSL',
    'SoL',
    'LSS',
    'RS/1/2020',
    'Anna Andersson',
  ]
  let checked = 0
  for (const id of dimensionIds) {
    for (const region of ['01', '02', '03']) {
      for (const asOf of ['2018-06-01', '2020-06-01', '2022-06-01', '2023-06-01', '2026-12-04']) {
        const cell = cellOf(everything, id, region, asOf)
        for (const text of [cell.summary.sv, cell.short.sv]) assert.deepEqual(swedishProblems(text, names), [], `${id} ${region} ${asOf}: "${text}"`)
        assert.ok(cell.summary.en.length > 0 && cell.short.en.length > 0)
        assert.ok((questionStatuses[dimensions[id].type] as readonly string[]).includes(cell.status), `${id}: ${cell.status} is one of its statuses`)
        checked += 1
      }
    }
  }
  assert.equal(checked, dimensionIds.length * 15)
})

test('the check itself finds English words and empty slots', () => {
  assert.deepEqual(swedishProblems('Remiss från ; krav: .'), ['a space before punctuation', 'punctuation with nothing between'])
  assert.deepEqual(swedishProblems('Avgiften ingår i högkostnadsskyddet (the fee counts).'), ['English word "the"'])
  assert.deepEqual(swedishProblems('Patienten kan själv söka till Bragée ME-Center.', ['Bragée ME-Center']), [])
})
