import assert from 'node:assert/strict'
import { test } from 'node:test'
import supertest from 'supertest'
import { build } from '../helpers/build.js'

test('GET /v1/regions lists the 21 regions in code order', async (t) => {
  const app = await build(t)
  const response = await supertest(app.server).get('/v1/regions').expect(200).expect('content-type', /application\/json/)
  assert.equal(response.body.items.length, 21)
  assert.equal(response.body.page.total, 21)
  assert.equal(response.body.page.next, null)
  const codes = response.body.items.map((r: { code: string }) => r.code)
  assert.deepEqual(codes, [...codes].sort())
  assert.deepEqual(response.body.items.find((r: { code: string }) => r.code === '14'), {
    code: '14',
    name: 'Västra Götalandsregionen',
    county: 'Västra Götalands län',
  })
})

test('GET /v1/regions pages with a next link', async (t) => {
  const app = await build(t)
  const first = await supertest(app.server).get('/v1/regions?limit=10').expect(200)
  assert.equal(first.body.items.length, 10)
  assert.equal(first.body.page.next, '/v1/regions?limit=10&offset=10')
  const last = await supertest(app.server).get('/v1/regions?limit=10&offset=20').expect(200)
  assert.equal(last.body.items.length, 1)
  assert.equal(last.body.page.next, null)
})

test('GET /v1/regions/14 shows Smärthjälpen with its fee, referral rules and citations', async (t) => {
  const app = await build(t)
  const { body } = await supertest(app.server).get('/v1/regions/14').expect(200)
  assert.equal(body.name, 'Västra Götalandsregionen')
  assert.equal(body.municipalityCount, 49)
  const provider = body.providers.find((p: { id: string }) => p.id === 'vgr-smarthjalpen')
  assert.ok(provider, 'Smärthjälpen is listed')
  // The page states the ME scope as of its own date; the contract's start is a record of its own.
  assert.equal(provider.validFrom, '2021-03-31')
  assert.equal(provider.supersedes, 'vgr-smarthjalpen-contract-2017')
  assert.ok(provider.conditionIds.includes('me-cfs'))
  const fee = body.fees.find((f: { providerId: string }) => f.providerId === provider.id)
  assert.equal(fee.amountSek, 300)
  assert.equal(fee.countsTowardHighCostCeiling, true)
  const rules = body.referralRules.filter((r: { providerId: string }) => r.providerId === provider.id)
  const pathways = [...new Set(rules.map((r: { pathway: string }) => r.pathway))].sort()
  assert.deepEqual(pathways, ['primary_care', 'self_referral'])
  for (const fact of [...body.providers, ...body.fees, ...body.referralRules, ...body.homeCarePolicies, ...body.decisions, ...body.specialistCare]) {
    assert.ok(fact.citations.length >= 1, `${fact.id} is cited`)
    for (const citation of fact.citations) {
      assert.ok(citation.kind === 'quote' ? citation.quote.length > 0 : citation.reference.length > 0)
      assert.ok(citation.sourceTitle.length > 0 && citation.sourceIssuer.length > 0 && citation.sourceDate)
    }
  }
})

test('GET /v1/regions/18 shows the rejected-motion home-care policies with their decision', async (t) => {
  const app = await build(t)
  const { body } = await supertest(app.server).get('/v1/regions/18').expect(200)
  const decision = body.decisions.find((d: { referenceNumber: string }) => d.referenceNumber?.includes('24RS3321'))
  assert.ok(decision)
  assert.deepEqual([decision.stage, decision.outcome], ['proposed', 'rejected'])
  const services = body.homeCarePolicies.map((p: { service: string }) => p.service)
  for (const service of ['doctor_home_visit', 'nurse_home_visit', 'occupational_therapist_home_visit', 'counselor_home_visit']) {
    assert.ok(services.includes(service), service)
  }
  const dental = body.homeCarePolicies.filter((p: { service: string }) => p.service.includes('dental'))
  assert.ok(dental.length > 0 && dental.every((p: { status: string }) => p.status === 'unknown'), 'the unanswered dental proposals are unknown, not no')
})

test('a region with only region-wide fees answers with empty lists for the rest, not an error', async (t) => {
  const app = await build(t)
  const { body } = await supertest(app.server).get('/v1/regions/10').expect(200)
  assert.equal(body.name, 'Region Blekinge')
  assert.deepEqual([body.providers, body.referralRules, body.homeCarePolicies, body.decisions, body.specialistCare], [[], [], [], [], []])
  // Its only facts are its general specialist-visit fees: SKL/SKR's compilations and the region's own page.
  assert.ok(body.fees.length > 0)
  for (const fee of body.fees) assert.deepEqual([fee.providerId, fee.visitType], [null, 'specialist_visit'], fee.id)
})

test('an unknown region code is a 404 problem', async (t) => {
  const app = await build(t)
  const response = await supertest(app.server).get('/v1/regions/99').expect(404).expect('content-type', /application\/problem\+json/)
  assert.equal(response.body.status, 404)
  assert.equal(response.body.title, 'Not Found')
  assert.equal(response.body.parameter, 'code')
  assert.match(response.body.detail, /"99"/)
  assert.ok(response.body.requestId)
})

test('a malformed region code or unknown parameter is a 400 problem', async (t) => {
  const app = await build(t)
  const malformed = await supertest(app.server).get('/v1/regions/abc').expect(400).expect('content-type', /application\/problem\+json/)
  assert.equal(malformed.body.parameter, 'code')
  const unknown = await supertest(app.server).get('/v1/regions?colour=blue').expect(400)
  assert.equal(unknown.body.parameter, 'colour')
  const tooLarge = await supertest(app.server).get('/v1/regions?limit=100000').expect(400)
  assert.equal(tooLarge.body.parameter, 'limit')
})

test('an unknown route is a 404 problem', async (t) => {
  const app = await build(t)
  const response = await supertest(app.server).get('/v1/nothing-here').expect(404).expect('content-type', /application\/problem\+json/)
  assert.equal(response.body.status, 404)
})
