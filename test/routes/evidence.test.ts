// What a fact-checker found wrong in the first curation, and the time model's
// rules, pinned on the real curated data through the API.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import supertest from 'supertest'
import { factKindIds, factKinds } from '../../src/schemas/fact-kinds.js'
import { build } from '../helpers/build.js'

type Json = Record<string, any>

async function api(t: Parameters<typeof build>[0]) {
  const app = await build(t)
  const agent = supertest(app.server)
  const get = async (url: string): Promise<Json> => (await agent.get(url).expect(200)).body
  const cell = async (region: string, dimension: string, asOf: string, lang = 'en'): Promise<Json> =>
    (await get(`/v1/regions/${region}/profile?asOf=${asOf}&lang=${lang}`)).dimensions.find((d: Json) => d.id === dimension).cells[0]
  return { agent, get, cell }
}

test('Örebro: the memo proposes rejecting a motion; it does not refuse the services the motion asked for', async (t) => {
  const { get, cell } = await api(t)
  const decision = await get('/v1/decisions/orebro-2024-motion-hemsjukvard-me')
  assert.deepEqual([decision.stage, decision.outcome], ['proposed', 'rejected'])
  assert.match(decision.body, /The health and medical care administration/, 'the administration proposes; the board has not decided')
  assert.match((await get('/v1/decisions/orebro-2024-motion-hemsjukvard-me?lang=sv')).body, /^Hälso- och sjukvårdsförvaltningen/)
  assert.match(decision.notes, /not a decision/)
  assert.match(decision.summary, /reject the motion/)
  assert.ok(decision.citations.some((c: Json) => /lämplig fysisk och mental aktivering/.test(c.quote)))
  for (const service of ['doctor_home_visit', 'nurse_home_visit', 'counselor_home_visit']) {
    const policy = (await get(`/v1/home-care-policies?region=18&service=${service}&asOf=2025-01-01`)).items[0]
    assert.deepEqual([policy.status, policy.evidence], ['unknown', 'proposal'], service)
    assert.match(policy.grounds, /proposes rejecting the motion/, service)
    assert.notEqual((await cell('18', service, '2025-01-01')).status, 'not_offered', service)
  }
  const ot = await cell('18', 'occupational_therapist_home_visit', '2025-01-01')
  assert.equal(ot.status, 'municipal_responsibility')
  for (const service of ['digital_dental_care', 'mobile_dental_care']) {
    const dental = (await get(`/v1/home-care-policies?region=18&service=${service}&asOf=2025-01-01`)).items[0]
    assert.equal(dental.status, 'unknown')
    assert.match(dental.notes, /the memo's answer is silent on dental care/)
  }
})

test('Örebro: MDK KMS is a conference of consultants, not a specialist clinic', async (t) => {
  const { get, cell } = await api(t)
  const kms = await get('/v1/providers/orebro-mdk-kms')
  assert.equal(kms.kind, 'multidisciplinary_conference')
  const provider = await cell('18', 'specialist_provider', '2025-01-01')
  assert.notEqual(provider.status, 'offered')
  assert.ok(!provider.decidingFactIds.includes('orebro-mdk-kms'))
})

test('Jämtland: proposals to the council, votes read relative to the motion, the §41/§42 discrepancy', async (t) => {
  const { get, cell } = await api(t)
  const board = await get('/v1/decisions/jamtland-2019-rs-108-vard-i-hemmet')
  assert.deepEqual([board.stage, board.outcome, board.body], ['proposed', 'considered_answered', 'The regional executive board'])
  assert.equal((await get('/v1/decisions/jamtland-2019-rs-108-vard-i-hemmet?lang=sv')).body, 'Regionstyrelsen')
  assert.deepEqual([board.votesForMotion, board.votesAgainstMotion, board.votesAbstained], [6, 9, 0])
  assert.match(board.notes, /council's outcome is not in the source/)
  const healthBoard = await get('/v1/decisions/jamtland-2019-hsn-vard-i-hemmet')
  assert.deepEqual([healthBoard.date, healthBoard.stage], ['2019-04-04', 'proposed'])
  assert.match(healthBoard.referenceNumber, /41/)
  assert.match(healthBoard.notes, /§ 41.*§42/s)
  // The Odensala trial is evidence as of May 2019; doctors' home visits already existed.
  assert.equal((await cell('23', 'doctor_home_visit', '2019-05-28')).status, 'unknown')
  const visits = await cell('23', 'doctor_home_visit', '2019-06-01')
  assert.equal(visits.status, 'offered')
  assert.match(visits.summary, /The region is trying out doctor home visits/)
  const mint = await get('/v1/providers/jamtland-mint')
  assert.match(mint.notes, /only proposed/)
})

test('RME study: undated but written after September 2022; interview accounts, not policy; no legal basis it does not give', async (t) => {
  const { get } = await api(t)
  const source = await get('/v1/sources/rme-stockholm-bistandshandlaggare')
  assert.deepEqual([source.publishedOn, source.notBefore, source.evidenceDate], [null, '2022-09-11', '2022-09-11'])
  assert.match(source.dateNote, /2026 election/)
  assert.match((await get('/v1/sources/rme-stockholm-bistandshandlaggare?lang=sv')).dateNote, /valet 2026/)
  assert.deepEqual([source.secondary, source.strength], [true, 'secondary'])
  assert.equal((await get('/v1/home-care-policies?municipality=0180&asOf=2022-09-10')).items.length, 0, 'nothing holds before the study was written')
  const policies = (await get('/v1/home-care-policies?municipality=0180&asOf=2022-09-11')).items
  assert.ok(policies.length >= 4)
  for (const policy of policies) {
    assert.equal(policy.evidence, 'interview_accounts')
    assert.match(policy.notes, /Pooled from four interviews/)
    assert.equal('lastVerifiedOn' in policy, false)
  }
  assert.equal(policies.find((p: Json) => p.service === 'personal_assistance').legalBasis, null)
  assert.equal(policies.find((p: Json) => p.service === 'residential_care').ageGroup, 'older_people')
})

test('VGR: the page is evidence as of 2021-03-31; the contract\'s start and scope are stated by the clinic\'s own page', async (t) => {
  const { get, cell } = await api(t)
  const contract = await get('/v1/providers/vgr-smarthjalpen-contract-2017')
  assert.deepEqual([contract.validFrom, contract.conditionIds, contract.operatedAs], ['2017-11-01', ['fibromyalgia', 'long-term-pain', 'me-cfs'], 'contracted'])
  assert.equal((await get('/v1/providers/vgr-smarthjalpen')).validFrom, '2021-03-31')
  // As of 2016 nothing later is mentioned: no Smärthjälpen; the fee is the region's general one from SKL's 2015 table.
  for (const dimension of ['specialist_provider', 'specialist_visit_fee', 'self_referral']) {
    const early = await cell('14', dimension, '2016-01-01')
    assert.doesNotMatch(early.summary, /Smärthjälpen/, dimension)
  }
  assert.deepEqual((await cell('14', 'specialist_visit_fee', '2016-01-01')).factIds, ['fees-2015-vastra-gotaland-specialistlakare'])
  // After the contract ended, Smärthjälpen's fee no longer holds; the region-wide fee does.
  const after = await cell('14', 'specialist_visit_fee', '2022-06-01')
  assert.equal(after.status, 'known')
  assert.ok(!after.factIds.includes('vgr-smarthjalpen-specialist-visit-fee'))
  assert.deepEqual(after.factIds, ['fees-2020-vastra-gotaland-specialistlakare'])
})

test('National: the day-180 rule is not attributed to the government; the answer in its own terms', async (t) => {
  const { get } = await api(t)
  const rule = await get('/v1/decisions/sjukforsakring-2021-dag-180-uppskov')
  assert.equal(rule.body, null)
  assert.match(rule.notes, /does not say who made the rules/)
  const answer = await get('/v1/decisions/riksdag-2021-fraga-2914-me-cfs')
  assert.match(answer.summary, /more knowledge and a greater shared view/)
  assert.match(answer.summary, /no influence over the establishment of specialist clinics/)
})

test('every source is dated or bounded; quotes only from held documents, with locators they have; references carry a URL', async (t) => {
  const { get } = await api(t)
  const sources: Json[] = (await get('/v1/sources?limit=500')).items
  for (const source of sources) {
    assert.ok(source.publishedOn || source.updatedOn || (source.notBefore && source.dateNote), source.id)
    if (source.secondary) assert.ok(source.note, `${source.id}: a secondary source says why it is used`)
    assert.equal(source.secondary, source.strength !== 'primary', source.id)
  }
  const held = new Set(sources.filter((s) => s.held).map((s) => s.id))
  for (const kind of factKindIds) {
    for (const fact of (await get(`/v1/${factKinds[kind].path}?limit=500&asOf=2026-11-01`)).items as Json[]) {
      for (const citation of fact.citations) {
        if (citation.kind === 'quote') {
          assert.ok(held.has(citation.sourceId), `${fact.id}: a quote from a held document`)
          assert.ok(!/^s\. [12]\b/.test(citation.locator ?? ''), `${fact.id}: no page the text does not mark`)
        } else {
          assert.match(citation.sourceUrl, /^https?:\/\//, `${fact.id}: a reference carries its URL`)
        }
      }
    }
  }
})

test('cells carry their evidence date, turn stale past the horizon, and speak Swedish with lang=sv', async (t) => {
  const { get, cell } = await api(t)
  // The evidence of the fee that decides the answer: VGR's page of 2021-03-31 (the clinic's own fee), not SKR's 2020 table beside it.
  const fresh = await cell('14', 'specialist_visit_fee', '2021-06-01')
  assert.deepEqual([fresh.status, fresh.evidenceDate, fresh.stale, fresh.value.amountSek], ['known', '2021-03-31', false, 300])
  const swedish = await cell('14', 'specialist_visit_fee', '2021-06-01', 'sv')
  assert.equal(swedish.summary, 'Ett besök hos Smärthjälpen Sverige AB kostar 300 kr. Regionens allmänna avgift för ett besök hos specialistläkare är 300 kr.')
  // The region's fee once the clinic's has ended: stale, and saying when it was last confirmed.
  const old = await cell('14', 'specialist_visit_fee', '2022-06-01')
  assert.deepEqual([old.stale, old.evidenceDate], [true, '2020-01-10'])
  assert.match(old.summary, /Last confirmed in January 2020\./)
  assert.match((await cell('14', 'specialist_visit_fee', '2022-06-01', 'sv')).summary, /Uppgiften bekräftades senast i januari 2020\./)
  // Jämtland's minutes of May 2019: known until 24 months later, then stale and saying when last confirmed.
  const stale = await cell('23', 'doctor_home_visit', '2021-06-01')
  assert.equal(stale.stale, true)
  assert.match(stale.summary, /Last confirmed in May 2019\./)
  const coverage = await get('/v1/coverage?asOf=2021-06-01')
  assert.ok(coverage.totals.stale > 0)
  assert.equal(coverage.totals.known + coverage.totals.stale + coverage.totals.unknown, coverage.totals.cells)
})

test('sync from zero: the change feed replays the whole dataset and every record has a history', async (t) => {
  const { get } = await api(t)
  const changes: Json[] = []
  for (let page = await get('/v1/changes?limit=500'); ; page = await get(`/v1/changes?since=${page.page.cursor}&limit=500`)) {
    changes.push(...page.items)
    if (page.page.next === null) break
  }
  const created = new Set(changes.filter((c) => c.action === 'create').map((c) => `${c.resource}/${c.recordId}`))
  const sources: Json[] = (await get('/v1/sources?limit=500')).items
  for (const source of sources) assert.ok(created.has(`sources/${source.id}`), source.id)
  for (const kind of factKindIds) {
    const path = factKinds[kind].path
    for (const fact of (await get(`/v1/${path}?limit=500&asOf=2026-11-01`)).items as Json[]) assert.ok(created.has(`${path}/${fact.id}`), fact.id)
  }
  const history = await get('/v1/providers/vgr-smarthjalpen/history')
  assert.equal(history.items[0].action, 'create')
  assert.match(history.items[0].actor, /^curated:/)
})
