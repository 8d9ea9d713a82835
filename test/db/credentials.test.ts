// The embedded database's logins: a random superuser password per data folder (in a 0600
// file), and the service connects as a role of its own that is no superuser and cannot
// rewrite the change log. With DATABASE_URL, such a role works as given.
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { chmod, mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { type TestContext, test } from 'node:test'
import supertest from 'supertest'
import { buildApp } from '../../src/app.js'
import { createDatabaseClient } from '../../src/db/client.js'
import { CREDENTIALS_FILE, SERVICE_ROLE } from '../../src/db/credentials.js'
import { type Database, openDatabase } from '../../src/db/database.js'
import type { Logger } from '../../src/db/embedded.js'
import { MigrationError } from '../../src/db/migrate.js'
import { grantServiceRole } from '../../src/db/roles.js'
import { loadDataset } from '../../src/data/load.js'
import { testConfig, testPool } from '../helpers/build.js'
import { admin, asUser, testDatabase, withClient } from '../helpers/database.js'
import { keys } from '../helpers/keys.js'
import { freePort } from '../ops/processes.js'

const quiet = { info: () => {}, warn: () => {}, debug: () => {} }

/** A data folder of this test's own; `open` starts its embedded database (stopped, then removed, after the test). */
async function embedded(t: TestContext, log: Logger = quiet) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'regionkollen-credentials-'))
  const config = testConfig({ DATA_DIR: dataDir, EMBEDDED_DB_PORT: await freePort() })
  const opened: Database[] = []
  t.after(async () => {
    for (const database of opened) await database.close()
    await rm(dataDir, { recursive: true, force: true })
  })
  const open = async () => {
    const database = await openDatabase(config, log)
    opened.push(database)
    return database
  }
  return { dataDir, open }
}

test('the embedded database: a random superuser password, kept 0600, and a service role that cannot rewrite the change log', async (t) => {
  const { dataDir, open } = await embedded(t)
  const database = await open()

  const file = path.join(dataDir, CREDENTIALS_FILE)
  assert.equal((await stat(file)).mode & 0o777, 0o600, 'the credentials file is for its owner only')
  const credentials = JSON.parse(await readFile(file, 'utf8'))
  assert.equal(credentials.superuser.user, 'postgres')
  assert.notEqual(credentials.superuser.password, 'regionkollen')
  assert.ok(credentials.superuser.password.length >= 32)
  assert.notEqual(credentials.service.password, credentials.superuser.password)

  // The old fixed password is refused; the file's works.
  await assert.rejects(
    withClient(asUser(database.url, 'postgres', 'regionkollen'), async () => {}),
    { code: '28P01' },
  )
  const ownerUrl = asUser(database.url, 'postgres', credentials.superuser.password)
  await withClient(ownerUrl, async (client) => assert.equal((await client.query('SELECT current_user AS u')).rows[0].u, 'postgres'))

  // The service's URL is its own role: no superuser, cannot create roles or databases.
  assert.equal(decodeURIComponent(new URL(database.url).username), SERVICE_ROLE)
  const role = await withClient(
    database.url,
    async (client) => (await client.query('SELECT rolsuper, rolcreaterole, rolcreatedb, rolbypassrls FROM pg_roles WHERE rolname = current_user')).rows[0],
  )
  assert.deepEqual(role, { rolsuper: false, rolcreaterole: false, rolcreatedb: false, rolbypassrls: false })

  // As the service (what the app does): load the curated data, which logs its changes.
  const service = createDatabaseClient(database.url, testPool)
  await loadDataset(service.prisma)
  await service.close()

  // The app, as the service role, writes a fact and its change-log entry.
  const app = await buildApp({ databaseUrl: database.url, config: testConfig(), loadCuratedData: false }, { logger: false })
  await app.ready()
  try {
    const api = supertest(app.server)
    const key = await keys(app)
    const fee = (await api.get('/v1/fees?asOf=2021-06-01').expect(200)).body.items[0].id
    const read = await api.get(`/v1/fees/${fee}`).expect(200)
    const notes = { sv: 'som tjänstens roll', en: 'as the service role' }
    await api.patch(`/v1/fees/${fee}`).set(key.editor).set('if-match', read.headers.etag!).send({ notes }).expect(200)
  } finally {
    await app.close()
  }

  await withClient(database.url, async (client) => {
    const { rows: columns } = await client.query<{ name: string }>(
      "SELECT quote_ident(column_name) AS name FROM information_schema.columns WHERE table_name = 'changes' AND column_name <> 'id'",
    )
    const list = columns.map((c) => c.name).join(', ')
    const {
      rows: [inserted],
    } = await client.query(`INSERT INTO changes (${list}) SELECT ${list} FROM changes ORDER BY id DESC LIMIT 1 RETURNING id`)
    assert.ok(inserted.id, 'the service may add to the change log')
    assert.ok((await client.query('SELECT count(*)::int AS n FROM changes')).rows[0].n > 0, 'and read it')
    const denied = { code: '42501' }
    await assert.rejects(client.query("UPDATE changes SET actor = 'forged' WHERE id = $1", [inserted.id]), denied)
    await assert.rejects(client.query('DELETE FROM changes WHERE id = $1', [inserted.id]), denied)
    await assert.rejects(client.query('TRUNCATE changes'), denied)
    await assert.rejects(client.query('ALTER TABLE changes DISABLE TRIGGER ALL'), { code: '42501' })
    await assert.rejects(client.query('DROP TABLE changes'), { code: '42501' })
    await assert.rejects(client.query('DELETE FROM "_prisma_migrations"'), denied)
    // Webhook subscriptions and deliveries are written and updated, never deleted.
    const {
      rows: [hook],
    } = await client.query("INSERT INTO webhook_subscriptions (url, secret, created_by) VALUES ('https://example.org/hook', 'whsec_x', 'test') RETURNING id")
    await client.query('UPDATE webhook_subscriptions SET enabled = false WHERE id = $1', [hook.id])
    await client.query('INSERT INTO webhook_deliveries (subscription_id, change_id) VALUES ($1, $2)', [hook.id, inserted.id])
    await client.query("UPDATE webhook_deliveries SET status = 'failed' WHERE subscription_id = $1", [hook.id])
    await assert.rejects(client.query('DELETE FROM webhook_deliveries'), denied)
    await assert.rejects(client.query('DELETE FROM webhook_subscriptions'), denied)
    await assert.rejects(client.query('TRUNCATE webhook_subscriptions CASCADE'), denied)
    // Everything else the app writes, it may write.
    assert.equal(
      (await client.query('UPDATE fees SET notes = \'{"sv": "kontrollerad", "en": "checked"}\' WHERE id = (SELECT id FROM fees LIMIT 1)')).rowCount,
      1,
    )
    await client.query('DELETE FROM idempotency_keys')
    await client.query('SELECT * FROM api_keys, sources, citations, curated_files LIMIT 1')
  })

  // A table a later migration adds (made by the owner, as migrations are) is usable by the service at once...
  await withClient(ownerUrl, (client) => client.query('CREATE TABLE later_table (id bigserial PRIMARY KEY, note text)'))
  await withClient(database.url, async (client) => {
    await client.query("INSERT INTO later_table (note) VALUES ('a')")
    await client.query("UPDATE later_table SET note = 'b'")
  })
  // ...and granting again after migrating (every start does) keeps the change log append-only.
  await grantServiceRole(ownerUrl, SERVICE_ROLE)
  await withClient(database.url, async (client) => {
    await assert.rejects(client.query('DELETE FROM changes'), { code: '42501' })
    await client.query('DELETE FROM later_table')
  })

  // The next start keeps the same passwords (also when the data folder has become private again, as a copy or a restore makes it).
  await database.close()
  await chmod(dataDir, 0o700)
  const again = await open()
  assert.equal(again.url, database.url)
  assert.deepEqual(JSON.parse(await readFile(file, 'utf8')), credentials)
})

test('a data folder from before random passwords gets one on its next start', async (t) => {
  const warnings: string[] = []
  const { dataDir, open } = await embedded(t, { ...quiet, warn: (m: string) => warnings.push(m) })
  const first = await open()
  const file = path.join(dataDir, CREDENTIALS_FILE)
  const { superuser } = JSON.parse(await readFile(file, 'utf8'))
  // Make it what earlier versions left: the fixed password and no credentials file.
  const port = new URL(first.url).port
  await withClient(`postgresql://postgres:${superuser.password}@127.0.0.1:${port}/postgres`, (client) =>
    client.query("ALTER ROLE postgres PASSWORD 'regionkollen'"),
  )
  await first.close()
  await rm(file)

  const database = await open()
  assert.ok(
    warnings.some((warning) => /old fixed password; it now has a random one/.test(warning)),
    warnings.join('\n'),
  )
  const renewed = JSON.parse(await readFile(file, 'utf8'))
  assert.equal((await stat(file)).mode & 0o777, 0o600)
  await assert.rejects(
    withClient(`postgresql://postgres:regionkollen@127.0.0.1:${port}/postgres`, async () => {}),
    { code: '28P01' },
  )
  await withClient(`postgresql://postgres:${renewed.superuser.password}@127.0.0.1:${port}/postgres`, async () => {})
  await withClient(database.url, async (client) => assert.equal((await client.query('SELECT count(*)::int AS n FROM regions')).rows[0].n, 0))
})

test('with DATABASE_URL, a limited role is used as given; migrations need the owner', async (t) => {
  const role = `rk_limited_${randomBytes(4).toString('hex')}`
  const password = randomBytes(12).toString('hex')
  await admin((client) => client.query(`CREATE ROLE ${role} LOGIN PASSWORD '${password}'`))
  const migrated = await testDatabase(t)
  const empty = await testDatabase(t, { empty: true })
  t.after(async () => {
    for (const url of [migrated, empty]) {
      await withClient(url, (client) => client.query(`DROP OWNED BY ${role}`)).catch(() => {})
    }
    await admin((client) => client.query(`DROP ROLE IF EXISTS ${role}`))
  })
  await grantServiceRole(migrated, role)

  // Migrated by the owner: the limited role starts (nothing to apply) and connects as itself.
  const limitedUrl = asUser(migrated, role, password)
  const database = await openDatabase(testConfig({ DATABASE_URL: limitedUrl }), quiet)
  assert.equal(database.url, limitedUrl)
  await withClient(database.url, async (client) => {
    await assert.rejects(client.query('DELETE FROM changes'), { code: '42501' })
    await client.query('SELECT count(*) FROM regions')
  })

  // Not migrated: a clear message that says to migrate as the owner.
  await assert.rejects(
    openDatabase(testConfig({ DATABASE_URL: asUser(empty, role, password) }), quiet),
    (error: Error) => error instanceof MigrationError && /npm run db:migrate/.test(error.message) && !error.message.includes('\n'),
  )
})
