import assert from 'node:assert/strict'
import { test } from 'node:test'
import supertest from 'supertest'
import { substanceRoutes } from '../../src/plugins/app/response-cache.js'
import { factKindIds, factKinds } from '../../src/schemas/fact-kinds.js'
import { build } from '../helpers/build.js'
import { keys } from '../helpers/keys.js'

/** Requests on every route the cache keeps across edits of bookkeeping fields. */
const urls = [
  '/v1/compare/regions',
  '/v1/compare/regions?regions=14,18,23&asOf=2021-06-01&lang=sv',
  '/v1/compare/regions?format=csv',
  '/v1/compare/regions?regions=01,03&format=csv&layout=wide',
  '/v1/compare/dimensions/specialist_visit_fee?asOf=2021-06-01',
  '/v1/compare/dimensions/home_help?format=csv',
  '/v1/coverage',
  '/v1/coverage?asOf=2021-06-01&lang=sv',
]
const tables = factKindIds.map((kind) => factKinds[kind].table)

test('the comparisons and coverage do not depend on notes, versions or timestamps', async (t) => {
  const app = await build(t)
  const [{ db }] = await app.prisma.$queryRaw<[{ db: string }]>`SELECT current_database() AS db`
  const databaseUrl = process.env.TEST_SERVER_URL!.replace(/\/[^/]*$/, `/${db}`)
  const routeOf = (url: string) => {
    const path = new URL(url, 'http://localhost').pathname
    return path.startsWith('/v1/compare/dimensions/') ? '/v1/compare/dimensions/:dimension' : path
  }
  assert.deepEqual(new Set(urls.map(routeOf)), substanceRoutes, 'every such route is checked')
  const before = await Promise.all(urls.map(async (url) => (await app.inject({ url })).body))
  const { version, substanceVersion } = app.snapshot.current()
  for (const table of [...tables, 'sources']) {
    const notes = table === 'sources' ? '' : ", notes = jsonb_build_object('sv', 'Ändrad av testet: ' || id, 'en', 'changed by the test: ' || id)"
    await app.prisma.$executeRawUnsafe(`UPDATE ${table} SET version = version + 7, created_at = now() - interval '3 years', updated_at = now()${notes}`)
  }
  // A fresh instance, with nothing cached, renders everything again from the changed database.
  const fresh = await build(t, { databaseUrl })
  assert.notEqual(fresh.snapshot.current().version, version)
  assert.equal(fresh.snapshot.current().substanceVersion, substanceVersion)
  for (const [i, url] of urls.entries()) assert.equal((await fresh.inject({ url })).body, before[i], url)
})

test('an edit of a note keeps the comparison cached; a change it shows does not', async (t) => {
  const app = await build(t)
  const api = supertest(app.server)
  const key = await keys(app)
  const compare = '/v1/compare/regions?regions=14&asOf=2021-06-01'
  // The fee the comparison shows for VGR in mid-2021: the region-wide one from SKR's 2020 table.
  const fee = '/v1/fees/fees-2020-vastra-gotaland-specialistlakare'
  const first = await api.get(compare).expect(200)
  const read = await api.get(fee).expect(200)
  const edited = await api
    .patch(fee)
    .set(key.editor)
    .set('if-match', read.headers.etag!)
    .send({ notes: { sv: 'Anteckning i test.', en: 'a note for editors' } })
    .expect(200)
  assert.equal((await api.get(fee).expect(200)).body.notes, 'a note for editors', 'the record shows the edit at once')
  const again = await api.get(compare).expect(200)
  assert.equal(again.headers.etag, first.headers.etag)
  await api.patch(fee).set(key.editor).set('if-match', edited.headers.etag!).send({ amountSek: 350 }).expect(200)
  const changed = await api.get(compare).expect(200)
  assert.notEqual(changed.headers.etag, first.headers.etag, 'a new fee is a new comparison')
  assert.match(JSON.stringify(changed.body), /350/)
})
