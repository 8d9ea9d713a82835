import assert from 'node:assert/strict'
import { test } from 'node:test'
import supertest from 'supertest'
import { build } from '../helpers/build.js'

type Item = Record<string, any>
const items = (body: { items: Item[] }) => body.items

test('facts ended before asOf are left out; asOf boundaries are inclusive', async (t) => {
  const app = await build(t)
  const api = supertest(app.server)
  const ids = async (url: string) => items((await api.get(url).expect(200)).body).map((p) => p.id)
  // The contract began 2017-11-01; its ME scope is stated as of 2021-03-31 and it ran through 2021-12-31.
  assert.ok(!(await ids('/v1/providers?asOf=2017-10-31')).some((id) => id.startsWith('vgr-smarthjalpen')))
  assert.deepEqual((await ids('/v1/providers?asOf=2017-11-01&region=14')).filter((id) => id.startsWith('vgr-smarthjalpen')), ['vgr-smarthjalpen-contract-2017'])
  assert.deepEqual((await ids('/v1/providers?asOf=2021-03-31&region=14')).filter((id) => id.startsWith('vgr-smarthjalpen')), ['vgr-smarthjalpen'], 'superseded')
  assert.ok((await ids('/v1/providers?asOf=2021-12-31')).includes('vgr-smarthjalpen'))
  assert.ok(!(await ids('/v1/providers?asOf=2022-01-01')).includes('vgr-smarthjalpen'))
  assert.ok(!(await ids('/v1/providers')).includes('vgr-smarthjalpen'), 'not today by default')
  // Its page was verified on 2021-03-31: the fee is not claimed for earlier dates (the region-wide fee is another fact).
  const smarthjalpenFees = async (asOf: string) =>
    items((await api.get(`/v1/fees?region=14&asOf=${asOf}`).expect(200)).body).filter((f) => f.providerId === 'vgr-smarthjalpen')
  assert.equal((await smarthjalpenFees('2021-03-30')).length, 0)
  assert.equal((await smarthjalpenFees('2021-03-31')).length, 1)
})

test('GET /v1/providers/{id} returns a fact whatever its period, 404 for an unknown id', async (t) => {
  const app = await build(t)
  const api = supertest(app.server)
  const [provider] = items((await api.get('/v1/providers?region=14&asOf=2021-06-01').expect(200)).body)
  const { body } = await api.get(`/v1/providers/${provider!.id}`).expect(200)
  assert.deepEqual(body, provider)
  const missing = await api.get('/v1/providers/no-such-provider').expect(404).expect('content-type', /problem\+json/)
  assert.equal(missing.body.parameter, 'id')
})

test('filters: region, condition, q, status, municipality', async (t) => {
  const app = await build(t)
  const api = supertest(app.server)
  const asOf = 'asOf=2021-06-01'
  const inVgr = items((await api.get(`/v1/providers?region=14&${asOf}`).expect(200)).body)
  assert.ok(inVgr.length >= 1 && inVgr.every((p) => p.regionCode === '14'))
  const me = items((await api.get(`/v1/providers?condition=me-cfs&${asOf}`).expect(200)).body)
  assert.ok(me.every((p) => p.conditionIds.includes('me-cfs')))
  const search = items((await api.get(`/v1/providers?q=SMÄRT&${asOf}`).expect(200)).body)
  assert.deepEqual(search.map((p) => p.name), ['Smärthjälpen Sverige AB'])
  assert.equal(items((await api.get(`/v1/providers?q=zzz&${asOf}`).expect(200)).body).length, 0)
  const operating = items((await api.get(`/v1/providers?status=operating&${asOf}`).expect(200)).body)
  assert.ok(operating.every((p) => p.status === 'operating'))
  const inGoteborg = items((await api.get(`/v1/providers?municipality=1480&${asOf}`).expect(200)).body)
  assert.ok(inGoteborg.length >= 1 && inGoteborg.every((p) => p.municipalityCode === '1480'))
})

test('referral rules: selfReferral=true and =false split the rules', async (t) => {
  const app = await build(t)
  const api = supertest(app.server)
  const self = items((await api.get('/v1/referral-rules?selfReferral=true&asOf=2021-06-01').expect(200)).body)
  const others = items((await api.get('/v1/referral-rules?selfReferral=false&asOf=2021-06-01').expect(200)).body)
  assert.ok(self.length >= 1 && self.every((r) => r.pathway === 'self_referral'))
  assert.ok(others.length >= 1 && others.every((r) => r.pathway !== 'self_referral'))
  const rule = self.find((r) => r.id === 'vgr-smarthjalpen-self-referral')!
  assert.equal(rule.requiresFullyInvestigated, true)
  assert.equal(rule.maxTreatmentOccasions, 20)
})

test('home-care policies: by region, municipality, service, status and legal basis', async (t) => {
  const app = await build(t)
  const api = supertest(app.server)
  const orebroDoctor = items((await api.get('/v1/home-care-policies?region=18&service=doctor_home_visit').expect(200)).body)
  assert.equal(orebroDoctor.length, 1)
  assert.equal(orebroDoctor[0]!.legalBasis, 'hsl')
  assert.ok(orebroDoctor[0]!.decisionId)
  const hsl = items((await api.get('/v1/home-care-policies?legalBasis=hsl').expect(200)).body)
  assert.ok(hsl.length >= 2 && hsl.every((p) => p.legalBasis === 'hsl'))
  const tyreso = items((await api.get('/v1/home-care-policies?municipality=0138').expect(200)).body)
  assert.ok(tyreso.length >= 3 && tyreso.every((p) => p.municipalityCode === '0138'))
  const unknown = items((await api.get('/v1/home-care-policies?status=unknown&region=18').expect(200)).body)
  assert.ok(unknown.length >= 1 && unknown.every((p) => p.status === 'unknown'))
})

test('decisions: the Jämtland vote and the national answer', async (t) => {
  const app = await build(t)
  const api = supertest(app.server)
  const jamtland = items((await api.get('/v1/decisions?region=23&asOf=2019-06-01&lang=sv').expect(200)).body)
  const board = jamtland.find((d) => d.body === 'Regionstyrelsen')!
  assert.deepEqual([board.stage, board.outcome], ['proposed', 'considered_answered'])
  // Read relative to the motion: 6 for approving it, 9 for the director's proposal.
  assert.deepEqual([board.votesForMotion, board.votesAgainstMotion, board.votesAbstained], [6, 9, 0])
  const answered = items((await api.get('/v1/decisions?outcome=answered').expect(200)).body)
  assert.ok(answered.some((d) => d.jurisdictionLevel === 'nation' && d.referenceNumber?.includes('2914')))
  const search = items((await api.get('/v1/decisions?q=24RS3321').expect(200)).body)
  assert.equal(search.length, 1)
})

test('bad filters are 400s, unknown region or condition 404s, naming the parameter', async (t) => {
  const app = await build(t)
  const api = supertest(app.server)
  const cases: [string, number, string][] = [
    ['/v1/providers?status=maybe', 400, 'status'],
    ['/v1/providers?asOf=2021-02-30', 400, 'asOf'],
    ['/v1/providers?asOf=yesterday', 400, 'asOf'],
    ['/v1/providers?limit=501', 400, 'limit'],
    ['/v1/providers?limit=0', 400, 'limit'],
    ['/v1/providers?offset=-1', 400, 'offset'],
    ['/v1/providers?region=1', 400, 'region'],
    ['/v1/providers?region=99', 404, 'region'],
    ['/v1/providers?condition=flu', 404, 'condition'],
    ['/v1/fees?q=x', 400, 'q'],
    ['/v1/referral-rules?selfReferral=yes', 400, 'selfReferral'],
    ['/v1/home-care-policies?service=massage', 400, 'service'],
    ['/v1/decisions?sort=name', 400, 'sort'],
  ]
  for (const [url, status, parameter] of cases) {
    const response = await api.get(url)
    assert.equal(response.status, status, url)
    assert.match(response.headers['content-type']!, /application\/problem\+json/, url)
    assert.equal(response.body.parameter, parameter, url)
  }
})

test('pagination is stable and links the next page', async (t) => {
  const app = await build(t)
  const api = supertest(app.server)
  const all = items((await api.get('/v1/home-care-policies?limit=500').expect(200)).body)
  const ids = all.map((p) => p.id)
  assert.deepEqual(ids, [...ids].sort())
  const collected: string[] = []
  let next: string | null = '/v1/home-care-policies?limit=3'
  while (next) {
    const page: { body: { items: Item[]; page: { next: string | null; total: number } } } = await api.get(next).expect(200)
    assert.equal(page.body.page.total, all.length)
    collected.push(...page.body.items.map((p) => p.id))
    next = page.body.page.next
  }
  assert.deepEqual(collected, ids)
})

test('conditions and municipalities by id', async (t) => {
  const app = await build(t)
  const api = supertest(app.server)
  const conditions = items((await api.get('/v1/conditions').expect(200)).body).map((c) => c.id)
  assert.ok(conditions.includes('me-cfs'))
  assert.equal((await api.get('/v1/conditions/me-cfs').expect(200)).body.id, 'me-cfs')
  await api.get('/v1/conditions/flu').expect(404)
  assert.equal((await api.get('/v1/municipalities/0180').expect(200)).body.name, 'Stockholm')
  await api.get('/v1/municipalities/0000').expect(404)
  assert.deepEqual(items((await api.get('/v1/municipalities?q=tyresö').expect(200)).body).map((m) => m.code), ['0138'])
})

test('every fact resource: list, get by id (same record, with a version ETag), 404 for an unknown id', async (t) => {
  const app = await build(t)
  const api = supertest(app.server)
  for (const resource of ['providers', 'fees', 'referral-rules', 'home-care-policies', 'decisions', 'sources', 'conditions', 'municipalities', 'regions']) {
    const list = await api.get(`/v1/${resource}?limit=500${['fees', 'referral-rules', 'providers'].includes(resource) ? '&asOf=2021-06-01' : ''}`).expect(200)
    assert.ok(list.body.items.length > 0, `${resource} lists something`)
    const first = list.body.items[0]
    const key = first.id ?? first.code
    const one = await api.get(`/v1/${resource}/${key}`).expect(200)
    assert.deepEqual(Object.fromEntries(Object.keys(first).map((k) => [k, one.body[k]])), first, `${resource}/${key} is the listed record`)
    assert.match(one.headers.etag!, /^"[^"]+"$/)
    const missing = await api.get(`/v1/${resource}/${resource === 'regions' ? '98' : resource === 'municipalities' ? '9999' : 'no-such-id'}`).expect(404)
    assert.match(missing.headers['content-type']!, /problem\+json/)
  }
})
