import assert from 'node:assert/strict'
import { test } from 'node:test'
import supertest from 'supertest'
import { build } from '../helpers/build.js'
import { keys } from '../helpers/keys.js'
import { writers } from '../../src/repositories/writes.js'

type Json = Record<string, any>

/** A record as GET returns it, minus the server-set fields: a valid POST body. */
function copyOf(record: Json): Json {
  const { id, createdAt, updatedAt, ...rest } = record
  return { ...rest, citations: rest.citations.map(({ id: _id, sourceTitle: _title, ...c }: Json) => c) }
}

/** Texts are written in Swedish and English. */
const both = (text: string) => ({ sv: text, en: text })

/** A record as writes answer and the change feed shows it (texts in both languages): its newest version in its history. */
async function stored(api: supertest.Agent, path: string): Promise<Json> {
  const history = await api.get(`${path}/history?limit=500`).expect(200)
  const { version: _version, ...record } = history.body.items.at(-1).after as Json
  return record
}

async function firstFee(api: supertest.Agent) {
  const read = await api.get('/v1/fees/vgr-smarthjalpen-specialist-visit-fee').expect(200)
  return { fee: read.body as Json, etag: read.headers.etag! }
}

const writeRoutes = (id: string): ['post' | 'patch', string][] =>
  ['providers', 'fees', 'referral-rules', 'home-care-policies', 'decisions', 'sources', 'citations'].flatMap((resource): ['post' | 'patch', string][] => [
    ['post', `/v1/${resource}`],
    ['patch', `/v1/${resource}/${id}`],
    ['post', `/v1/${resource}/${id}/retire`],
  ])

test('auth matrix: no key, unknown key, revoked key are 401 with a challenge; editors pass on every write route', async (t) => {
  const app = await build(t)
  const api = supertest(app.server)
  const key = await keys(app)
  for (const [method, url] of writeRoutes('some-id')) {
    const none = await api[method](url).send({})
    assert.equal(none.status, 401, `${method} ${url} without a key`)
    assert.equal(none.headers['www-authenticate'], 'Bearer realm="regionkollen"')
    assert.match(none.headers['content-type']!, /problem\+json/)
    assert.equal((await api[method](url).set(key.unknown).send({})).status, 401, `${method} ${url} with an unknown key`)
    assert.equal((await api[method](url).set(key.revoked).send({})).status, 401, `${method} ${url} with a revoked key`)
    for (const who of ['editor', 'admin'] as const) {
      const status = (await api[method](url).set(key[who]).send({})).status
      assert.ok(![401, 403, 500].includes(status), `${method} ${url} as ${who} passes authentication (got ${status})`)
    }
  }
})

test('auth matrix on key management: admins only', async (t) => {
  const app = await build(t)
  const api = supertest(app.server)
  const key = await keys(app)
  for (const [method, url] of [['get', '/v1/keys'], ['post', '/v1/keys'], ['delete', '/v1/keys/someone']] as const) {
    assert.equal((await api[method](url).send({ name: 'x', role: 'editor' })).status, 401, `${method} ${url}`)
    assert.equal((await api[method](url).set(key.revoked).send({ name: 'x', role: 'editor' })).status, 401, `${method} ${url}`)
    assert.equal((await api[method](url).set(key.editor).send({ name: 'x', role: 'editor' })).status, 403, `${method} ${url}`)
  }
  const created = await api.post('/v1/keys').set(key.admin).send({ name: 'new-editor', role: 'editor' }).expect(201)
  assert.match(created.body.key, /^rk_/)
  const list = await api.get('/v1/keys').set(key.admin).expect(200)
  assert.ok(list.body.items.some((k: Json) => k.name === 'new-editor' && k.revokedAt === null))
  assert.ok(!JSON.stringify(list.body).includes(created.body.key), 'secrets are never listed')
  const { fee, etag } = await firstFee(api)
  const asNewKey = { authorization: `Bearer ${created.body.key}` }
  await api.patch(`/v1/fees/${fee.id}`).set(asNewKey).set('if-match', etag).send({ notes: both('by the new key') }).expect(200)
  const revoked = await api.delete('/v1/keys/new-editor').set(key.admin).expect(204)
  assert.equal(revoked.text, '')
  assert.equal(revoked.headers['cache-control'], 'no-store')
  await api.patch(`/v1/fees/${fee.id}`).set({ authorization: `Bearer ${created.body.key}` }).set('if-match', etag).send({ notes: both('x') }).expect(401)
  await api.post('/v1/keys').set(key.admin).send({ name: 'test-editor', role: 'editor' }).expect(409)
  // A revoked name is never given to a new identity.
  await api.post('/v1/keys').set(key.admin).send({ name: 'new-editor', role: 'editor' }).expect(409)
  // Creating and revoking are audited where admins can read them; key lists are paginated and strict.
  const events = await api.get('/v1/keys/events').set(key.admin).expect(200).expect('cache-control', 'no-store')
  assert.deepEqual(
    events.body.items.filter((e: Json) => e.keyName === 'new-editor').map((e: Json) => [e.action, e.by]),
    [['create', 'test-admin'], ['revoke', 'test-admin']],
  )
  assert.equal((await api.get('/v1/keys?limit=1').set(key.admin).expect(200)).body.items.length, 1)
  await api.get('/v1/keys?colour=blue').set(key.admin).expect(400)
  // The public change feed shows the display name chosen for the key (default: its role), never the key's name.
  let cursor = '0'
  const feed: Json[] = []
  for (let page = (await api.get('/v1/changes?limit=500')).body; ; page = (await api.get(`/v1/changes?since=${cursor}&limit=500`)).body) {
    feed.push(...page.items)
    cursor = page.page.cursor
    if (page.page.next === null) break
  }
  const mine = feed.filter((c) => c.recordId === fee.id && c.action === 'update')
  assert.deepEqual(mine.map((c) => c.actor), ['editor'])
  assert.ok(!JSON.stringify(feed).includes('new-editor'))
})

test('round trip: a record as GET returns it is a valid POST body', async (t) => {
  const app = await build(t)
  const api = supertest(app.server)
  const key = await keys(app)
  const provider = await stored(api, '/v1/providers/vgr-smarthjalpen')
  const copy = { ...copyOf(provider), name: 'Smärthjälpen Sverige AB (copy)' }
  const created = await api.post('/v1/providers').set(key.editor).send(copy).expect(201)
  assert.match(created.headers.location!, new RegExp(`^/v1/providers/${created.body.id}$`))
  assert.ok(created.headers.etag)
  assert.equal(created.body.name, 'Smärthjälpen Sverige AB (copy)')
  assert.deepEqual(copyOf(created.body), copy)
  // Unchanged read-only fields may be sent back as they are.
  await api.post('/v1/providers').set(key.editor).send({ ...provider, name: 'Another copy' }).expect(201)
  const read = await api.get(`/v1/providers/${created.body.id}`).set('accept-encoding', 'identity').expect(200)
  assert.equal(read.headers.etag, created.headers.etag!.replace(/"$/, '-en"'), 'the English read of the version just written')
})

test('validation: unknown fields, broken rules and unknown references are rejected, never 500', async (t) => {
  const app = await build(t)
  const api = supertest(app.server)
  const key = await keys(app)
  const { fee } = await firstFee(api)
  const base = copyOf(await stored(api, `/v1/fees/${fee.id}`))
  const cases: [Json, number, RegExp][] = [
    [{ ...base, isAdmin: true }, 400, /Unrecognized key/],
    [{ ...base, amountSek: -5 }, 400, /amountSek/],
    [{ ...base, amountSek: 12.5 }, 400, /amountSek/],
    [{ ...base, validFrom: '2022-01-01', validTo: '2021-01-01' }, 400, /validTo must not be before validFrom/],
    [{ ...base, citations: [] }, 400, /at least one citation/],
    [{ ...base, regionCode: '99' }, 422, /regionCode|region/],
    [{ ...base, providerId: 'no-such-provider' }, 422, /provider/],
    [{ ...base, citations: [{ ...base.citations[0], sourceId: 'no-such-source' }] }, 422, /source/],
    [{ ...base, notes: both('a\u0000b') }, 400, /NUL/],
  ]
  const changesBefore = (await api.get('/v1/changes').expect(200)).body.items.length
  for (const [body, status, detail] of cases) {
    const response = await api.post('/v1/fees').set(key.editor).send(body)
    assert.equal(response.status, status, JSON.stringify(body).slice(0, 120))
    assert.match(response.headers['content-type']!, /problem\+json/)
    assert.match(JSON.stringify(response.body), detail)
  }
  const malformed = await api.post('/v1/fees').set(key.editor).set('content-type', 'application/json').send('{"amountSek": ')
  assert.equal(malformed.status, 400)
  const tooLarge = await api.post('/v1/fees').set(key.editor).send({ ...base, notes: 'x'.repeat(300 * 1024) })
  assert.equal(tooLarge.status, 413)
  assert.equal((await api.get('/v1/changes').expect(200)).body.items.length, changesBefore, 'a failed write leaves no change-log entry')
})

test('optimistic concurrency: 428 without If-Match, 412 when stale', async (t) => {
  const app = await build(t)
  const api = supertest(app.server)
  const key = await keys(app)
  const { fee, etag } = await firstFee(api)
  const missing = await api.patch(`/v1/fees/${fee.id}`).set(key.editor).send({ notes: both('a') }).expect(428)
  assert.equal(missing.body.parameter, 'If-Match')
  await api.post(`/v1/fees/${fee.id}/retire`).set(key.editor).send({}).expect(428)
  const updated = await api
    .patch(`/v1/fees/${fee.id}`)
    .set(key.editor)
    .set('if-match', etag)
    .set('content-type', 'application/merge-patch+json')
    .send(JSON.stringify({ notes: both('first') }))
    .expect(200)
  assert.notEqual(updated.headers.etag, etag)
  await api.patch(`/v1/fees/${fee.id}`).set(key.editor).set('if-match', etag).send({ notes: both('second') }).expect(412)
  await api.post(`/v1/fees/${fee.id}/retire`).set(key.editor).set('if-match', etag).send({}).expect(412)
  assert.equal((await api.get(`/v1/fees/${fee.id}`).expect(200)).body.notes, 'first')
  await api.patch('/v1/fees/no-such-fee').set(key.editor).set('if-match', etag).send({ notes: both('x') }).expect(404)
})

test('If-Match: * names no version: 428 with its own problem, nothing written', async (t) => {
  const app = await build(t)
  const api = supertest(app.server)
  const key = await keys(app)
  const { fee } = await firstFee(api)
  for (const request of [
    api.patch(`/v1/fees/${fee.id}`).set(key.editor).set('if-match', '*').send({ notes: both('blind') }),
    api.post(`/v1/fees/${fee.id}/retire`).set(key.editor).set('if-match', '*').send({}),
  ]) {
    const refused = await request.expect(428)
    assert.equal(refused.body.type, 'https://regionkollen.se/problems/if-match-wildcard')
    assert.equal(refused.body.parameter, 'If-Match')
    assert.match(refused.body.detail, /ETag of the version you read/)
  }
  assert.equal((await api.get(`/v1/fees/${fee.id}`).expect(200)).body.notes, fee.notes)
  // A record that does not exist is 404 whatever If-Match says.
  await api.patch('/v1/fees/no-such-fee').set(key.editor).set('if-match', '*').send({ notes: both('x') }).expect(404)
})

test('writers answer with results, not HTTP errors: created, updated, unchanged, not found, conflict, precondition failed', async (t) => {
  const app = await build(t)
  const api = supertest(app.server)
  const actor = { name: 'test', displayName: 'Test' }
  const { fee, etag } = await firstFee(api)
  const fees = writers.fees
  const unchanged = await fees.update(app.prisma, fee.id, {}, etag, actor)
  assert.equal(unchanged.outcome, 'unchanged')
  const updated = await fees.update(app.prisma, fee.id, { notes: both('by the writer') }, etag, actor)
  assert.equal(updated.outcome, 'updated')
  assert.ok(updated.outcome === 'updated' && updated.etag !== etag && (updated.record.notes as { en: string }).en === 'by the writer')
  assert.deepEqual(await fees.update(app.prisma, fee.id, { notes: both('again') }, etag, actor), { outcome: 'precondition_failed', reason: 'stale' })
  assert.equal((await fees.update(app.prisma, 'no-such-fee', {}, etag, actor)).outcome, 'not_found')
  assert.equal((await fees.update(app.prisma, fee.id, { amountSek: -1 }, (updated as { etag: string }).etag, actor)).outcome, 'invalid')
  const created = await writers.sources.create(app.prisma, {
    title: 'Writer test',
    issuer: 'Region Exempel',
    publisherType: 'region',
    strength: 'primary',
    kind: 'web_page',
    publishedOn: '2026-11-01',
    referenceNumber: null,
    fileName: null,
    url: 'https://example.org/writer',
    jurisdictionLevel: 'region',
    regionCode: '14',
    municipalityCode: null,
  }, actor)
  assert.equal(created.outcome, 'created')
  const source = created as unknown as { record: { id: string }; etag: string }
  assert.equal((await writers.sources.retire(app.prisma, source.record.id, source.etag, actor)).outcome, 'updated')
  const current = await writers.sources.read(app.prisma, source.record.id)
  const again = await writers.sources.retire(app.prisma, source.record.id, writers.sources.etag(source.record.id, current!.version), actor)
  assert.deepEqual(again, { outcome: 'conflict', detail: 'The record is already retired.', field: 'id', reason: 'already-retired' })
  assert.equal((await writers.citations.retire(app.prisma, 'not-a-uuid', etag, actor)).outcome, 'not_found')
})

test('twenty concurrent updates with the same ETag: exactly one wins, the rest get 412', async (t) => {
  const app = await build(t)
  const api = supertest(app.server)
  const key = await keys(app)
  const { fee, etag } = await firstFee(api)
  const responses = await Promise.all(
    Array.from({ length: 20 }, (_, i) => api.patch(`/v1/fees/${fee.id}`).set(key.editor).set('if-match', etag).send({ notes: both(`writer ${i}`) })),
  )
  const statuses = responses.map((r) => r.status)
  assert.equal(statuses.filter((s) => s === 200).length, 1, `statuses: ${statuses.join(',')}`)
  assert.equal(statuses.filter((s) => s === 412).length, 19)
  const winner = responses.find((r) => r.status === 200)!
  const read = await api.get(`/v1/fees/${fee.id}`).set('accept-encoding', 'identity').expect(200)
  assert.equal(read.body.notes, winner.body.notes.en)
  assert.equal(read.headers.etag!.replace(/-en"$/, '"'), winner.headers.etag, 'a read in English names the same version')
  const history = await api.get(`/v1/fees/${fee.id}/history`).expect(200)
  assert.equal(history.body.items.filter((c: Json) => c.action === 'update').length, 1)
})

test('Idempotency-Key: a retry returns the first answer and creates nothing new; another body is 422', async (t) => {
  const app = await build(t)
  const api = supertest(app.server)
  const key = await keys(app)
  const { fee } = await firstFee(api)
  const body = { ...copyOf(await stored(api, `/v1/fees/${fee.id}`)), notes: both('idempotent') }
  const first = await api.post('/v1/fees').set(key.editor).set('idempotency-key', 'abc-123').send(body).expect(201)
  const retries = await Promise.all([1, 2, 3].map(() => api.post('/v1/fees').set(key.editor).set('idempotency-key', 'abc-123').send(body)))
  for (const retry of retries) {
    assert.equal(retry.status, 201)
    assert.deepEqual(retry.body, first.body)
    assert.equal(retry.headers.etag, first.headers.etag)
  }
  const created = (await api.get('/v1/fees?asOf=2021-06-01&limit=500').expect(200)).body.items.filter((f: Json) => f.notes === 'idempotent')
  assert.equal(created.length, 1)
  const other = await api.post('/v1/fees').set(key.editor).set('idempotency-key', 'abc-123').send({ ...body, amountSek: 1 }).expect(422)
  assert.equal(other.body.parameter, 'Idempotency-Key')
})

test('retire: the fact ends but stays readable with asOf inside its period', async (t) => {
  const app = await build(t)
  const api = supertest(app.server)
  const key = await keys(app)
  const read = await api.get('/v1/home-care-policies/orebro-counselor-home-visit-me').expect(200)
  await api
    .post('/v1/home-care-policies/orebro-counselor-home-visit-me/retire')
    .set(key.editor)
    .set('if-match', read.headers.etag!)
    .send({ validTo: '2025-06-30' })
    .expect(200)
  const during = await api.get('/v1/home-care-policies?region=18&service=counselor_home_visit&asOf=2025-06-30').expect(200)
  assert.equal(during.body.items.length, 1)
  const after = await api.get('/v1/home-care-policies?region=18&service=counselor_home_visit&asOf=2025-07-01').expect(200)
  assert.equal(after.body.items.length, 0)
  const record = await api.get('/v1/home-care-policies/orebro-counselor-home-visit-me').expect(200)
  assert.equal(record.body.validTo, '2025-06-30')
  const again = await api
    .post('/v1/home-care-policies/orebro-counselor-home-visit-me/retire')
    .set(key.editor)
    .set('if-match', record.headers.etag!)
    .send({ validTo: '2025-07-30' })
  assert.equal(again.status, 409)
  const tooEarly = await api
    .post('/v1/providers/vgr-smarthjalpen/retire')
    .set(key.editor)
    .set('if-match', (await api.get('/v1/providers/vgr-smarthjalpen')).headers.etag!)
    .send({ validTo: '2010-01-01' })
  assert.equal(tooEarly.status, 422)
})

test('citations: add one, and a fact\'s last citation cannot be retired', async (t) => {
  const app = await build(t)
  const api = supertest(app.server)
  const key = await keys(app)
  const fact = await api.get('/v1/home-care-policies/orebro-occupational-therapist-home-visit-me').expect(200)
  assert.equal(fact.body.citations.length, 1)
  const only = await api.get(`/v1/citations/${fact.body.citations[0].id}`).expect(200)
  await api.post(`/v1/citations/${only.body.id}/retire`).set(key.editor).set('if-match', only.headers.etag!).send({}).expect(409)
  const added = await api
    .post('/v1/citations')
    .set(key.editor)
    .send({
      factKind: 'homeCarePolicies',
      factId: fact.body.id,
      sourceId: 'orebro-2024-motion-hemsjukvard-me',
      locator: 's. 2',
      quote: 'Vård ges enligt hälso- och sjukvårdslagen och efter behov, det vill säga inte efter diagnos.',
      supports: 'grounds',
    })
    .expect(201)
  await api.post(`/v1/citations/${only.body.id}/retire`).set(key.editor).set('if-match', only.headers.etag!).send({}).expect(200)
  const after = await api.get(`/v1/home-care-policies/${fact.body.id}`).expect(200)
  assert.deepEqual(after.body.citations.map((c: Json) => c.id), [added.body.id])
  assert.notEqual(after.headers.etag, fact.headers.etag, 'a citation change is a new version of the fact')
  const retired = await api.get(`/v1/citations/${only.body.id}`).expect(200)
  assert.ok(retired.body.retiredAt, 'the retired citation stays readable')
})

test('the change feed and each record\'s history are complete after a sequence of writes', async (t) => {
  const app = await build(t)
  const api = supertest(app.server)
  const key = await keys(app)
  // The curated load is in the feed too: start from its end.
  let start = '0'
  for (
    let page = (await api.get('/v1/changes?limit=500').expect(200)).body;
    ;
    page = (await api.get(`/v1/changes?since=${start}&limit=500`).expect(200)).body
  ) {
    start = page.page.cursor
    if (page.page.next === null) break
  }
  const { fee, etag } = await firstFee(api)
  const created = await api.post('/v1/fees').set(key.editor).send({ ...copyOf(await stored(api, `/v1/fees/${fee.id}`)), notes: both('new') }).expect(201)
  const updated = await api.patch(`/v1/fees/${created.body.id}`).set(key.admin).set('if-match', created.headers.etag!).send({ amountSek: 350 }).expect(200)
  await api.post(`/v1/fees/${created.body.id}/retire`).set(key.editor).set('if-match', updated.headers.etag!).send({ validTo: '2021-06-30' }).expect(200)
  await api.patch(`/v1/fees/${fee.id}`).set(key.editor).set('if-match', etag).send({ notes: both('checked') }).expect(200)

  const seen: Json[] = []
  let next: string | null = `/v1/changes?since=${start}&limit=2`
  while (next) {
    const page: { body: { items: Json[]; page: { next: string | null } } } = await api.get(next).expect(200)
    seen.push(...page.body.items)
    next = page.body.page.next
  }
  assert.deepEqual(seen.map((c) => [c.action, c.recordId, c.actor]), [
    ['create', created.body.id, 'Test editor'],
    ['update', created.body.id, 'admin'],
    ['retire', created.body.id, 'Test editor'],
    ['update', fee.id, 'Test editor'],
  ])
  assert.equal(seen[0]!.before, null)
  assert.equal(seen[1]!.before.amountSek, 300)
  assert.equal(seen[1]!.after.amountSek, 350)
  const ids = seen.map((c) => BigInt(c.id))
  assert.deepEqual(ids, [...ids].sort((a, b) => (a < b ? -1 : 1)))

  const history = await api.get(`/v1/fees/${created.body.id}/history`).expect(200)
  assert.deepEqual(history.body.items.map((c: Json) => c.action), ['create', 'update', 'retire'])
  const caughtUp = await api.get(`/v1/changes?since=${seen.at(-1)!.id}`).expect(200)
  assert.deepEqual(caughtUp.body.items, [])
  assert.equal(caughtUp.body.page.cursor, seen.at(-1)!.id)
  await api.get('/v1/fees/no-such-fee/history').expect(404)
})

test('a write reaches the reads of every instance sharing the database', async (t) => {
  const app = await build(t)
  const url = (await app.prisma.$queryRaw<{ db: string }[]>`SELECT current_database() AS db`)[0]!.db
  const other = await build(t, { databaseUrl: process.env.TEST_SERVER_URL!.replace(/\/[^/]*$/, `/${url}`) })
  const api = supertest(app.server)
  const key = await keys(app)
  const { fee, etag } = await firstFee(api)
  const cached = await supertest(other.server).get(`/v1/fees/${fee.id}`).expect(200)
  await api.patch(`/v1/fees/${fee.id}`).set(key.editor).set('if-match', etag).send({ notes: both('seen everywhere') }).expect(200)
  assert.equal((await api.get(`/v1/fees/${fee.id}`).expect(200)).body.notes, 'seen everywhere', 'the writer reads its own write')
  let notes = cached.body.notes
  for (let i = 0; i < 50 && notes !== 'seen everywhere'; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100))
    notes = (await supertest(other.server).get(`/v1/fees/${fee.id}`)).body.notes
  }
  assert.equal(notes, 'seen everywhere', 'the other instance rebuilt its snapshot')
})

test('rate limits: failed authentication and writes get 429 with Retry-After', async (t) => {
  const app = await build(t, { settings: { RATE_LIMIT_READS_PER_MINUTE: 1000, RATE_LIMIT_WRITES_PER_MINUTE: 3, RATE_LIMIT_FAILED_AUTH_PER_MINUTE: 2 } })
  const api = supertest(app.server)
  const key = await keys(app)
  // A request without credentials is not a failed guess: always 401, never counted.
  for (let i = 0; i < 3; i++) await api.post('/v1/fees').send({}).expect(401)
  await api.post('/v1/fees').set(key.unknown).send({}).expect(401)
  await api.post('/v1/fees').set(key.unknown).send({}).expect(401)
  // Over the limit, the address is refused before an unknown key is looked up; a valid key is known without a lookup.
  const lookups: string[] = []
  const findUnique = app.prisma.apiKey.findUnique
  app.prisma.apiKey.findUnique = ((...args: Parameters<typeof findUnique>) => {
    lookups.push('lookup')
    return findUnique(...args)
  }) as unknown as typeof findUnique
  const blocked = await api.post('/v1/fees').set(key.unknown).send({}).expect(429)
  await api.post('/v1/fees').set(key.revoked).send({}).expect(429)
  await api.post('/v1/fees').set(key.editor).send({}).expect(400)
  app.prisma.apiKey.findUnique = findUnique
  assert.deepEqual(lookups, [], 'no key was looked up while the address is over its limit')
  assert.ok(Number(blocked.headers['retry-after']) > 0)
  assert.match(blocked.headers['content-type']!, /problem\+json/)
  await api.post('/v1/fees').send({}).expect(401)
  // From another address, a valid key has its write budget, counted per key however the header is spelled.
  const write = async (authorization: string) =>
    (await app.inject({ method: 'POST', url: '/v1/fees', remoteAddress: '10.0.0.2', headers: { authorization }, payload: {} })).statusCode
  const token = key.editor.authorization.replace('Bearer ', '')
  const statuses = [await write(`Bearer ${token}`), await write(`bearer ${token}`), await write(`BEARER  ${token}`), await write(`Bearer ${token}`)]
  // The editor's write above, from the blocked address, was its first of three.
  assert.deepEqual(statuses, [400, 400, 429, 429])
})

test('security headers and CORS for reads', async (t) => {
  const app = await build(t)
  const response = await supertest(app.server).get('/v1/regions').set('origin', 'https://example.org').expect(200)
  assert.equal(response.headers['access-control-allow-origin'], '*')
  assert.equal(response.headers['x-content-type-options'], 'nosniff')
  assert.ok(response.headers['x-request-id'] === undefined || response.headers['x-request-id'].length > 0)
  // A page elsewhere may read, but a browser never lets it write or send a key.
  const preflight = (method: string, headers: string) =>
    app.inject({
      method: 'OPTIONS',
      url: '/v1/fees/vgr-smarthjalpen-specialist-visit-fee',
      headers: { origin: 'https://example.org', 'access-control-request-method': method, 'access-control-request-headers': headers },
    })
  const read = await preflight('GET', 'if-none-match')
  assert.equal(read.statusCode, 204)
  assert.match(String(read.headers['access-control-allow-headers']), /If-None-Match/)
  for (const [method, headers] of [['PATCH', 'authorization,if-match,content-type'], ['GET', 'authorization']]) {
    const answer = await preflight(method!, headers!)
    assert.doesNotMatch(String(answer.headers['access-control-allow-methods']), /PATCH|POST/)
    assert.doesNotMatch(String(answer.headers['access-control-allow-headers']), /authorization/i)
  }
})
