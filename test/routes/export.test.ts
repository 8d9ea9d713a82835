import assert from 'node:assert/strict'
import { test } from 'node:test'
import supertest from 'supertest'
import { build } from '../helpers/build.js'
import { keys } from '../helpers/keys.js'

type Json = Record<string, any>

test('the export for 2021-06-01 is one 200 with every holding fact, its citations and sources, an ETag and its cursor', async (t) => {
  const app = await build(t)
  const api = supertest(app.server)
  const response = await api.get('/v1/export?asOf=2021-06-01').expect(200)
  assert.match(response.headers['content-type']!, /^application\/json/)
  assert.match(response.headers.etag!, /^"/)
  assert.equal(response.headers['cache-control'], 'public, max-age=60, must-revalidate')
  const body = response.body as Json
  assert.equal(body.asOf, '2021-06-01')
  assert.equal(body.regions.length, 21)
  assert.equal(body.municipalities.length, 290)
  assert.ok(body.conditions.some((c: Json) => c.id === 'me-cfs'))
  // The cursor is the change log's end: what the export reflects.
  let end = '0'
  for (let page = (await api.get('/v1/changes?limit=500')).body; ; page = (await api.get(`/v1/changes?since=${end}&limit=500`)).body) {
    end = page.page.cursor
    if (page.page.next === null) break
  }
  assert.equal(body.cursor, end)
  assert.equal(response.headers['x-change-cursor'], end)
  // Every fact holding that day, as the lists show them, with citations whose sources are in the export.
  const fees = (await api.get('/v1/fees?asOf=2021-06-01&limit=500').expect(200)).body
  assert.deepEqual(body.facts.fees.map((f: Json) => f.id), fees.items.map((f: Json) => f.id))
  const fee = body.facts.fees.find((f: Json) => f.id === 'vgr-smarthjalpen-specialist-visit-fee')
  assert.ok(fee.citations.length > 0, 'citations inline')
  assert.equal(typeof fee.notes, 'object', 'texts in Swedish and English')
  const sources = new Set(body.sources.map((s: Json) => s.id))
  for (const kind of Object.keys(body.facts)) {
    for (const fact of body.facts[kind]) for (const c of fact.citations) assert.ok(sources.has(c.sourceId), `${kind} ${fact.id} cites ${c.sourceId}`)
  }
  // A revalidation is a 304.
  await api.get('/v1/export?asOf=2021-06-01').set('if-none-match', response.headers.etag!).expect(304)

  // NDJSON: a first line with the cursor, then one record a line, the same records.
  const ndjson = await api.get('/v1/export?asOf=2021-06-01&format=ndjson').buffer(true).parse((res, done) => {
    let text = ''
    res.on('data', (chunk: Buffer) => (text += chunk.toString()))
    res.on('end', () => done(null, text))
  }).expect(200)
  assert.match(ndjson.headers['content-type']!, /^application\/x-ndjson/)
  assert.notEqual(ndjson.headers.etag, response.headers.etag)
  const lines = (ndjson.body as string).trimEnd().split('\n').map((line) => JSON.parse(line) as Json)
  assert.deepEqual(lines[0], { type: 'export', asOf: '2021-06-01', cursor: end, version: body.version })
  assert.deepEqual(lines.filter((l) => l.type === 'fees').map((l) => l.data), body.facts.fees)
  assert.equal(lines.filter((l) => l.type === 'referral-rules').length, body.facts.referralRules.length)
  assert.equal(lines.length, 1 + 21 + 290 + body.conditions.length + body.sources.length + Object.values(body.facts).flat().length)
  const byAccept = await api.get('/v1/export?asOf=2021-06-01').set('accept', 'application/x-ndjson').buffer(true).parse((res, done) => {
    let text = ''
    res.on('data', (chunk: Buffer) => (text += chunk.toString()))
    res.on('end', () => done(null, text))
  }).expect(200)
  assert.equal(byAccept.body, ndjson.body)
  await api.get('/v1/export?asOf=2021-06-01').set('accept', 'text/csv').expect(406)
  await api.get('/v1/export?asOf=yesterday').expect(400)
})

test('after a write, the export moves on: a new ETag and the write\'s cursor', async (t) => {
  const app = await build(t)
  const api = supertest(app.server)
  const key = await keys(app)
  const before = await api.get('/v1/export?asOf=2021-06-01').expect(200)
  const read = await api.get('/v1/fees/vgr-smarthjalpen-specialist-visit-fee').expect(200)
  await api.patch('/v1/fees/vgr-smarthjalpen-specialist-visit-fee').set(key.editor).set('if-match', read.headers.etag!)
    .send({ notes: { sv: 'exporterad', en: 'exported' } }).expect(200)
  const after = await api.get('/v1/export?asOf=2021-06-01').expect(200)
  assert.notEqual(after.headers.etag, before.headers.etag)
  assert.ok(BigInt(after.body.cursor) > BigInt(before.body.cursor))
  const change = (await api.get(`/v1/changes?since=${before.body.cursor}`).expect(200)).body.items
  assert.deepEqual(change.map((c: Json) => c.id), [after.body.cursor])
  assert.equal(after.body.facts.fees.find((f: Json) => f.id === 'vgr-smarthjalpen-specialist-visit-fee').notes.en, 'exported')
})
