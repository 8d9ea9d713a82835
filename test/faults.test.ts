import assert from 'node:assert/strict'
import { mkdtemp, readFile, rename, rm } from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { type TestContext, test } from 'node:test'
import pg from 'pg'
import supertest from 'supertest'
import { buildApp } from '../src/app.js'
import { createDatabaseClient } from '../src/db/client.js'
import { type EmbeddedDatabase, freePort, startEmbeddedDatabase } from '../src/db/embedded.js'
import { restartDelay } from '../src/db/postgres-server.js'
import { applyMigrations } from '../src/db/migrate.js'
import { loadDataset } from '../src/data/load.js'
import { testConfig, testPool } from './helpers/build.js'
import { admin, testDatabase } from './helpers/database.js'
import { keys } from './helpers/keys.js'

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const start = Date.now()
  while (Date.now() - start < timeoutMs) {
    if (await check()) return Date.now() - start
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`${what} did not happen within ${timeoutMs} ms`)
}

/** The service on a database of its own, with short timeouts so faults show quickly; its keys and a fee as it was before any fault. */
async function serviceOn(t: TestContext, database: EmbeddedDatabase) {
  const app = await buildApp(
    { databaseUrl: database.url, config: testConfig({ DB_CONNECTION_TIMEOUT_MS: 1000, DATABASE_CHECK_INTERVAL_MS: 200 }), loadCuratedData: false },
    { logger: false },
  )
  t.after(() => app.close())
  await app.ready()
  const api = supertest(app.server)
  const key = await keys(app)
  const before = await api.get('/v1/fees/vgr-smarthjalpen-specialist-visit-fee').expect(200)
  return { api, key, before }
}

// The database stops under a running service, then comes back: the service must
// notice, keep serving reads, refuse writes cleanly, and recover without a restart.
test('the database stops and returns while the service runs', async (t) => {
  const own = await ownDatabase(t)
  const { api, key, before } = await serviceOn(t, own.database)
  // The end of the change feed (curated loads are in it too): nothing may follow it.
  let changesBefore = '0'
  for (;;) {
    const page = (await api.get(`/v1/changes?since=${changesBefore}&limit=500`).expect(200)).body
    changesBefore = page.page.cursor
    if (!page.page.next) break
  }

  await own.database.stop()
  const noticedMs = await waitFor('readiness turning 503', async () => (await api.get('/health/ready')).status === 503, 5000)
  t.diagnostic(`readiness 503 ${noticedMs} ms after the database stopped`)

  const read = await api.get('/v1/compare/regions?regions=14,18').expect(200)
  assert.match(read.headers['x-data-stale']!, /^since /, 'reads come from the last good snapshot, marked stale')
  const started = Date.now()
  const write = await api
    .patch('/v1/fees/vgr-smarthjalpen-specialist-visit-fee')
    .set(key.editor)
    .set('if-match', before.headers.etag!)
    .send({ notes: { sv: 'Anteckning i test.', en: 'written while the database was down' } })
  assert.equal(write.status, 503)
  assert.equal(write.headers['retry-after'], '5')
  assert.match(write.headers['content-type']!, /problem\+json/)
  assert.ok(Date.now() - started < 2000, 'a write is refused at once, not left hanging')

  await own.startAgain()
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
    .send({ notes: { sv: 'Anteckning i test.', en: 'after recovery' } })
    .expect(200)
})

/**
 * An embedded database of its own, migrated and loaded, with every log line
 * kept; `startAgain` starts it once more on the same folder and port after a stop.
 */
async function ownDatabase(t: TestContext) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'regionkollen-fault-'))
  const port = await freePort()
  const lines: string[] = []
  const log = { info: (m: string) => lines.push(m), warn: (m: string) => lines.push(m), debug: () => {} }
  const own = {
    database: await startEmbeddedDatabase({ dataDir, port, log }),
    lines,
    startAgain: async () => {
      own.database = await startEmbeddedDatabase({ dataDir, port, log })
    },
  }
  t.after(async () => {
    await own.database.stop()
    await rm(dataDir, { recursive: true, force: true })
  })
  await applyMigrations(own.database.url)
  const loader = createDatabaseClient(own.database.url, testPool)
  await loadDataset(loader.prisma)
  await loader.close()
  return own
}

const postmasterPid = async (database: EmbeddedDatabase) =>
  Number((await readFile(path.join(database.clusterDir, 'postmaster.pid'), 'utf8')).split('\n')[0])

// The embedded PostgreSQL dies under a running service (SIGKILL to its postmaster): the
// service starts it again by itself and readiness returns, with no outside help.
test('the embedded database heals itself after its postmaster is killed', async (t) => {
  const { database, lines } = await ownDatabase(t)
  const { api, key, before } = await serviceOn(t, database)

  const killed = await postmasterPid(database)
  assert.equal(database.pid(), killed)
  const killedAt = Date.now()
  process.kill(killed, 'SIGKILL')
  await waitFor('the postmaster to be replaced', async () => database.pid() !== undefined && database.pid() !== killed, 15_000)
  const restartMs = Date.now() - killedAt
  await waitFor('readiness turning 200', async () => (await api.get('/health/ready')).status === 200, 15_000)
  const readyMs = Date.now() - killedAt
  t.diagnostic(`new postmaster accepting connections ${restartMs} ms after SIGKILL; /health/ready 200 after ${readyMs} ms`)

  assert.equal(await postmasterPid(database), database.pid())
  assert.ok(lines.some((line) => /\(pid \d+\) stopped unexpectedly \(signal SIGKILL\); restarting it/.test(line)), lines.join('\n'))
  assert.ok(lines.some((line) => /Restarting the embedded PostgreSQL on port \d+ \(attempt 1\)/.test(line)), lines.join('\n'))
  assert.ok(lines.some((line) => /running again \(pid \d+\), \d+ ms after it stopped/.test(line)), lines.join('\n'))
  await waitFor('the stale mark going away', async () => (await api.get('/v1/regions')).headers['x-data-stale'] === undefined, 5000)
  await api
    .patch('/v1/fees/vgr-smarthjalpen-specialist-visit-fee')
    .set(key.editor)
    .set('if-match', before.headers.etag!)
    .send({ notes: { sv: 'Anteckning i test.', en: 'written after the database healed' } })
    .expect(200)
})

// While a restart cannot succeed (here: the data folder is gone), the attempts go on with
// growing delays, each logged; once the cause is gone the database is back by itself.
test('restart attempts back off, are each logged, and succeed once they can', async (t) => {
  const { database, lines } = await ownDatabase(t)
  const killed = await postmasterPid(database)
  process.kill(killed, 'SIGKILL')
  const away = `${database.clusterDir}.away`
  await rename(database.clusterDir, away)
  try {
    await waitFor('three failed attempts', async () => lines.some((line) => /Restart attempt 3 failed/.test(line)), 30_000)
  } finally {
    await rename(away, database.clusterDir)
  }
  await waitFor('the database back', async () => database.pid() !== undefined, 30_000)
  const failed = lines.filter((line) => /Restart attempt \d+ failed/.test(line))
  for (const [index, line] of failed.slice(0, 3).entries()) {
    assert.match(line, new RegExp(`^Restart attempt ${index + 1} failed: .+; next attempt in ${restartDelay(index + 2)} ms$`))
  }
  assert.deepEqual([1, 2, 3, 4, 5, 6, 7, 8].map(restartDelay), [100, 200, 400, 800, 1600, 3200, 5000, 5000])
  const client = new pg.Client({ connectionString: database.url })
  await client.connect()
  assert.equal((await client.query('SELECT count(*)::int AS n FROM regions')).rows[0].n, 21, 'the data survived')
  await client.end()
})

// The database drops a connection the pool has handed out while no query runs on it (a
// restart, or its termination message arriving just after a result): that connection's
// user gets the error, the process does not die of an unhandled 'error' event.
test('a pooled connection dropped while checked out fails its user, not the process', async (t) => {
  const { pool, close } = createDatabaseClient(await testDatabase(t), testPool)
  t.after(close)
  const client = await pool.connect()
  const { rows: [backend] } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')
  await admin((superuser) => superuser.query('SELECT pg_terminate_backend($1)', [backend!.pid]))
  await new Promise((resolve) => setTimeout(resolve, 300))
  await assert.rejects(client.query('SELECT 1'))
  client.release(true)
  assert.equal((await pool.query('SELECT 1 AS one')).rows[0].one, 1, 'the pool serves on with a new connection')
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

test('metrics are not public: this machine only, or the scraper\'s token', async (t) => {
  const { build } = await import('./helpers/build.js')
  const open = await build(t)
  const remote = await open.inject({ url: '/metrics', remoteAddress: '203.0.113.7' })
  assert.equal(remote.statusCode, 404)
  assert.match(String(remote.headers['content-type']), /problem\+json/)
  assert.doesNotMatch(remote.body, /http_request_duration/)
  assert.equal((await open.inject({ url: '/metrics', remoteAddress: '::ffff:127.0.0.1' })).statusCode, 200)

  const token = 'scraper-token-0123456789'
  const guarded = await build(t, { settings: { METRICS_TOKEN: token } })
  const api = supertest(guarded.server)
  const missing = await api.get('/metrics').expect(401).expect('content-type', /problem\+json/)
  assert.match(String(missing.headers['www-authenticate']), /^Bearer/)
  await api.get('/metrics').set('authorization', 'Bearer scraper-token-0123456780').expect(401)
  const scraped = await api.get('/metrics').set('authorization', `bearer  ${token}`).expect(200)
  assert.match(scraped.text, /database_up 1/)
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
