import assert from 'node:assert/strict'
import { test } from 'node:test'
import pg from 'pg'
import supertest from 'supertest'
import type { App } from '../../src/app.js'
import type { Snapshot } from '../../src/domain/snapshot.js'
import type { SnapshotUpdate } from '../../src/plugins/app/snapshot.js'
import { loadSnapshot } from '../../src/repositories/snapshot.js'
import { build } from '../helpers/build.js'
import { keys } from '../helpers/keys.js'

type Json = Record<string, any>

/** Everything a snapshot serves, without when it was made. */
const served = ({ builtAt: _, ...rest }: Snapshot) => rest

/** The snapshot the app serves is the one a full read of the database makes now. */
async function assertSameAsRebuild(app: App, message: string) {
  const { snapshot: rebuilt } = await loadSnapshot(app.prisma)
  const current = app.snapshot.current()
  assert.equal(current.version, rebuilt.version, `${message}: the same version`)
  assert.deepEqual(served(current), served(rebuilt), message)
}

function copyOf(record: Json): Json {
  const { id: _id, createdAt: _c, updatedAt: _u, version: _v, ...rest } = record
  return { ...rest, citations: rest.citations.map(({ id: _i, sourceTitle: _t, ...c }: Json) => c) }
}

const databaseOf = async (app: App) =>
  process.env.TEST_SERVER_URL!.replace(/\/[^/]*$/, `/${(await app.prisma.$queryRaw<{ db: string }[]>`SELECT current_database() AS db`)[0]!.db}`)

test('an incremental update gives the same snapshot as a full rebuild, after every kind of write', async (t) => {
  const app = await build(t)
  const api = supertest(app.server)
  const key = await keys(app)
  const updates: SnapshotUpdate[] = []
  app.snapshot.onUpdate((update) => updates.push(update))
  const before = app.snapshot.current()
  const etagOf = async (url: string) => (await api.get(url).expect(200)).headers.etag!

  const fee = '/v1/fees/vgr-smarthjalpen-specialist-visit-fee'
  await api
    .patch(fee)
    .set(key.editor)
    .set('if-match', await etagOf(fee))
    .send({ notes: { sv: 'Anteckning i test.', en: 'incremental' } })
    .expect(200)
  await assertSameAsRebuild(app, 'after a PATCH')
  assert.notEqual(app.snapshot.current().version, before.version)
  assert.equal(app.snapshot.current().regions, before.regions, 'what did not change is shared, not copied')

  // A record as stored, both languages and all: a valid body once its server-set fields are left out.
  const provider = app.snapshot.current().providers.find((p) => p.id === 'vgr-smarthjalpen')! as Json
  const first = await api
    .post('/v1/providers')
    .set(key.editor)
    .send({ ...copyOf(provider), name: 'Aaa first in id order', validTo: null })
  assert.equal(first.status, 201, JSON.stringify(first.body))
  const created = first
  await api
    .post('/v1/providers')
    .set(key.editor)
    .send({ ...copyOf(provider), name: 'Zzz last in id order' })
    .expect(201)
  await assertSameAsRebuild(app, 'after creating facts')

  const policy = '/v1/home-care-policies/orebro-occupational-therapist-home-visit-me'
  const added = await api
    .post('/v1/citations')
    .set(key.editor)
    .send({
      factKind: 'homeCarePolicies',
      factId: 'orebro-occupational-therapist-home-visit-me',
      sourceId: 'orebro-2024-motion-hemsjukvard-me',
      locator: 's. 2',
      quote: 'Vård ges enligt hälso- och sjukvårdslagen och efter behov, det vill säga inte efter diagnos.',
      supports: 'grounds',
    })
    .expect(201)
  await assertSameAsRebuild(app, 'after adding a citation')
  const citation = `/v1/citations/${added.body.id}`
  await api
    .patch(citation)
    .set(key.editor)
    .set('if-match', await etagOf(citation))
    .send({ locator: 's. 3' })
    .expect(200)
  await api
    .post(`${citation}/retire`)
    .set(key.editor)
    .set('if-match', await etagOf(citation))
    .send({})
    .expect(200)
  await assertSameAsRebuild(app, 'after changing and retiring a citation')
  assert.equal((await api.get(policy).expect(200)).body.citations.length, 1)

  // A source shows in every citation of it: its facts change too.
  const source = `/v1/sources/${(await api.get('/v1/providers/vgr-smarthjalpen').expect(200)).body.citations[0].sourceId}`
  await api
    .patch(source)
    .set(key.editor)
    .set('if-match', await etagOf(source))
    .send({ title: 'A title changed by an editor' })
    .expect(200)
  await assertSameAsRebuild(app, 'after changing a source')
  assert.equal((await api.get('/v1/providers/vgr-smarthjalpen').expect(200)).body.citations[0].sourceTitle, 'A title changed by an editor')

  const retire = `/v1/providers/${created.body.id}`
  await api
    .post(`${retire}/retire`)
    .set(key.editor)
    .set('if-match', await etagOf(retire))
    .send({ validTo: '2025-12-31' })
    .expect(200)
  await assertSameAsRebuild(app, 'after retiring a fact')

  assert.ok(updates.length >= 8, `${updates.length} updates`)
  assert.deepEqual(new Set(updates.map((u) => u.mode)), new Set(['incremental']), 'no write needed a full rebuild')
})

test('another instance applies the same writes from the change notifications', async (t) => {
  const app = await build(t)
  const other = await build(t, { databaseUrl: await databaseOf(app) })
  const api = supertest(app.server)
  const key = await keys(app)
  const modes: string[] = []
  other.snapshot.onUpdate((update) => modes.push(update.mode))
  const fee = '/v1/fees/vgr-smarthjalpen-specialist-visit-fee'
  let etag = (await api.get(fee).expect(200)).headers.etag!
  for (let i = 0; i < 5; i++) {
    etag = (
      await api
        .patch(fee)
        .set(key.editor)
        .set('if-match', etag)
        .send({ notes: { sv: `Anteckning ${i}`, en: `write ${i}` } })
        .expect(200)
    ).headers.etag!
  }
  for (let i = 0; i < 100 && other.snapshot.current().changeId !== app.snapshot.current().changeId; i++) await new Promise((resolve) => setTimeout(resolve, 50))
  assert.equal(other.snapshot.current().version, app.snapshot.current().version, 'the same content, the same version, on both instances')
  assert.deepEqual(served(other.snapshot.current()), served(app.snapshot.current()))
  assert.ok(modes.length > 0 && modes.every((mode) => mode === 'incremental'), modes.join())
})

test('a change committed after a later one is still applied', async (t) => {
  const app = await build(t)
  const api = supertest(app.server)
  const key = await keys(app)
  // A transaction takes a change-log id, then waits before committing while another write commits after it.
  const slow = new pg.Client({ connectionString: await databaseOf(app) })
  slow.on('error', () => {})
  await slow.connect()
  await slow.query('BEGIN')
  await slow.query(
    'UPDATE fees SET notes = \'{"sv": "Anteckning.", "en": "committed late"}\', version = version + 1 WHERE id = \'vgr-smarthjalpen-specialist-visit-fee\'',
  )
  await slow.query(`INSERT INTO changes (resource, record_id, action, actor, actor_display)
    VALUES ('fees', 'vgr-smarthjalpen-specialist-visit-fee', 'update', 'test', 'test')`)
  const provider = '/v1/providers/vgr-smarthjalpen'
  const etag = (await api.get(provider).expect(200)).headers.etag!
  await api
    .patch(provider)
    .set(key.editor)
    .set('if-match', etag)
    .send({ description: { sv: 'Sparad först.', en: 'committed first' } })
    .expect(200)
  assert.equal((await api.get('/v1/fees/vgr-smarthjalpen-specialist-visit-fee').expect(200)).body.notes === 'committed late', false)
  await slow.query('COMMIT')
  await slow.end()
  await app.snapshot.refresh()
  assert.equal((await api.get('/v1/fees/vgr-smarthjalpen-specialist-visit-fee').expect(200)).body.notes, 'committed late')
  await assertSameAsRebuild(app, 'after the late commit')
})

test('rebuild reads what was written past the change log, leaving out a record that fails its schema', async (t) => {
  const app = await build(t)
  const api = supertest(app.server)
  await app.prisma.$executeRaw`UPDATE fees SET notes = '{"sv": "Anteckning.", "en": "by hand"}' WHERE id = 'vgr-smarthjalpen-specialist-visit-fee'`
  await app.prisma.$executeRaw`UPDATE fees SET id = 'bad--id' WHERE id = 'stockholm-bragee-avgift-hogkostnadsskydd'`
  await app.snapshot.refresh()
  assert.notEqual((await api.get('/v1/fees/vgr-smarthjalpen-specialist-visit-fee').expect(200)).body.notes, 'by hand', 'refresh reads the change log only')
  await app.snapshot.rebuild()
  assert.equal((await api.get('/v1/fees/vgr-smarthjalpen-specialist-visit-fee').expect(200)).body.notes, 'by hand')
  const list = await api.get('/v1/fees?limit=500').expect(200)
  assert.ok(!list.body.items.some((f: Json) => f.id === 'bad--id'))
  await api.get('/v1/compare/regions').expect(200)
})
