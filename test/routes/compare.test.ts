import assert from 'node:assert/strict'
import { test } from 'node:test'
import { gunzipSync } from 'node:zlib'
import { parse } from 'csv-parse/sync'
import supertest from 'supertest'
import { dimensionIds } from '../../src/schemas/labels.js'
import { build } from '../helpers/build.js'

test('compare 14, 18 and 23 as of mid-2021: every dimension, cells cited, differences marked', async (t) => {
  const app = await build(t)
  const { body } = await supertest(app.server).get('/v1/compare/regions?regions=14,18,23&condition=me-cfs&asOf=2021-06-01').expect(200)
  assert.deepEqual(body.regions.map((r: { code: string }) => r.code), ['14', '18', '23'])
  assert.deepEqual(body.dimensions.map((d: { id: string }) => d.id), [...dimensionIds])
  const cell = (dimension: string, region: string) => body.dimensions.find((d: { id: string }) => d.id === dimension).cells[region]

  assert.equal(cell('specialist_provider', '14').status, 'yes')
  assert.equal(cell('self_referral', '14').status, 'yes')
  assert.equal(cell('specialist_visit_fee', '14').value, 300)
  assert.equal(cell('high_cost_ceiling', '14').status, 'yes')
  assert.equal(cell('specialist_visit_fee', '23').status, 'unknown')
  assert.equal(cell('doctor_home_visit', '23').status, 'under_trial')
  // The memo that proposes rejecting the motion postdates 2021; it is not yet in force then.
  assert.equal(cell('doctor_home_visit', '18').status, 'unknown')
  for (const dimension of body.dimensions) {
    for (const c of Object.values(dimension.cells) as { status: string; citations: unknown[]; summary: string }[]) {
      assert.ok(c.summary.length > 0)
      if (c.status !== 'unknown') assert.ok(c.citations.length > 0, `${dimension.id}: a known cell is cited`)
      else assert.equal(c.citations.length, 0)
    }
  }
  const differing = body.dimensions.filter((d: { differs: boolean }) => d.differs).map((d: { id: string }) => d.id)
  assert.deepEqual(body.differingDimensions, differing)
  assert.ok(differing.includes('specialist_provider'))
  assert.ok(!differing.includes('personal_assistance'), 'unknown everywhere does not differ')
})

test('compare as of today: Örebro\'s memo applies, VGR\'s ended contract does not', async (t) => {
  const app = await build(t)
  const { body } = await supertest(app.server).get('/v1/compare/regions?regions=14,18').expect(200)
  const cell = (dimension: string, region: string) => body.dimensions.find((d: { id: string }) => d.id === dimension).cells[region]
  assert.notEqual(cell('doctor_home_visit', '18').status, 'unknown')
  assert.ok(['no', 'municipal_responsibility'].includes(cell('occupational_therapist_home_visit', '18').status))
  assert.equal(cell('digital_dental_care', '18').status, 'unknown', 'unanswered is unknown, not no')
  assert.equal(cell('specialist_provider', '14').status, 'unknown')
  assert.match(cell('specialist_provider', '14').summary, /Last known: Smärthjälpen/)
  assert.equal(cell('recent_decisions', '18').status, 'yes')
})

test('compare without regions covers all 21; municipal support is summarised per region', async (t) => {
  const app = await build(t)
  const { body } = await supertest(app.server).get('/v1/compare/regions').expect(200)
  assert.equal(body.regions.length, 21)
  const homeHelp = body.dimensions.find((d: { id: string }) => d.id === 'home_help').cells['01']
  assert.equal(homeHelp.status, 'conditional')
  assert.match(homeHelp.value, /^2 of 26 municipalities known$/)
})

test('compare: labels in Swedish with lang=sv', async (t) => {
  const app = await build(t)
  const { body } = await supertest(app.server).get('/v1/compare/regions?regions=14&lang=sv&asOf=2021-06-01').expect(200)
  const provider = body.dimensions.find((d: { id: string }) => d.id === 'specialist_provider')
  assert.equal(provider.label, 'Specialistmottagning finns')
  assert.equal(provider.cells['14'].statusLabel, 'Ja')
})

test('compare: bad input is 400 or 404, never 500', async (t) => {
  const app = await build(t)
  const api = supertest(app.server)
  const cases: [string, number, string][] = [
    ['/v1/compare/regions?regions=14,99', 404, 'regions'],
    ['/v1/compare/regions?regions=14;18', 400, 'regions'],
    ['/v1/compare/regions?asOf=2021-6-1', 400, 'asOf'],
    ['/v1/compare/regions?lang=de', 400, 'lang'],
    ['/v1/compare/regions?condition=flu', 404, 'condition'],
    ['/v1/compare/dimensions/colour', 400, 'dimension'],
    ['/v1/compare/dimensions/specialist_visit_fee?regions=14', 400, 'regions'],
    ['/v1/coverage?asOf=tomorrow', 400, 'asOf'],
    ['/v1/regions/99/profile', 404, 'code'],
  ]
  for (const [url, status, parameter] of cases) {
    const response = await api.get(url)
    assert.equal(response.status, status, url)
    assert.equal(response.body.parameter, parameter, url)
  }
})

test('one dimension across all regions: cells, counts per status, min/median/max', async (t) => {
  const app = await build(t)
  const { body } = await supertest(app.server).get('/v1/compare/dimensions/specialist_visit_fee?asOf=2021-06-01').expect(200)
  assert.equal(body.cells.length, 21)
  assert.equal(body.statusCounts.yes, 1)
  assert.equal(body.statusCounts.unknown, 20)
  assert.deepEqual(body.numeric, { count: 1, min: 300, median: 300, max: 300 })
  const later = await supertest(app.server).get('/v1/compare/dimensions/specialist_visit_fee?asOf=2023-01-01').expect(200)
  assert.equal(later.body.numeric, null)
  assert.equal(later.body.statusCounts.unknown, 21)
})

test('coverage: known and unknown per region and dimension', async (t) => {
  const app = await build(t)
  const { body } = await supertest(app.server).get('/v1/coverage?asOf=2021-06-01').expect(200)
  assert.equal(body.totals.cells, 21 * dimensionIds.length)
  assert.equal(body.totals.known + body.totals.unknown, body.totals.cells)
  const vgr = body.regions.find((r: { code: string }) => r.code === '14')
  assert.ok(vgr.known >= 5)
  assert.equal(vgr.lastVerifiedOn, '2021-03-31')
  const norrbotten = body.regions.find((r: { code: string }) => r.code === '25')
  assert.equal(norrbotten.known, 0)
  assert.equal(norrbotten.lastVerifiedOn, null)
})

test('a region\'s profile: every dimension and the facts valid on the date', async (t) => {
  const app = await build(t)
  const { body } = await supertest(app.server).get('/v1/regions/14/profile?asOf=2021-06-01').expect(200)
  assert.equal(body.dimensions.length, dimensionIds.length)
  assert.equal(body.providers.length, 1)
  const later = await supertest(app.server).get('/v1/regions/14/profile?asOf=2022-06-01').expect(200)
  assert.equal(later.body.providers.length, 0)
})

test('CSV: comparisons and lists open as spreadsheets', async (t) => {
  const app = await build(t)
  const api = supertest(app.server)
  const response = await api
    .get('/v1/compare/regions?regions=14,18,23&format=csv&asOf=2021-06-01')
    .expect(200)
    .expect('content-type', /^text\/csv; charset=utf-8/)
  assert.ok(response.text.startsWith('\uFEFF'), 'a BOM tells spreadsheets it is UTF-8')
  const rows = parse(response.text, { bom: true, columns: true }) as Record<string, string>[]
  assert.equal(rows.length, dimensionIds.length * 3)
  const fee = rows.find((r) => r.dimension === 'specialist_visit_fee' && r.regionCode === '14')!
  assert.equal(fee.value, '300')
  assert.match(fee.citations!, /högkostnadsskyddet|300 kronor/)

  const viaAccept = await api.get('/v1/providers?asOf=2021-06-01').set('accept', 'text/csv').expect(200).expect('content-type', /text\/csv/)
  const providers = parse(viaAccept.text, { bom: true, columns: true }) as Record<string, string>[]
  assert.ok(providers.some((p) => p.name === 'Smärthjälpen Sverige AB'))
  for (const url of [
    '/v1/regions?format=csv',
    '/v1/municipalities?format=csv&region=01',
    '/v1/sources?format=csv',
    '/v1/coverage?format=csv',
    '/v1/compare/dimensions/self_referral?format=csv',
    '/v1/regions/18/profile?format=csv',
  ]) {
    const csv = await api.get(url).expect(200).expect('content-type', /text\/csv/)
    assert.ok((parse(csv.text, { bom: true, columns: true }) as unknown[]).length > 0, url)
  }
})

test('406 when neither JSON nor CSV is acceptable, or CSV is asked of a single record', async (t) => {
  const app = await build(t)
  const api = supertest(app.server)
  const xml = await api.get('/v1/regions').set('accept', 'application/xml').expect(406).expect('content-type', /problem\+json/)
  assert.equal(xml.body.status, 406)
  await api.get('/v1/regions/14?format=csv').expect(406)
  await api.get('/v1/regions').set('accept', 'application/json, text/csv;q=0.5').expect(200).expect('content-type', /application\/json/)
  await api.get('/v1/regions').set('accept', '*/*').expect(200).expect('content-type', /application\/json/)
})

test('strong ETags and Cache-Control; If-None-Match gives 304', async (t) => {
  const app = await build(t)
  const api = supertest(app.server)
  const first = await api.get('/v1/compare/regions?regions=14,18').expect(200)
  const etag = first.headers.etag!
  assert.match(etag, /^"[^"]+"$/, 'a strong ETag')
  assert.match(first.headers['cache-control']!, /max-age=\d+/)
  const again = await api.get('/v1/compare/regions?regions=14,18').expect(200)
  assert.equal(again.headers.etag, etag)
  assert.deepEqual(again.body, first.body)
  const notModified = await api.get('/v1/compare/regions?regions=14,18').set('if-none-match', etag).expect(304)
  assert.equal(notModified.text, '')
  await api.get('/v1/compare/regions?regions=14,18').set('if-none-match', '"something-else"').expect(200)
  const other = await api.get('/v1/compare/regions?regions=14,23').expect(200)
  assert.notEqual(other.headers.etag, etag)
  const csv = await api.get('/v1/compare/regions?regions=14,18').set('accept', 'text/csv').expect(200)
  assert.notEqual(csv.headers.etag, etag, 'the CSV has its own ETag')
})

test('gzip: cached answers are compressed once, with their own ETag; either tag revalidates', async (t) => {
  const app = await build(t)
  const url = '/v1/compare/regions?regions=14,18'
  const plain = await app.inject({ url, headers: { 'accept-encoding': 'identity' } })
  const zipped = await app.inject({ url, headers: { 'accept-encoding': 'gzip, deflate' } })
  assert.equal(plain.headers['content-encoding'], undefined)
  assert.equal(zipped.headers['content-encoding'], 'gzip')
  assert.ok(zipped.rawPayload.length < plain.rawPayload.length / 4, `${zipped.rawPayload.length} of ${plain.rawPayload.length} bytes`)
  assert.deepEqual(JSON.parse(gunzipSync(zipped.rawPayload).toString()), plain.json())
  assert.equal(zipped.headers.etag, String(plain.headers.etag).replace(/"$/, '-gz"'))
  assert.match(String(zipped.headers.vary), /Accept-Encoding/)
  for (const tag of [plain.headers.etag, zipped.headers.etag]) {
    assert.equal((await app.inject({ url, headers: { 'accept-encoding': 'gzip', 'if-none-match': String(tag) } })).statusCode, 304)
  }
})
