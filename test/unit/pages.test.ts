// The pure helpers behind the pages, and the pages themselves rendered from a
// fixture: the map's tiles and legend, a region's history, facts in sentences,
// the brief and its plain text, footnotes, links.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { briefView, decidingCitations, knownNotOffering } from '../../src/domain/brief.js'
import { comparisonView, dimensionView, regionProfileView, type ViewQuery } from '../../src/domain/compare.js'
import { factHeadline } from '../../src/domain/describe.js'
import { questionStatuses } from '../../src/domain/dimensions/cell.js'
import { offerDimensionIds } from '../../src/domain/dimensions/index.js'
import { legendOf, shortRegionName, tileGrid, toneOf, tones } from '../../src/domain/map.js'
import { sourceView } from '../../src/domain/source-view.js'
import { regionTimeline } from '../../src/domain/timeline.js'
import { factKindIds } from '../../src/schemas/fact-kinds.js'
import type { Citation } from '../../src/schemas/common.js'
import { amountWords, briefPage, briefText } from '../../src/views/brief.js'
import { answerWords, type PageContext } from '../../src/views/components.js'
import { Footnotes, meaningfulQuote } from '../../src/views/footnotes.js'
import { mapPage } from '../../src/views/map.js'
import { regionPage } from '../../src/views/region.js'
import { apiHref, pageHref } from '../../src/views/urls.js'
import { swedishProblems } from '../helpers/swedish.js'
import { cite, decision, fee, fixture, noClinic, policy, provider, selfReferral } from './fixture.js'

const query = (asOf: string, lang: 'en' | 'sv' = 'sv'): ViewQuery => ({ condition: 'me-cfs', asOf, lang, staleAfterMonths: 24 })
const ctx = (path: string, asOf: string, lang: 'en' | 'sv' = 'sv'): PageContext => ({
  lang,
  condition: 'me-cfs',
  chosenAsOf: asOf,
  asOf,
  path,
  params: {},
  staleAfterMonths: 24,
})

// Region 01 (Region A): a clinic since 2019 that stopped taking referrals in
// October 2022, a conference of consultants, a clinic's fee that ended in 2020
// and the region's general fee from 2021, self-referral, doctor home visits and
// a vote. Region 02: a reader's letter says it has no clinic; it does not offer
// doctor home visits; a fee from a newspaper. Region 03: only a fee.
const snapshot = fixture({
  providers: [
    provider('clinic', '01', '2019-03-01', 'operating'),
    provider('clinic-paused', '01', '2022-10-27', 'paused', { supersedes: 'clinic' }),
    provider('conference', '01', '2020-01-01', 'operating', { kind: 'multidisciplinary_conference' }),
    provider('pain-only', '01', '2019-01-01', 'operating', { conditionIds: ['fibromyalgia'] }),
  ],
  fees: [
    fee('clinic-fee', '01', 'clinic', '2019-03-01', 300, { validTo: '2020-12-31' }),
    fee('a-fee', '01', null, '2021-01-01', 250),
    fee('b-fee', '02', null, '2021-01-01', 200, { strength: 'secondary' }),
    fee('c-fee', '03', null, '2021-01-01', 400),
  ],
  referralRules: [selfReferral('clinic-self', '01', 'clinic', '2019-03-01', 'allowed', { evidence: '2021-01-01' })],
  homeCarePolicies: [
    policy('a-doctor', '01', 'doctor_home_visit', '2020-01-01', 'offered', { evidence: '2021-01-01' }),
    policy('b-doctor', '02', 'doctor_home_visit', '2020-01-01', 'not_offered', { basis: 'proposal' }),
  ],
  decisions: [
    decision('vote', '01', '2020-05-01', {
      kind: 'motion',
      stage: 'decided',
      outcome: 'rejected',
      votesForMotion: 6,
      votesAgainstMotion: 9,
      votesAbstained: 0,
    }),
  ],
  specialistCare: [noClinic('b-none', '02', '2021-05-01', { strength: 'weak' })],
})
const names = snapshot.providers.map((p) => p.name)

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

test('every status of every kind of question has a tone, and the legend counts every tile under its answer, stale ones included', () => {
  for (const statuses of Object.values(questionStatuses)) for (const status of statuses) assert.ok(tones.includes(toneOf(status)), status)
  const some = ['offered', 'paused', 'municipal_responsibility', 'not_offered', 'known'] as const
  assert.deepEqual(some.map(toneOf), ['yes', 'paused', 'municipal', 'no', 'known'])
  const view = dimensionView(snapshot, 'specialist_provider', query('2021-06-01'))
  const legend = legendOf(view.dimension.type, view.cells)
  assert.deepEqual(legend.entries.map((e) => e.status), [...questionStatuses.availability])
  assert.equal(legend.entries.reduce((n, e) => n + e.count, 0), 3, 'the counts add up to the tiles')
  const offered = legend.entries.find((e) => e.status === 'offered')!
  assert.deepEqual([offered.count, offered.stale], [1, 1], 'region 01\'s clinic rests on 2019 evidence: still counted as offered, and as old')
  assert.equal(legend.entries.find((e) => e.status === 'not_offered')!.count, 1)
  assert.equal(legend.entries.find((e) => e.status === 'unknown')!.count, 1)
  assert.deepEqual([legend.total, legend.stale, legend.notPrimary], [3, 1, 1], 'region 02\'s answer rests on a reader\'s letter')
})

test('the map page: the short answer on every tile, "senast bekräftad" for old answers and never "Inaktuellt", a legend that adds up', () => {
  const render = (dimension: 'specialist_provider' | 'specialist_visit_fee') => {
    const view = dimensionView(snapshot, dimension, query('2021-06-01'))
    const tiles = view.cells.map((cell) => ({ code: cell.region.code, name: cell.region.name, shortName: cell.region.name, row: 1, col: 1, cell }))
    return mapPage(ctx('/', '2021-06-01'), { view, tiles, dimensions: [{ id: dimension, label: view.dimension.label }] })
  }
  const fees = render('specialist_visit_fee')
  for (const amount of ['250 kr', '200 kr', '400 kr']) assert.match(fees, new RegExp(`<span class="tile-answer">${amount}</span>`), amount)
  assert.match(fees, /Andra\u00ADhands\u00ADkälla/, 'region 02\'s fee is from a newspaper')
  const clinics = render('specialist_provider')
  assert.match(clinics, /data-region="01" data-status="offered" data-stale="true"/)
  assert.match(clinics, /<span class="tile-answer">Mottagning clinic<\/span>/)
  assert.match(clinics, /senast bekräftad mars 2019/)
  assert.doesNotMatch(clinics + fees, /Inaktuellt/)
  const counts = [...clinics.matchAll(/<span class="count" data-count="(\d+)">/g)].map((m) => Number(m[1]))
  assert.equal(counts.reduce((a, b) => a + b, 0), 3)
})

test('answers in words: the status for an availability question, the short answer for an amount, a list or yes/no, never a bare "Ja"', () => {
  const profile = regionProfileView(snapshot, '01', query('2021-06-01'))
  const words = Object.fromEntries(profile.dimensions.map((row) => [row.id, answerWords(row.cells[0]!)]))
  assert.deepEqual(words.specialist_provider, { badge: 'Erbjuds', detail: 'Mottagning clinic' })
  assert.deepEqual(words.self_referral, { badge: 'Erbjuds', detail: 'Mottagning clinic' }, 'where self-referral leads')
  assert.deepEqual(words.specialist_visit_fee, { badge: '250 kr', detail: null })
  assert.deepEqual(words.high_cost_ceiling, { badge: 'Ingår', detail: null })
  assert.deepEqual(words.recent_decisions, { badge: '1 ärende', detail: null })
  for (const w of Object.values(words)) assert.notEqual(w.badge, 'Ja')
})

test('a region\'s history: facts starting and ending, supersession, decisions as sentences, nothing after the date, only the condition\'s', () => {
  const events = regionTimeline(snapshot, '01', { condition: 'me-cfs', asOf: '2023-01-01' })
  const seen = events.map((e) => `${e.date} ${e.change} ${e.factId}`)
  const expected = ['2019-03-01 from clinic', '2020-05-01 decision vote', '2020-12-31 until clinic-fee', '2022-10-26 until clinic']
  expected.push('2022-10-27 from clinic-paused')
  for (const event of expected) assert.ok(seen.includes(event), event)
  assert.deepEqual([...seen].sort((a, b) => a.slice(0, 10).localeCompare(b.slice(0, 10))), seen, 'oldest first')
  assert.equal(events.find((e) => e.factId === 'clinic' && e.change === 'until')!.supersededBy, 'clinic-paused')
  assert.ok(!seen.some((e) => e.includes('pain-only')), 'a provider for another condition is left out')
  const vote = events.find((e) => e.change === 'decision')!
  assert.equal(
    vote.headline.sv,
    'Motion om vård för ME/CFS (RS/1/2020): Regionfullmäktige avslog motionen den 1 maj 2020. Vid omröstningen röstade 6 för att bifalla motionen och 9 emot.',
  )
  assert.match(vote.headline.en, /The regional council rejected the motion on 1 May 2020\. In the vote, 6 voted to approve the motion and 9 against\./)
  assert.ok(regionTimeline(snapshot, '01', { condition: 'me-cfs', asOf: '2020-01-01' }).every((e) => e.date <= '2020-01-01'), 'nothing after the date')
  const page = regionPage(ctx('/regions/01', '2023-01-01'), { profile: regionProfileView(snapshot, '01', query('2023-01-01')), timeline: events })
  assert.match(page, /<time datetime="2020-05-01">1 maj 2020<\/time>/, 'dates as a Swede writes them')
  assert.match(page, /En nyare uppgift ersätter den\./)
  assert.doesNotMatch(page, /Inaktuellt|beslutade: |Underlag daterat/)
})

test('every kind of fact as Swedish and English sentences, with no template Swedish', () => {
  const line = (kind: (typeof factKindIds)[number], id: string) =>
    factHeadline(snapshot, kind, (snapshot[kind] as { id: string }[]).find((f) => f.id === id) as never)
  assert.equal(line('providers', 'clinic').sv, 'Mottagning clinic (i regionens regi) är i drift.')
  assert.equal(line('providers', 'clinic-paused').sv, 'Mottagning clinic-paused (i regionens regi) tar inte emot nya remisser.')
  assert.equal(line('fees', 'clinic-fee').sv, 'Ett specialistbesök hos Mottagning clinic kostar 300 kr. Avgiften ingår i högkostnadsskyddet.')
  assert.equal(line('fees', 'a-fee').en, 'A specialist visit in the region costs SEK 250. The fee counts toward the high-cost ceiling.')
  const selfReferral = /^Patienten kan själv söka till Mottagning clinic med egenremiss\. Mottagning clinic tar bara emot vuxna/
  assert.match(line('referralRules', 'clinic-self').sv, selfReferral)
  assert.equal(line('homeCarePolicies', 'a-doctor').sv, 'Regionen erbjuder läkarbesök i hemmet enligt HSL.')
  assert.equal(line('homeCarePolicies', 'b-doctor').sv, 'Regionen erbjuder inte läkarbesök i hemmet. Uppgiften kommer från ett förslag, inte ett beslut.')
  assert.equal(line('specialistCare', 'b-none').sv, 'En källa anger att regionen saknar specialistvård för ME/CFS.')
  for (const kind of factKindIds) {
    for (const fact of snapshot[kind]) {
      const { sv, en } = factHeadline(snapshot, kind, fact)
      assert.deepEqual(swedishProblems(sv, names), [], `${kind} ${fact.id}: ${sv}`)
      assert.ok(/^[A-ZÅÄÖ]/.test(sv) && /\.$/.test(sv) && /^[A-Z]/.test(en) && /\.$/.test(en), `${fact.id}: sentences`)
      assert.doesNotMatch(sv, /beslutade: |\) \(|: (i drift|möjlig|bifall|avslag)\b/, `${fact.id}: no field template`)
    }
  }
})

test('the brief: what others offer that a source says the region does not, the fee against the lowest, highest and median, what is unknown', () => {
  const brief = briefView(snapshot, comparisonView(snapshot, ['02', '01', '03'], query('2021-06-01')), '02')
  assert.equal(brief.region.code, '02')
  assert.deepEqual(brief.others.map((r) => r.code), ['01', '03'])
  assert.deepEqual(brief.offers, [])
  assert.deepEqual(brief.services, [])
  assert.equal(brief.offerTopics, offerDimensionIds.length)
  assert.equal(brief.offerUnknown, offerDimensionIds.length - 2, 'specialist care and doctor home visits are known not to be offered')
  assert.deepEqual(brief.notOffered.map((c) => [c.id, c.cell.status, c.others.map((o) => o.region.code)]), [
    ['specialist_provider', 'not_offered', ['01']],
    ['doctor_home_visit', 'not_offered', ['01']],
  ])
  for (const item of brief.notOffered) assert.ok(knownNotOffering.includes(item.cell.status), 'only what a source says is not offered')
  // Region 01's clinic cell cites the clinic; the others' answers cite only the fact that decides them.
  assert.deepEqual(brief.notOffered[0]!.others[0]!.citations.map((c) => c.sourceDate), ['2019-03-01'])
  const [amount] = brief.amounts
  assert.deepEqual([amount!.amount, amount!.lowest!.amount, amount!.highest!.amount, amount!.median, amount!.known], [200, 200, 400, 250, 3])
  assert.deepEqual(amount!.lowest!.regions.map((o) => o.region.code), ['02'])
  assert.deepEqual(amount!.highest!.regions.map((o) => o.region.code), ['03'])
  const unknown = Object.fromEntries(brief.unknown.map((u) => [u.id, u]))
  assert.deepEqual(unknown.self_referral!.offeredBy.map((r) => r.code), ['01'], 'unknown in 02, offered in 01')
  assert.equal(unknown.nurse_home_visit!.knownElsewhere, 0)
  assert.ok(brief.alsoKnown.some((s) => s.id === 'high_cost_ceiling'))

  const own = briefView(snapshot, comparisonView(snapshot, ['01', '02', '03'], query('2021-06-01')), '01')
  assert.deepEqual(own.offers.map((s) => s.id), ['specialist_provider', 'self_referral', 'doctor_home_visit'])
  assert.deepEqual(own.services.map((s) => s.id), ['conference'], 'a conference of consultants, which no dimension counts as a clinic')
  assert.deepEqual(own.notOffered, [])
})

test('the brief as a page and as plain text: no "Inget", no claim over unknown topics, a fee comparison, numbered Swedish sources', () => {
  const brief = briefView(snapshot, comparisonView(snapshot, ['02', '01', '03'], query('2021-06-01')), '02')
  const page = briefPage(ctx('/regions/02/brief', '2021-06-01'), { brief, chosen: [], allRegions: snapshot.regions })
  const text = briefText(ctx('/regions/02/brief', '2021-06-01'), { brief, chosen: [] }, 'https://regionkollen.example/regions/02/brief?asOf=2021-06-01#fn-heading')
  // The page's words without its markup and footnote marks.
  const words = page.replace(/<sup[\s\S]*?<\/sup>/g, '').replace(/<[^>]+>/g, '')
  for (const output of [words, text]) {
    assert.doesNotMatch(output, /\bInget\b|Inaktuellt|enligt källorna/)
    assert.match(output, /Ingen källa hos Regionkollen visar att Region B erbjuder något av de \d+ slag av vård och stöd som jämförs här/)
    assert.match(output, /Lägst: 200 kr i Region B/)
    assert.match(output, /Högst: 400 kr i Region C/)
    assert.match(output, /Medianen för de 3 regioner där avgiften är känd är 250 kr\./)
  }
  assert.match(text, /^Region B: vad regionen erbjuder personer med ME\/CFS\njämfört med övriga 2 regioner\. Uppgifterna gäller 1 juni 2021\.\n/)
  assert.match(text, /- Specialistmottagning: Erbjuds inte\. En källa anger att regionen saknar specialistvård för ME\/CFS\. Svaret bygger bara på en svag/)
  assert.match(text, /\n {2}Erbjuds i Region A \(Mottagning clinic, senast bekräftad mars 2019\)\[\d+\]\./)
  assert.match(text, /\nKÄLLOR\n\[1\] Region A: Sida från 2021-05-01, publicerad 1 maj 2021 \(svag källa\)\. https:\/\/example\.org\/page\n/)
  assert.ok(text.endsWith('\nUnderlaget på webben, med länkar till varje källas citat och sammanfattningar: https://regionkollen.example/regions/02/brief?asOf=2021-06-01#fn-heading\n'))
  assert.doesNotMatch(text, /\u00AD/, 'no soft hyphens in an e-mail')
  assert.ok(text.length <= 12_000)
  // The section of what others offer holds only what a source says the region does not offer.
  const others = page.slice(page.indexOf('id="others-heading"'), page.indexOf('<section', page.indexOf('id="others-heading"')))
  for (const [, status] of others.matchAll(/data-dimension="[^"]+" data-status="([^"]+)"/g)) assert.ok(knownNotOffering.includes(status as never), status)
  const unknowns = page.slice(page.indexOf('id="unknown-heading"'))
  assert.match(unknowns, /data-dimension="self_referral" data-status="unknown"/)
  assert.match(unknowns, /erbjuds i Region A/)
})

test('a source with every fact citing it, its period and whether it holds on the day', () => {
  const cited = fixture({ providers: [{ ...provider('c', '01', '2019-03-01', 'operating', { validTo: '2020-12-31' }), citations: [cite('2021-01-01')] }] })
  const [fact] = sourceView(cited, 'source-2021-01-01', '2021-06-01').facts
  assert.deepEqual([fact!.kind, fact!.path, fact!.end, fact!.holds], ['providers', '/v1/providers/c', '2020-12-31', false])
  assert.equal(fact!.headline.sv, 'Mottagning c (i regionens regi) är i drift.')
  assert.equal(sourceView(cited, 'source-2021-01-01', '2020-06-01').facts[0]!.holds, true)
  assert.throws(() => sourceView(cited, 'no-such-source', '2021-06-01'), /No source has the id/)
})

const shown = (sourceDate: string, rest: Partial<Citation> = {}): Citation => ({ ...cite(sourceDate), reference: 'vad sidan säger', ...rest })

test('footnotes: grouped by source with every passage under it, or by source and meaningful quote for a brief', () => {
  const grouped = new Footnotes()
  const a = shown('2021-01-01')
  const a2 = shown('2021-01-01', { locator: 'andra stycket', reference: 'mer från samma sida' })
  const b = shown('2021-02-01')
  assert.deepEqual(grouped.refs([b, a]), [1, 2])
  assert.deepEqual(grouped.refs([a2, { ...a, id: 'another-id' }]), [2], 'another passage of the same source keeps its number')
  assert.equal(grouped.notes.length, 2)
  assert.deepEqual(grouped.passages[1]!.map((c) => c.locator), ['första stycket', 'andra stycket'], 'each passage once, in the order cited')

  assert.equal(meaningfulQuote('Sammanträdesdatum FöredragningsPM'), false, 'a heading fragment')
  assert.equal(meaningfulQuote('Vård ges enligt hälso- och sjukvårdslagen och efter behov.'), true)
  const held = (quote: string): Citation => ({ ...shown('2024-11-13'), kind: 'quote', sourceId: 'memo', quote, reference: null })
  const brief = new Footnotes('source')
  const sentence = held('Vård ges enligt hälso- och sjukvårdslagen och efter behov.')
  assert.deepEqual(brief.refs([held('Sammanträdesdatum FöredragningsPM'), sentence, held('Hembesök tar minst dubbelt så lång tid som ett besök.')]), [1])
  assert.equal(brief.notes[0]!.quote, sentence.quote, 'a statement gets the first quote of the document that says something')
  assert.deepEqual(brief.refs([held('Hembesök tar minst dubbelt så lång tid som ett besök.')]), [2])
  assert.deepEqual([brief.earlier(0), brief.earlier(1)], [null, 1], 'the second note from the memo points to the first')
})

test('links: pages keep the chosen date and language; API links always name the date; amounts as Swedes write them', () => {
  const state = { lang: 'sv' as const, condition: 'me-cfs', chosenAsOf: undefined }
  assert.equal(pageHref('/regions/14', state), '/regions/14')
  assert.equal(pageHref('/compare', { ...state, lang: 'en', chosenAsOf: '2021-06-01' }, { regions: '14,18' }), '/compare?regions=14,18&asOf=2021-06-01&lang=en')
  assert.equal(
    apiHref('/v1/compare/regions', { ...state, asOf: '2021-06-01' }, { regions: '14,18', format: 'csv', layout: 'wide' }),
    '/v1/compare/regions?regions=14,18&asOf=2021-06-01&lang=sv&format=csv&layout=wide',
  )
  assert.equal(amountWords(1200, 'sv'), '1\u00a0200 kr')
  assert.equal(amountWords(302.5, 'sv'), '302,5 kr')
  assert.equal(amountWords(1200, 'en'), 'SEK 1,200')
  // The deciding citations of an unknown cell are all it cites.
  const unknown = comparisonView(snapshot, ['03'], query('2021-06-01')).dimensions[0]!.cells[0]!
  assert.deepEqual(decidingCitations(snapshot, unknown, 'sv'), unknown.citations)
})
