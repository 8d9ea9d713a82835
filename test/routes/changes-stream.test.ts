import assert from 'node:assert/strict'
import { type TestContext, test } from 'node:test'
import supertest from 'supertest'
import type { App } from '../../src/app.js'
import { build } from '../helpers/build.js'
import { keys } from '../helpers/keys.js'
import { openStream, type SseStream } from '../helpers/sse.js'

type Json = Record<string, any>
const FEE = '/v1/fees/vgr-smarthjalpen-specialist-visit-fee'

/** The app listening on a port of its own, for streams (supertest's servers end with each request). */
async function listening(t: TestContext, app: App) {
  await app.listen({ port: 0, host: '127.0.0.1' })
  const address = app.server.address() as { port: number }
  const base = `http://127.0.0.1:${address.port}`
  const streams: SseStream[] = []
  t.after(() => streams.forEach((s) => s.close()))
  return {
    base,
    open: async (path = '/v1/changes/stream', headers: Record<string, string> = {}) => {
      const stream = await openStream(base + path, headers)
      streams.push(stream)
      return stream
    },
  }
}

/** Edits the fee's notes; resolves to the change-log id of that edit. */
async function editNotes(api: supertest.Agent, key: Record<string, string>, notes: string): Promise<string> {
  const read = await api.get(FEE).set('accept-encoding', 'identity').expect(200)
  await api.patch(FEE).set(key).set('if-match', read.headers.etag!).send({ notes: { sv: notes, en: notes } }).expect(200)
  const history = await api.get(`${FEE}/history?limit=500`).expect(200)
  return history.body.items.at(-1).id as string
}

test('a write reaches a listener as a change event whose id is its change-log position', async (t) => {
  const app = await build(t)
  const api = supertest(app.server)
  const key = await keys(app)
  const { open } = await listening(t, app)
  const stream = await open()
  assert.equal(stream.status, 200)
  assert.match(stream.headers.get('content-type')!, /^text\/event-stream/)
  assert.equal(stream.headers.get('cache-control'), 'no-store')
  const id = await editNotes(api, key.editor, 'streamed')
  const event = await stream.next((e) => e.event === 'change')
  assert.equal(event.id, id)
  const change = JSON.parse(event.data) as Json
  const expected = [id, 'fees', 'vgr-smarthjalpen-specialist-visit-fee', 'update', 'Test editor']
  assert.deepEqual([change.id, change.resource, change.recordId, change.action, change.actor], expected)
  assert.deepEqual(change.after.notes, { sv: 'streamed', en: 'streamed' })
  // The event is the feed's entry, byte for byte.
  const feed = await api.get(`/v1/changes?since=${BigInt(id) - 1n}&limit=1`).expect(200)
  assert.deepEqual(change, feed.body.items[0])
})

test('Last-Event-ID resumes right after it: what came after, and nothing before', async (t) => {
  const app = await build(t)
  const api = supertest(app.server)
  const key = await keys(app)
  const { open } = await listening(t, app)
  const first = await editNotes(api, key.editor, 'one')
  const second = await editNotes(api, key.editor, 'two')
  const third = await editNotes(api, key.editor, 'three')
  for (const resumed of [await open('/v1/changes/stream', { 'last-event-id': first }), await open(`/v1/changes/stream?since=${first}`)]) {
    assert.equal((await resumed.next()).id, second)
    assert.equal((await resumed.next()).id, third)
  }
  // Last-Event-ID (a browser's reconnect) wins over the since of the URL it reconnects to.
  const reconnected = await open(`/v1/changes/stream?since=${first}`, { 'last-event-id': second })
  assert.equal((await reconnected.next()).id, third)
  const fourth = await editNotes(api, key.editor, 'four')
  assert.equal((await reconnected.next()).id, fourth)
  assert.deepEqual(reconnected.events.filter((e) => e.event === 'change').map((e) => e.id), [third, fourth])
  assert.equal(JSON.parse(reconnected.events[0]!.data).after.notes.en, 'three')
})

test('a listener on another instance gets the write through the database\'s notification', async (t) => {
  const app = await build(t)
  const db = (await app.prisma.$queryRaw<{ db: string }[]>`SELECT current_database() AS db`)[0]!.db
  const other = await build(t, { databaseUrl: process.env.TEST_SERVER_URL!.replace(/\/[^/]*$/, `/${db}`) })
  const { open } = await listening(t, other)
  const stream = await open()
  const key = await keys(app)
  const id = await editNotes(supertest(app.server), key.editor, 'elsewhere')
  assert.equal((await stream.next((e) => e.event === 'change')).id, id)
})

test('the stream refuses what it cannot serve: a malformed Last-Event-ID, a client that takes no event stream', async (t) => {
  const app = await build(t)
  const api = supertest(app.server)
  const bad = await api.get('/v1/changes/stream').set('last-event-id', 'yesterday').expect(400)
  assert.equal(bad.body.parameter, 'Last-Event-ID')
  assert.match(bad.headers['content-type']!, /problem\+json/)
  await api.get('/v1/changes/stream').set('accept', 'application/json').expect(406)
  await api.get('/v1/changes/stream?since=x').expect(400)
})
