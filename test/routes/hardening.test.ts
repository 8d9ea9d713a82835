// Bad input behind the preconditions (a valid key and a valid If-Match), and the
// contract fuzzer's findings: each a 4xx problem+json that changes nothing, never a 500.
import assert from 'node:assert/strict'
import net from 'node:net'
import { test } from 'node:test'
import { parse } from 'csv-parse/sync'
import supertest from 'supertest'
import { build } from '../helpers/build.js'
import { dumpDatabase } from '../helpers/dump.js'
import { keys } from '../helpers/keys.js'

type Json = Record<string, any>

async function setup(t: Parameters<typeof build>[0]) {
  const app = await build(t)
  const api = supertest(app.server)
  const key = await keys(app)
  const url = (await app.prisma.$queryRaw<{ db: string }[]>`SELECT current_database() AS db`)[0]!.db
  const databaseUrl = process.env.TEST_SERVER_URL!.replace(/\/[^/]*$/, `/${url}`)
  return { app, api, key, databaseUrl }
}

const problem = (response: { status: number; headers: Record<string, string>; body: Json }, status: number, parameter?: string) => {
  assert.equal(response.status, status, JSON.stringify(response.body))
  assert.match(response.headers['content-type']!, /application\/problem\+json/)
  if (parameter) assert.equal(response.body.parameter, parameter)
}

test('PATCH with a valid If-Match and a bad body: 400 naming the field, nothing written', async (t) => {
  const { api, key, databaseUrl } = await setup(t)
  const read = await api.get('/v1/fees/vgr-smarthjalpen-specialist-visit-fee').expect(200)
  const before = await dumpDatabase(databaseUrl)
  const patch = (body: unknown) => patchText(JSON.stringify(body))
  const patchText = (text: string) =>
    api
      .patch('/v1/fees/vgr-smarthjalpen-specialist-visit-fee')
      .set(key.editor)
      .set('if-match', read.headers.etag!)
      .set('content-type', 'application/json')
      .send(text)
  problem(await patch({ colour: 'blue' }), 400, 'colour')
  problem(await patch({ amountSek: -5 }), 400, 'amountSek')
  problem(await patch({ validTo: '2020-01-01' }), 400, 'validTo')
  problem(await patch({ citations: [] }), 400, 'citations')
  problem(await patch({ status: null }), 400, 'status')
  problem(await patch({ notes: { sv: 'x'.repeat(5000), en: 'x' } }), 400, 'notes')
  problem(await patchText(`${'{"a":'.repeat(40_000)}"x"${'}'.repeat(40_000)}`), 400, 'body')
  assert.deepEqual(await dumpDatabase(databaseUrl), before)
})

test('a write that changes nothing makes no version; read-only fields sent back are ignored', async (t) => {
  const { api, key } = await setup(t)
  const read = await api.get('/v1/fees/vgr-smarthjalpen-specialist-visit-fee').expect(200)
  const same = await api
    .patch('/v1/fees/vgr-smarthjalpen-specialist-visit-fee')
    .set(key.editor)
    .set('if-match', read.headers.etag!)
    .send({ id: 'other' })
    .expect(200)
  assert.equal(same.headers.etag, read.headers.etag!.replace(/-gz"$/, '"').replace(/-en"$/, '"'), 'the same version')
  const history = await api.get('/v1/fees/vgr-smarthjalpen-specialist-visit-fee/history').expect(200)
  assert.deepEqual(
    history.body.items.map((c: Json) => c.action),
    ['create'],
  )
  // A citation as GET shows it (with sourceTitle and the other read-only fields) is a valid body.
  const citation = read.body.citations[0]
  const created = await api
    .post('/v1/citations')
    .set(key.editor)
    .send({ ...citation, factKind: 'fees', factId: read.body.id })
    .expect(201)
  assert.equal(created.body.sourceTitle, citation.sourceTitle)
})

test('a long title makes a valid id; the new source is readable and the list still answers', async (t) => {
  const { api, key } = await setup(t)
  const body = {
    title: 'Abcdefghij abcdefghij abcdefghij abcdef test',
    issuer: 'Region Test',
    publisherType: 'region',
    strength: 'primary',
    kind: 'web_page',
    publishedOn: '2025-01-01',
    referenceNumber: null,
    fileName: null,
    url: 'https://example.org/page',
    jurisdictionLevel: 'region',
    regionCode: '14',
    municipalityCode: null,
  }
  const created = await api.post('/v1/sources').set(key.editor).send(body).expect(201)
  assert.match(created.body.id, /^[a-z0-9]+(-[a-z0-9]+)*$/)
  await api.get(`/v1/sources/${created.body.id}`).expect(200)
  await api.get('/v1/sources?limit=500').expect(200)
  // Only http(s) links, and file names without folders.
  problem(
    await api
      .post('/v1/sources')
      .set(key.editor)
      .send({ ...body, url: 'javascript:alert(1)' }),
    400,
    'url',
  )
  problem(
    await api
      .post('/v1/sources')
      .set(key.editor)
      .send({ ...body, fileName: '../../etc/passwd' }),
    400,
    'fileName',
  )
})

test('one bad stored record never takes a whole list down', async (t) => {
  const { app, api } = await setup(t)
  // Written past the API: an id the schema refuses.
  await app.prisma.$executeRaw`UPDATE fees SET id = 'bad--id' WHERE id = 'vgr-smarthjalpen-specialist-visit-fee'`
  // Past the change log too, so only a full reload reads it.
  await app.snapshot.rebuild()
  const list = await api.get('/v1/fees?limit=500&asOf=2021-06-01').expect(200)
  assert.ok(list.body.items.length > 0)
  assert.ok(!list.body.items.some((f: Json) => f.id === 'bad--id'))
  await api.get('/v1/regions/14').expect(200)
  await api.get('/v1/compare/regions?regions=14&asOf=2021-06-01').expect(200)
})

test('cursors, ids and methods out of bounds are 4xx problems, never 500', async (t) => {
  const { app, api } = await setup(t)
  problem(await api.get('/v1/changes?since=99999999999999999999999999'), 400, 'since')
  problem(await api.get('/v1/fees/vgr-smarthjalpen-specialist-visit-fee/history?since=99999999999999999999999999'), 400, 'since')
  problem(await api.get(`/v1/providers/${'a'.repeat(101)}`), 400, 'id')
  problem(await api.get(`/v1/providers/${'a'.repeat(3000)}`), 400, 'id')
  for (const method of ['PUT', 'DELETE', 'TRACE', 'QUERY', 'PROPFIND']) {
    const response = await app.inject({ method: method as 'GET', url: '/v1/providers/vgr-smarthjalpen' })
    problem({ status: response.statusCode, headers: response.headers as Record<string, string>, body: response.json() }, 405)
    assert.equal(response.headers.allow, 'GET, HEAD, PATCH', method)
  }
  const nowhere = await app.inject({ method: 'QUERY' as 'GET', url: '/v1/nowhere' })
  assert.equal(nowhere.statusCode, 404)
  problem(await api.get('/v1/no-such-thing'), 404)
})

test("errors from Node's HTTP parser are problem+json too", async (t) => {
  const { app } = await setup(t)
  await app.listen({ port: 0, host: '127.0.0.1' })
  const { port } = app.server.address() as net.AddressInfo
  const raw = (request: string) =>
    new Promise<string>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => socket.end(request))
      let answer = ''
      socket.on('data', (chunk) => (answer += chunk))
      socket.on('close', () => resolve(answer))
    })
  const unencoded = await raw('GET /v1/providers?q=smärt HTTP/1.1\r\nHost: x\r\n\r\n')
  assert.match(unencoded, /^HTTP\/1\.1 400/)
  assert.match(unencoded, /content-type: application\/problem\+json/i)
  assert.match(unencoded, /percent-encoded/)
  const huge = await raw(`GET /v1/regions HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`)
  assert.match(huge, /^HTTP\/1\.1 431/)
  assert.match(huge, /"status":431/)
})

test("CSV answers: an editor's formula comes out neutralised, every field quoted, in comma and semicolon files", async (t) => {
  const { api, key } = await setup(t)
  const id = 'vgr-smarthjalpen-specialist-visit-fee'
  const read = await api.get(`/v1/fees/${id}`).expect(200)
  await api
    .patch(`/v1/fees/${id}`)
    .set(key.editor)
    .set('if-match', read.headers.etag!)
    .send({ notes: { sv: '＝1+1;=2+2,@SUM(1)', en: '＝1+1;=2+2,@SUM(1)' } })
    .expect(200)
  const one = await api.get(`/v1/fees/${id}?format=csv`).expect(200)
  const [row] = parse(one.text, { bom: true, columns: true }) as Record<string, string>[]
  // Texts are trimmed as they are written; the full-width sign still starts a formula.
  assert.equal(row!.notes, "'＝1+1;=2+2,@SUM(1)")
  const field = '"(?:[^"]|"")*"'
  assert.match(one.text, new RegExp(`^\uFEFF(?:${field}(?:,${field})*\r\n)+$`))
  for (const [delimiter, separator] of [
    ['comma', ','],
    ['semicolon', ';'],
  ]) {
    const csv = await api.get(`/v1/compare/regions?regions=14,18&format=csv&layout=wide&delimiter=${delimiter}`).expect(200)
    assert.match(csv.text, new RegExp(`^\uFEFF(?:${field}(?:${separator}${field})*\r\n)+$`), delimiter)
  }
})
