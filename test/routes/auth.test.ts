// Failed-auth limiting that cannot lock out a valid key: active keys are recognised in memory, so
// only unknown keys count against an address, and past its limit an unknown key is refused before
// any lookup. Every instance learns created and revoked keys from the database's notifications.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import supertest from 'supertest'
import { createApiKey, revokeApiKey } from '../../src/repositories/api-keys.js'
import { build } from '../helpers/build.js'
import { keys } from '../helpers/keys.js'

async function waitFor(what: string, check: () => Promise<boolean>) {
  for (let i = 0; i < 100; i++) {
    if (await check()) return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`${what} did not happen within 5 s`)
}

test('after 15 bad keys from an address, a valid key from it works; an unknown key over the limit is refused before lookup', async (t) => {
  const app = await build(t, { settings: { RATE_LIMIT_FAILED_AUTH_PER_MINUTE: 10 } })
  const api = supertest(app.server)
  const key = await keys(app)
  const statuses: number[] = []
  for (let i = 0; i < 15; i++) statuses.push((await api.get('/v1/keys').set('authorization', `Bearer rk_guess-${i}`)).status)
  assert.deepEqual(statuses, [...Array(10).fill(401), ...Array(5).fill(429)])

  const lookups: unknown[] = []
  const findUnique = app.prisma.apiKey.findUnique
  app.prisma.apiKey.findUnique = ((...args: Parameters<typeof findUnique>) => {
    lookups.push(args)
    return findUnique(...args)
  }) as unknown as typeof findUnique
  t.after(() => {
    app.prisma.apiKey.findUnique = findUnique
  })

  // The valid keys from the same address work, recognised without a query.
  await api.get('/v1/keys').set(key.admin).expect(200)
  const read = await api.get('/v1/fees/vgr-smarthjalpen-specialist-visit-fee').expect(200)
  const fee = '/v1/fees/vgr-smarthjalpen-specialist-visit-fee'
  await api.patch(fee).set(key.editor).set('if-match', read.headers.etag!).send({ notes: { sv: 'fungerar fortfarande', en: 'still works' } }).expect(200)
  // An unknown or revoked key is still refused before any lookup.
  const refused = await api.get('/v1/keys').set(key.unknown).expect(429)
  assert.ok(Number(refused.headers['retry-after']) > 0)
  await api.get('/v1/keys').set(key.revoked).expect(429)
  assert.deepEqual(lookups, [], 'no database lookup for the keys')

  // A key created and revoked over HTTP is known, then refused, at once.
  const created = await api.post('/v1/keys').set(key.admin).send({ name: 'fresh', role: 'editor' }).expect(201)
  await api.get('/v1/keys').set('authorization', `Bearer ${created.body.key}`).expect(403)
  await api.delete('/v1/keys/fresh').set(key.admin).expect(204)
  await api.get('/v1/keys').set('authorization', `Bearer ${created.body.key}`).expect(429)
  assert.deepEqual(lookups, [])
})

test('another instance learns keys created and revoked elsewhere from the notifications, without a query', async (t) => {
  const app = await build(t)
  const db = (await app.prisma.$queryRaw<{ db: string }[]>`SELECT current_database() AS db`)[0]!.db
  const other = await build(t, { databaseUrl: process.env.TEST_SERVER_URL!.replace(/\/[^/]*$/, `/${db}`) })
  const created = await createApiKey(app.prisma, { name: 'elsewhere', role: 'admin' }, 'test')
  await waitFor('the other instance to learn the new key', async () => other.activeKeys.size === 1)
  const lookups: unknown[] = []
  const findUnique = other.prisma.apiKey.findUnique
  other.prisma.apiKey.findUnique = ((...args: Parameters<typeof findUnique>) => {
    lookups.push(args)
    return findUnique(...args)
  }) as unknown as typeof findUnique
  t.after(() => {
    other.prisma.apiKey.findUnique = findUnique
  })
  await supertest(other.server).get('/v1/keys').set('authorization', `Bearer ${created.key}`).expect(200)
  assert.deepEqual(lookups, [])

  await revokeApiKey(app.prisma, 'elsewhere', 'test')
  await waitFor('the other instance to forget the revoked key', async () => other.activeKeys.size === 0)
  await supertest(other.server).get('/v1/keys').set('authorization', `Bearer ${created.key}`).expect(401)
})

test('the last active admin key is not revoked over HTTP (409); the CLI may, and can make a new one', async (t) => {
  const app = await build(t)
  const api = supertest(app.server)
  const key = await keys(app)
  const last = await api.delete('/v1/keys/test-admin').set(key.admin).expect(409).expect('content-type', /problem\+json/)
  assert.match(last.body.detail, /"test-admin" is the last active admin key; .*Create another admin key first/)
  assert.equal(last.body.parameter, 'name')
  await api.get('/v1/keys').set(key.admin).expect(200)

  // With a second admin, either may go, but not both: two admins revoking each other at once leave one.
  const second = await api.post('/v1/keys').set(key.admin).send({ name: 'second-admin', role: 'admin' }).expect(201)
  const secondKey = { authorization: `Bearer ${second.body.key}` }
  const statuses = (await Promise.all([
    api.delete('/v1/keys/second-admin').set(key.admin),
    api.delete('/v1/keys/test-admin').set(secondKey),
  ])).map((response) => response.status).sort()
  assert.deepEqual(statuses, [204, 409])
  const active = (await app.prisma.apiKey.findMany({ where: { role: 'admin', revokedAt: null } })).map((k) => k.name)
  assert.equal(active.length, 1)

  // The CLI (the repository without the HTTP rule) may revoke a compromised last admin key, and create a new one.
  assert.ok(await revokeApiKey(app.prisma, active[0]!, 'cli'))
  const fresh = await createApiKey(app.prisma, { name: 'new-admin', role: 'admin' }, 'cli')
  await api.get('/v1/keys').set('authorization', `Bearer ${fresh.key}`).expect(200)
})
