// The pure helpers behind the pages: the map's tiles, a region's timeline, the brief, a source's facts, footnotes.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { briefView, offerDimensions } from '../../src/domain/brief.js'
import { comparisonView, type ViewQuery } from '../../src/domain/compare.js'
import { factHeadline, votesOf } from '../../src/domain/describe.js'
import { dimensions } from '../../src/domain/dimensions.js'
import { shortRegionName, tileAnswer, tileGrid, tileStatus } from '../../src/domain/map.js'
import type { Versioned } from '../../src/domain/snapshot.js'
import { sourceView } from '../../src/domain/source-view.js'
import { regionTimeline } from '../../src/domain/timeline.js'
import type { FactOf } from '../../src/schemas/fact-kinds.js'
import { Footnotes } from '../../src/views/footnotes.js'
import { apiHref, pageHref } from '../../src/views/urls.js'
import { cite, fee, fixture, noClinic, policy, provider, selfReferral } from './fixture.js'

const query = (asOf: string, lang: 'en' | 'sv' = 'en'): ViewQuery => ({ condition: 'me-cfs', asOf, lang, staleAfterMonths: 24 })

const decision = (id: string, region: string, date: string, votes: [number | null, number | null, number | null]): Versioned<FactOf<'decisions'>> => ({
  id,
  validFrom: date,
  validTo: null,
  supersedes: null,
  notes: null,
  citations: [cite(date, 'the minutes')],
  evidenceDate: date,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  version: 1,
  jurisdictionLevel: 'region',
  regionCode: region,
  kind: 'motion',
  stage: 'decided',
  outcome: 'rejected',
  title: 'Motion om hembesök',
  body: 'Regionfullmäktige',
  date,
  filedOn: null,
  referenceNumber: 'RS/1/2020',
  proposer: null,
  proposerParty: null,
  respondent: null,
  proposals: [],
  summary: 'Rejected.',
  conditionIds: [],
  votesForMotion: votes[0],
  votesAgainstMotion: votes[1],
  votesAbstained: votes[2],
})

// Region 01: a clinic that opened in 2019 and stopped taking referrals in 2022, its fee, self-referral, doctor home visits and a vote.
// Region 02: a source says there is no clinic. Region 03: nothing known.
const snapshot = fixture({
  providers: [
    provider('clinic', '01', '2019-03-01', 'operating'),
    provider('clinic-paused', '01', '2022-10-27', 'paused', { supersedes: 'clinic' }),
    { ...provider('pain-only', '01', '2019-01-01', 'operating'), conditionIds: ['fibromyalgia'] },
  ],
  fees: [fee('clinic-fee', '01', 'clinic', '2019-03-01', 300, { validTo: '2020-12-31' })],
  referralRules: [selfReferral('clinic-self', '01', 'clinic', '2019-03-01', 'allowed')],
  homeCarePolicies: [
    policy('a-doctor', '01', 'doctor_home_visit', '2020-01-01', 'offered'),
    policy('b-doctor', '02', 'doctor_home_visit', '2020-01-01', 'not_offered'),
  ],
  decisions: [decision('vote', '01', '2020-05-01', [6, 9, 0])],
  specialistCare: [noClinic('b-none', '02', '2021-05-01')],
})

test('the tile map: 21 regions, each on its own square, and names that fit', () => {
  const places = Object.values(tileGrid).map(({ row, col }) => `${row},${col}`)
  assert.equal(places.length, 21)
  assert.equal(new Set(places).size, 21, 'no two regions share a tile')
  for (const { row, col } of Object.values(tileGrid)) assert.ok(row >= 1 && row <= 9 && col >= 1 && col <= 4)
  assert.equal(shortRegionName('Region Stockholm'), 'Stockholm')
  assert.equal(shortRegionName('Region Jönköpings län'), 'Jönköping')
  assert.equal(shortRegionName('Västra Götalandsregionen'), 'Västra Götaland')
  assert.equal(shortRegionName('Region Västernorrland').replaceAll('\u00AD', ''), 'Västernorrland')
})

test('a tile is stale before anything else, then unknown, yes, no, or partly', () => {
  const cell = (region: string, dimension: keyof typeof dimensions, asOf: string) =>
    dimensions[dimension].cell({ snapshot, regionCode: region, query: query(asOf) })
  assert.equal(tileStatus(snapshot, '01', cell('01', 'specialist_provider', '2021-01-01')), 'yes')
  assert.equal(tileStatus(snapshot, '02', cell('02', 'specialist_provider', '2021-06-01')), 'no')
  assert.equal(tileStatus(snapshot, '03', cell('03', 'specialist_provider', '2021-06-01')), 'unknown')
  const old = cell('01', 'specialist_provider', '2022-01-01')
  assert.equal(old.stale, true)
  assert.deepEqual([tileStatus(snapshot, '01', old), tileAnswer(snapshot, '01', old)], ['stale', 'yes'], 'a stale tile still says what the answer was')
  assert.equal(tileAnswer(snapshot, '01', { status: 'conditional', factIds: [] }), 'partly')
  assert.equal(tileAnswer(snapshot, '01', { status: 'municipal_responsibility', factIds: [] }), 'partly')
  // Region 01 has one municipality: a municipal policy for it covers them all.
  const municipal = { ...policy('m', '01', 'home_help', '2020-01-01', 'offered'), jurisdictionLevel: 'municipality' as const, municipalityCode: '0101' }
  const withMunicipal = fixture({ homeCarePolicies: [municipal] })
  assert.equal(tileAnswer(withMunicipal, '01', { status: 'yes', factIds: ['m'] }), 'yes')
  const twoMunicipalities = { ...withMunicipal, municipalities: [...withMunicipal.municipalities, { code: '0102', name: 'B-by', regionCode: '01' }] }
  assert.equal(tileAnswer(twoMunicipalities, '01', { status: 'yes', factIds: ['m'] }), 'partly', 'one of two municipalities known')
})

test('a region\'s timeline: facts starting and ending, supersession, decisions with votes, nothing after the date, only the condition\'s', () => {
  const events = regionTimeline(snapshot, '01', { condition: 'me-cfs', asOf: '2023-01-01' })
  const seen = events.map((e) => `${e.date} ${e.change} ${e.factId}`)
  assert.deepEqual(seen, [
    '2019-03-01 from clinic',
    '2019-03-01 from clinic-fee',
    '2019-03-01 from clinic-self',
    '2020-01-01 from a-doctor',
    '2020-05-01 decision vote',
    '2020-12-31 until clinic-fee',
    '2022-10-26 until clinic',
    '2022-10-27 from clinic-paused',
  ])
  assert.equal(events.find((e) => e.factId === 'clinic' && e.change === 'until')!.supersededBy, 'clinic-paused')
  assert.ok(!seen.some((e) => e.includes('pain-only')), 'a provider for another condition is left out')
  const vote = events.find((e) => e.change === 'decision')!
  assert.match(vote.headline.en, /Regionfullmäktige: decided: rejecting \(RS\/1\/2020\); 6 voted for the motion, 9 against, 0 abstained/)
  assert.match(vote.headline.sv, /6 röstade för motionen, 9 emot, 0 avstod/)
  assert.equal(vote.citations.length, 1)
  const early = regionTimeline(snapshot, '01', { condition: 'me-cfs', asOf: '2020-01-01' })
  assert.deepEqual(early.map((e) => e.factId), ['clinic', 'clinic-fee', 'clinic-self', 'a-doctor'], 'events after the date are not shown')
})

test('one line per fact, in both languages', () => {
  assert.equal(factHeadline(snapshot, 'providers', snapshot.providers[0]!).sv, 'Clinic clinic: i drift (i regionens regi)')
  assert.equal(factHeadline(snapshot, 'fees', snapshot.fees[0]!).en, 'Fee per specialist visit at Clinic clinic: 300 SEK, counts toward the high-cost ceiling')
  assert.equal(factHeadline(snapshot, 'referralRules', snapshot.referralRules[0]!).sv, 'Egenremiss hos Clinic clinic: möjlig, färdigutredd först')
  assert.equal(factHeadline(snapshot, 'homeCarePolicies', snapshot.homeCarePolicies[0]!).en, 'Doctor home visits: offered')
  assert.match(factHeadline(snapshot, 'specialistCare', snapshot.specialistCare[0]!).en, /no specialist care/)
  assert.equal(votesOf({ votesForMotion: null, votesAgainstMotion: null, votesAbstained: null }), null)
  assert.equal(votesOf({ votesForMotion: 3, votesAgainstMotion: null, votesAbstained: null })!.en, '3 voted for the motion, ? against')
})

test('the brief: what the region offers, what others offer that it does not, what else is known, what is unknown', () => {
  const comparison = comparisonView(snapshot, ['02', '01', '03'], query('2021-01-01'))
  const brief = briefView(comparison, '02')
  assert.equal(brief.region.code, '02')
  assert.deepEqual(brief.others.map((r) => r.code), ['01', '03'])
  assert.deepEqual(brief.offers.map((s) => s.id), [])
  const contrast = (id: string) => brief.othersOffer.find((c) => c.id === id)
  // Region 02 says no to doctor home visits, region 01 offers them; 02 has no clinic, 01 has one.
  assert.deepEqual(contrast('doctor_home_visit')!.others.map((o) => o.region.code), ['01'])
  assert.equal(contrast('doctor_home_visit')!.cell.status, 'no')
  assert.deepEqual(contrast('self_referral')!.others.map((o) => o.region.code), ['01'], 'unknown in 02, offered in 01')
  assert.ok(!brief.othersOffer.some((c) => !offerDimensions.includes(c.id)), 'a fee charged elsewhere is not an offer')
  assert.ok(brief.alsoKnown.some((s) => s.id === 'doctor_home_visit' && s.cell.status === 'no'))
  const unknown = (id: string) => brief.unknown.find((s) => s.id === id)!
  assert.equal(unknown('self_referral').knownElsewhere, 1, 'self-referral is known in 01 only')
  assert.equal(unknown('specialist_visit_fee').knownElsewhere, 0, '01\'s fee ended in 2020')
  const own = briefView(comparison, '01')
  assert.deepEqual(own.offers.map((s) => s.id), ['specialist_provider', 'self_referral', 'doctor_home_visit'])
  assert.deepEqual(own.othersOffer, [])
})

test('a source with every fact citing it, its period and whether it holds on the day', () => {
  const view = sourceView(snapshot, 'source-2021-01-01', '2021-06-01')
  assert.equal(view.source.id, 'source-2021-01-01')
  assert.deepEqual(view.facts, [], 'nothing in the fixture cites it')
  const cited = fixture({ providers: [{ ...provider('c', '01', '2019-03-01', 'operating', { validTo: '2020-12-31' }), citations: [cite('2021-01-01')] }] })
  const [fact] = sourceView(cited, 'source-2021-01-01', '2021-06-01').facts
  assert.deepEqual([fact!.kind, fact!.path, fact!.end, fact!.holds], ['providers', '/v1/providers/c', '2020-12-31', false])
  assert.equal(sourceView(cited, 'source-2021-01-01', '2020-06-01').facts[0]!.holds, true)
  assert.throws(() => sourceView(cited, 'no-such-source', '2021-06-01'), /No source has the id/)
})

test('footnotes: one number per source passage, in the order first cited', () => {
  const footnotes = new Footnotes()
  const a = cite('2021-01-01', 'a')
  const b = cite('2021-02-01', 'b')
  assert.deepEqual(footnotes.refs([b, a]), [1, 2])
  assert.deepEqual(footnotes.refs([{ ...a, id: 'another-id' }, b]), [1, 2], 'the same passage cited by another fact keeps its number')
  assert.deepEqual(footnotes.refs([cite('2021-03-01', 'c')]), [3])
  assert.equal(footnotes.notes.length, 3)
})

test('links: pages keep the chosen date and language; API links always name the date', () => {
  const state = { lang: 'sv' as const, condition: 'me-cfs', chosenAsOf: undefined }
  assert.equal(pageHref('/regions/14', state), '/regions/14')
  assert.equal(pageHref('/compare', { ...state, lang: 'en', chosenAsOf: '2021-06-01' }, { regions: '14,18' }), '/compare?regions=14,18&asOf=2021-06-01&lang=en')
  assert.equal(
    apiHref('/v1/compare/regions', { ...state, asOf: '2021-06-01' }, { regions: '14,18', format: 'csv', layout: 'wide' }),
    '/v1/compare/regions?regions=14,18&asOf=2021-06-01&lang=sv&format=csv&layout=wide',
  )
})
