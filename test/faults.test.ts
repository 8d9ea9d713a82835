import assert from 'node:assert/strict'
import { mkdtemp, rm } from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import supertest from 'supertest'
import { buildApp } from '../src/app.js'
import { createDatabaseClient } from '../src/db/client.js'
import { startEmbeddedDatabase } from '../src/db/embedded.js'
import { applyMigrations } from '../src/db/migrate.js'
import { loadDataset } from '../src/data/load.js'
import { testConfig, testPool } from './helpers/build.js'
import { keys } from './helpers/keys.js'

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const start = Date.now()
  while (Date.now() - start < timeoutMs) {
    if (await check()) return Date.now() - start
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`${what} did not happen within ${timeoutMs} ms`)
}

// The database stops under a running service, then comes back: the service must
// notice, keep serving reads, refuse writes cleanly, and recover without a restart.
test('the database stops and returns while the service runs', async (t) => {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'regionkollen-fault-'))
  const port = await freePort()
  const quiet = { info: () => {}, warn: () => {}, debug: () => {} }
  let database = await startEmbeddedDatabase({ dataDir, port, log: quiet })
  t.after(async () => {
    await database.stop()
    await rm(dataDir, { recursive: true, force: true })
  })
  await applyMigrations(database.url)
  const loader = createDatabaseClient(database.url, testPool)
  await loadDataset(loader.prisma)
  await loader.close()

  const app = await buildApp(
    { databaseUrl: database.url, config: testConfig({ DB_CONNECTION_TIMEOUT_MS: 1000, DATABASE_CHECK_INTERVAL_MS: 200 }), loadCuratedData: false },
    { logger: false },
  )
  t.after(() => app.close())
  await app.ready()
  const api = supertest(app.server)
  const key = await keys(app)
  const before = await api.get('/v1/fees/vgr-smarthjalpen-specialist-visit-fee').expect(200)
  const changesBefore = (await api.get('/v1/changes').expect(200)).body.cursor

  await database.stop()
  const noticedMs = await waitFor('readiness turning 503', async () => (await api.get('/health/ready')).status === 503, 5000)
  t.diagnostic(`readiness 503 ${noticedMs} ms after the database stopped`)

  const read = await api.get('/v1/compare/regions?regions=14,18').expect(200)
  assert.match(read.headers['x-data-stale']!, /^since /, 'reads come from the last good snapshot, marked stale')
  const started = Date.now()
  const write = await api
    .patch('/v1/fees/vgr-smarthjalpen-specialist-visit-fee')
    .set(key.editor)
    .set('if-match', before.headers.etag!)
    .send({ notes: 'written while the database was down' })
  assert.equal(write.status, 503)
  assert.equal(write.headers['retry-after'], '5')
  assert.match(write.headers['content-type']!, /problem\+json/)
  assert.ok(Date.now() - started < 2000, 'a write is refused at once, not left hanging')

  database = await startEmbeddedDatabase({ dataDir, port, log: quiet })
  const recoveryMs = await waitFor('readiness turning 200', async () => (await api.get('/health/ready')).status === 200, 15_000)
  t.diagnostic(`ready again ${recoveryMs} ms after the database returned`)
  await waitFor('the stale mark going away', async () => (await api.get('/v1/regions')).headers['x-data-stale'] === undefined, 5000)

  const after = await api.get('/v1/fees/vgr-smarthjalpen-specialist-visit-fee').expect(200)
  assert.equal(after.body.notes, before.body.notes, 'the refused write changed nothing')
  assert.deepEqual((await api.get(`/v1/changes?since=${changesBefore}`).expect(200)).body.items, [])
  await api
    .patch('/v1/fees/vgr-smarthjalpen-specialist-visit-fee')
    .set(key.editor)
    .set('if-match', before.headers.etag!)
    .send({ notes: 'after recovery' })
    .expect(200)
})

test('metrics and request ids', async (t) => {
  const { build } = await import('./helpers/build.js')
  const app = await build(t)
  const api = supertest(app.server)
  const traced = await api.get('/v1/regions').set('x-request-id', 'trace-123').expect(200)
  assert.equal(traced.headers['x-request-id'], 'trace-123')
  const fresh = await api.get('/v1/regions').expect(200)
  assert.match(fresh.headers['x-request-id']!, /^[0-9a-f-]{36}$/)
  const junk = await api.get('/v1/regions').set('x-request-id', 'x'.repeat(500)).expect(200)
  assert.notEqual(junk.headers['x-request-id'], 'x'.repeat(500))
  await api.get('/v1/regions/99').expect(404)
  const metrics = await api.get('/metrics').expect(200).expect('content-type', /text\/plain/)
  assert.match(metrics.text, /http_request_duration_seconds_count\{method="GET",route="\/v1\/regions",status="200"\} 3/)
  assert.match(metrics.text, /http_request_duration_seconds_count\{method="GET",route="\/v1\/regions\/:code",status="404"\} 1/)
  assert.match(metrics.text, /db_pool_connections \d+/)
  assert.match(metrics.text, /snapshot_age_seconds \d/)
  assert.match(metrics.text, /database_up 1/)
})

test('overload is answered with 503 and Retry-After, not suffered', async (t) => {
  const { build } = await import('./helpers/build.js')
  // A heap limit every process is past: the next sample puts the service under pressure.
  const app = await build(t, { settings: { MAX_HEAP_USED_MB: 1 } })
  const api = supertest(app.server)
  await waitFor('pressure to be detected', async () => (await api.get('/v1/regions')).status === 503, 5000)
  const response = await api.get('/v1/regions').expect(503).expect('content-type', /problem\+json/)
  assert.equal(response.headers['retry-after'], '10')
  assert.match(response.body.detail, /overloaded/)
})

test('a busy port stops the embedded database with a clear message', async () => {
  const busy = net.createServer()
  await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve))
  const port = (busy.address() as net.AddressInfo).port
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'regionkollen-busy-'))
  const quiet = { info: () => {}, warn: () => {}, debug: () => {} }
  try {
    await assert.rejects(startEmbeddedDatabase({ dataDir, port, log: quiet }), new RegExp(`Port ${port} is already in use.*EMBEDDED_DB_PORT`))
  } finally {
    busy.close()
    await rm(dataDir, { recursive: true, force: true })
  }
})
