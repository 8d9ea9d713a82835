import assert from 'node:assert/strict'
import { test } from 'node:test'
import supertest from 'supertest'
import { today } from '../../src/domain/as-of.js'
import { build } from '../helpers/build.js'
import { keys } from '../helpers/keys.js'

type Json = Record<string, any>
const feeCell = async (api: ReturnType<typeof supertest>, asOf: string): Promise<Json> =>
  (await api.get(`/v1/regions/18/profile?asOf=${asOf}`).expect(200)).body.dimensions.find((d: Json) => d.id === 'specialist_visit_fee').cells[0]

test('an editor\'s confirmation turns a stale answer fresh from the day it was checked on, never before, and is in the change feed', async (t) => {
  const app = await build(t)
  const api = supertest(app.server)
  const key = await keys(app)
  const day = today()
  const before = await feeCell(api, day)
  assert.equal(before.stale, true, 'Örebro\'s fee rests on evidence older than 24 months')
  const earlier = await feeCell(api, '2025-01-01')
  const fact = before.factIds[0]
  const factRecord = (await api.get(`/v1/fees/${fact}`).expect(200))
  const source = factRecord.body.citations[0].sourceId
  const lastChange = (await app.prisma.change.findFirstOrThrow({ orderBy: { id: 'desc' } })).id

  const body = {
    factKind: 'fees',
    factId: fact,
    sourceId: source,
    checkedOn: day,
    locator: factRecord.body.citations[0].locator,
    note: { sv: 'Sidan anger fortfarande samma avgift.', en: 'The page still gives the same fee.' },
  }
  const created = await api.post('/v1/confirmations').set(key.editor).send(body).expect(201)
  assert.match(String(created.headers.location), /^\/v1\/confirmations\/[0-9a-f-]{36}$/)
  assert.deepEqual([created.body.factKind, created.body.factId, created.body.checkedOn, created.body.confirmedBy], ['fees', fact, day, 'Test editor'])
  assert.deepEqual(created.body.note, body.note, 'the write answers the stored record, in both languages')

  const after = await feeCell(api, day)
  assert.deepEqual([after.stale, after.evidenceDate, after.value.amountSek], [false, day, before.value.amountSek])
  assert.doesNotMatch(after.summary, /Last confirmed/)
  assert.deepEqual(await feeCell(api, '2025-01-01'), earlier, 'a confirmation is never evidence for the days before it')
  // The fact is unchanged but for its confirmations and version; its ETag moves on.
  const fee = (await api.get(`/v1/fees/${fact}?lang=sv`).expect(200))
  assert.equal(fee.body.amountSek, factRecord.body.amountSek)
  assert.equal(fee.body.confirmations.at(-1).note, 'Sidan anger fortfarande samma avgift.')
  assert.notEqual(fee.headers.etag, factRecord.headers.etag)

  // The same check again records nothing new.
  const again = await api.post('/v1/confirmations').set(key.editor).send(body).expect(200)
  assert.equal(again.body.id, created.body.id)
  // In the public change feed under the key's display name, and in the fact's history.
  const items: Json[] = (await api.get(`/v1/changes?since=${lastChange}`).expect(200)).body.items
  const logged = items.filter((c) => c.resource === 'confirmations' && c.recordId === created.body.id)
  assert.equal(logged.length, 1)
  assert.deepEqual([logged[0]!.action, logged[0]!.actor], ['create', 'Test editor'])
  const history: Json[] = (await api.get(`/v1/fees/${fact}/history`).expect(200)).body.items
  assert.ok(history.some((c) => c.resource === 'confirmations' && c.recordId === created.body.id))
  // Readable on its own and in the list, in the language asked for.
  assert.equal((await api.get(`/v1/confirmations/${created.body.id}?lang=en`).expect(200)).body.note, 'The page still gives the same fee.')
  const list: Json[] = (await api.get(`/v1/confirmations?factKind=fees&factId=${fact}`).expect(200)).body.items
  assert.equal(list[0]!.id, created.body.id)
})

test('confirmations: authenticated, checked against the fact, the source and time, never half-written', async (t) => {
  const app = await build(t)
  const api = supertest(app.server)
  const key = await keys(app)
  const fact = (await api.get('/v1/fees/vgr-smarthjalpen-specialist-visit-fee').expect(200)).body
  const body = {
    factKind: 'fees',
    factId: fact.id,
    sourceId: fact.citations[0].sourceId,
    checkedOn: '2021-06-01',
    locator: null,
    note: { sv: 'Avgiften är densamma.', en: 'The fee is the same.' },
  }
  await api.post('/v1/confirmations').send(body).expect(401)
  await api.post('/v1/confirmations').set(key.revoked).send(body).expect(401)
  const refused: [Json, number, string][] = [
    [{ ...body, note: { en: 'English only.' } }, 400, 'note'],
    [{ ...body, colour: 'blue' }, 400, 'colour'],
    [{ ...body, factKind: 'clinics' }, 400, 'factKind'],
    [{ ...body, factId: 'no-such-fee' }, 422, 'factId'],
    [{ ...body, sourceId: 'no-such-source' }, 422, 'sourceId'],
    [{ ...body, checkedOn: '2020-01-01' }, 422, 'checkedOn'],
    [{ ...body, checkedOn: '2099-01-01' }, 422, 'checkedOn'],
    // The clinic's own fee ended with its contract at the end of 2021.
    [{ ...body, checkedOn: '2023-01-01' }, 422, 'checkedOn'],
  ]
  const changes = await app.prisma.change.count()
  for (const [sent, status, parameter] of refused) {
    const response = await api.post('/v1/confirmations').set(key.editor).send(sent)
    assert.equal(response.status, status, JSON.stringify(sent))
    assert.match(String(response.headers['content-type']), /problem\+json/)
    assert.equal(response.body.parameter, parameter, JSON.stringify(sent))
  }
  assert.equal(await app.prisma.change.count(), changes, 'nothing written')
  assert.equal(await app.prisma.confirmation.count({ where: { feeId: fact.id } }), 0)
})

test('the review queue: stale and unknown answers, specialist care first, each with its sources and the call that confirms it', async (t) => {
  const app = await build(t)
  const { body } = await supertest(app.server).get('/v1/review?limit=500&asOf=2026-12-04').expect(200)
  const entries: Json[] = body.items
  assert.ok(entries.length >= 20)
  assert.equal(body.page.total, entries.length)
  assert.ok(entries.slice(0, 8).every((e) => e.dimension.id === 'specialist_provider'))
  const priorities = entries.map((e) => e.priority)
  assert.deepEqual(priorities, [...priorities].sort((a, b) => a - b), 'most important first')
  for (const e of entries) assert.ok(e.stale || e.status === 'unknown', `${e.region.code} ${e.dimension.id}`)
  // Örebro's "no specialist care" rests on a reader's letter: stale, weak, with its source and a confirmation to send.
  const orebro = entries.find((e) => e.region.code === '18' && e.dimension.id === 'specialist_provider')!
  assert.deepEqual([orebro.status, orebro.evidenceStrength], ['not_offered', 'weak'])
  assert.ok(orebro.facts[0].sources[0].url.startsWith('https://'))
  assert.deepEqual(Object.keys(orebro.confirm.body), ['factKind', 'factId', 'sourceId', 'checkedOn', 'locator', 'note'])
  assert.equal(orebro.confirm.body.checkedOn, '2026-12-04')
  // Within a priority, the oldest evidence first; an unknown answer, with none, before any.
  const specialist = entries.filter((e) => e.priority === 1).map((e) => e.evidenceDate ?? '')
  assert.deepEqual(specialist, [...specialist].sort())
})

test('at least 12 regions have a cited answer on specialist care for some date; Örebro\'s today rests on a weak source', async (t) => {
  const app = await build(t)
  const api = supertest(app.server)
  const answered = new Set<string>()
  for (const asOf of ['2012-06-01', '2016-06-01', '2019-06-01', '2021-06-01', '2023-06-01', '2026-12-04']) {
    const { body } = await api.get(`/v1/compare/dimensions/specialist_provider?asOf=${asOf}`).expect(200)
    for (const cell of body.cells as Json[]) if (cell.status !== 'unknown' && cell.citations.length > 0) answered.add(cell.region.code)
  }
  assert.ok(answered.size >= 12, `${answered.size}: ${[...answered].sort().join(', ')}`)
  const orebro = (await api.get('/v1/compare/regions?regions=18&lang=sv').expect(200)).body.dimensions[0].cells[0]
  assert.equal(orebro.evidenceStrength, 'weak')
  assert.match(orebro.summary, /Svaret bygger bara på en svag källa/)
})
