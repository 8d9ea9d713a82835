import assert from 'node:assert/strict'
import { test } from 'node:test'
import supertest from 'supertest'
import { build } from '../helpers/build.js'

test('GET /v1/municipalities lists all 290, and a region\'s own with ?region=', async (t) => {
  const app = await build(t)
  const all = await supertest(app.server).get('/v1/municipalities?limit=500').expect(200)
  assert.equal(all.body.items.length, 290)
  const stockholm = await supertest(app.server).get('/v1/municipalities?region=01').expect(200)
  assert.equal(stockholm.body.page.total, 26)
  assert.ok(stockholm.body.items.every((m: { code: string; regionCode: string }) => m.regionCode === '01' && m.code.startsWith('01')))
  assert.ok(stockholm.body.items.some((m: { code: string; name: string }) => m.code === '0180' && m.name === 'Stockholm'))
})

test('GET /v1/municipalities?region= with an unknown region is 404, a malformed one 400', async (t) => {
  const app = await build(t)
  const unknown = await supertest(app.server).get('/v1/municipalities?region=99').expect(404)
  assert.equal(unknown.body.parameter, 'region')
  const malformed = await supertest(app.server).get('/v1/municipalities?region=Stockholm').expect(400)
  assert.equal(malformed.body.parameter, 'region')
})

test('GET /v1/sources lists the five documents the project holds and the web pages it cites', async (t) => {
  const app = await build(t)
  const { body } = await supertest(app.server).get('/v1/sources?limit=500').expect(200)
  const held = body.items.filter((s: { held: boolean }) => s.held)
  const pages = body.items.filter((s: { held: boolean }) => !s.held)
  assert.equal(held.length, 5)
  assert.ok(pages.length >= 20 && pages.every((s: { url: string; evidenceDate: string }) => /^https?:\/\//.test(s.url) && s.evidenceDate))
  const fileNames = held.map((s: { fileName: string }) => s.fileName).sort()
  assert.deepEqual(fileNames, [
    '000_634915d5e7146116.txt',
    '001_a9eeb661572da1bc.txt',
    '002_faf9de2c725a4314.txt',
    '003_cf143178b93f1592.txt',
    '004_df504826d0178cbb.txt',
  ])
})

test('GET /v1/sources/{id} shows every fact citing the source', async (t) => {
  const app = await build(t)
  const list = await supertest(app.server).get('/v1/sources').expect(200)
  const vgr = list.body.items.find((s: { fileName: string }) => s.fileName === '004_df504826d0178cbb.txt')
  const { body } = await supertest(app.server).get(`/v1/sources/${vgr.id}`).expect(200)
  assert.equal(body.regionCode, '14')
  assert.ok(body.facts.providers.length >= 1)
  assert.ok(body.facts.fees.length >= 1)
  assert.ok(body.facts.referralRules.length >= 2)
  for (const fact of Object.values(body.facts).flat() as { citations: { sourceId: string }[] }[]) {
    assert.ok(fact.citations.some((c) => c.sourceId === vgr.id))
  }
  const missing = await supertest(app.server).get('/v1/sources/no-such-source').expect(404).expect('content-type', /problem\+json/)
  assert.equal(missing.body.parameter, 'id')
})

test('health: live always, ready when the database answers', async (t) => {
  const app = await build(t)
  await supertest(app.server).get('/health/live').expect(200, { status: 'ok' })
  const ready = await supertest(app.server).get('/health/ready').expect(200)
  assert.equal(ready.body.status, 'ok')
  assert.equal(ready.body.snapshotVersion, app.snapshot.current().version)
})
