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
  // Primary-care doctors already made home visits in May 2019; extending them was being tried.
  assert.equal(cell('doctor_home_visit', '23').status, 'yes')
  assert.match(cell('doctor_home_visit', '23').summary, /Also: being tried out/)
  // The memo that proposes rejecting the motion postdates 2021: nothing is said of Örebro then.
  assert.equal(cell('doctor_home_visit', '18').status, 'unknown')
  assert.deepEqual(cell('doctor_home_visit', '18').citations, [])
  for (const dimension of body.dimensions) {
    for (const c of Object.values(dimension.cells) as { status: string; citations: unknown[]; summary: string }[]) {
      assert.ok(c.summary.length > 0)
      if (c.status !== 'unknown') assert.ok(c.citations.length > 0, `${dimension.id}: a known cell is cited`)
    }
  }
  const differing = body.dimensions.filter((d: { differs: boolean }) => d.differs).map((d: { id: string }) => d.id)
  assert.deepEqual(body.differingDimensions, differing)
  // A clinic in VGR; a 2019 letter says Örebro has none; nothing on Jämtland: different where known, and partly known.
  const provider = body.dimensions.find((d: { id: string }) => d.id === 'specialist_provider')
  assert.deepEqual(['14', '18', '23'].map((code) => provider.cells[code].status), ['yes', 'no', 'unknown'])
  assert.deepEqual([provider.differs, provider.partlyKnown], [true, true])
  // The fee is known only in VGR: partly known, but nothing to differ from.
  const fee = body.dimensions.find((d: { id: string }) => d.id === 'specialist_visit_fee')
  assert.deepEqual([fee.differs, fee.partlyKnown], [false, true])
  assert.ok(!differing.includes('personal_assistance'), 'unknown everywhere does not differ')
})

test('compare after Örebro\'s memo: a proposal to reject a motion is not a refusal of the services it asked for', async (t) => {
  const app = await build(t)
  const { body } = await supertest(app.server).get('/v1/compare/regions?regions=18&asOf=2025-06-01').expect(200)
  const cell = (dimension: string) => body.dimensions.find((d: { id: string }) => d.id === dimension).cells['18']
  for (const service of ['doctor_home_visit', 'nurse_home_visit', 'counselor_home_visit']) {
    assert.equal(cell(service).status, 'unknown', service)
    assert.match(cell(service).summary, /in a proposal, not a decision/, service)
    assert.ok(cell(service).citations.length > 0, `${service}: the proposal and its grounds are cited`)
  }
  assert.equal(cell('occupational_therapist_home_visit').status, 'municipal_responsibility')
  assert.equal(cell('digital_dental_care').status, 'unknown', 'unanswered is unknown, not no')
  // A conference of consultants is not a clinic; what the cell says rests on a reader's letter of 2019: stale by 2025.
  assert.equal(cell('specialist_provider').status, 'no')
  assert.equal(cell('specialist_provider').stale, true)
  assert.ok(!cell('specialist_provider').factIds.includes('orebro-mdk-kms'))
  assert.equal(cell('recent_decisions').status, 'yes')
  assert.match(cell('recent_decisions').summary, /proposed rejecting \(a proposal, not a decision\)/)
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
  assert.equal(Object.values(body.statusCounts as Record<string, number>).reduce((a, b) => a + b, 0), 21)
  const vgr = body.cells.find((c: { region: { code: string } }) => c.region.code === '14')
  assert.deepEqual([vgr.status, vgr.value], ['yes', 300])
  const amounts = body.cells.map((c: { value: unknown }) => c.value).filter((v: unknown) => typeof v === 'number')
  assert.deepEqual(body.numeric, { count: amounts.length, min: Math.min(...amounts), median: body.numeric.median, max: Math.max(...amounts) })
  // In 2023 VGR's fee has ended; Stockholm's contracted clinic charges a fee whose amount no source states.
  const later = await supertest(app.server).get('/v1/compare/dimensions/specialist_visit_fee?asOf=2023-01-01').expect(200)
  assert.equal(later.body.numeric, null)
  const stockholm = later.body.cells.find((c: { region: { code: string } }) => c.region.code === '01')
  assert.deepEqual([stockholm.status, stockholm.value], ['yes', null])
  assert.match(stockholm.summary, /the amount is not stated/)
  assert.equal(later.body.cells.find((c: { region: { code: string } }) => c.region.code === '14').status, 'unknown')
})

test('coverage: known, stale and unknown per region and dimension', async (t) => {
  const app = await build(t)
  const { body } = await supertest(app.server).get('/v1/coverage?asOf=2021-06-01').expect(200)
  assert.equal(body.totals.cells, 21 * dimensionIds.length)
  assert.equal(body.totals.known + body.totals.stale + body.totals.unknown, body.totals.cells)
  assert.equal(body.staleAfterMonths, 24)
  const vgr = body.regions.find((r: { code: string }) => r.code === '14')
  assert.ok(vgr.known >= 5)
  const norrbotten = body.regions.find((r: { code: string }) => r.code === '25')
  assert.equal(norrbotten.known + norrbotten.stale, 0)
  assert.equal(norrbotten.evidenceDate, null)
  // Jämtland's minutes of May 2019 are stale 24 months later: counted apart, not as known.
  const later = (await supertest(app.server).get('/v1/coverage?asOf=2021-06-01').expect(200)).body
  const jamtland = later.regions.find((r: { code: string }) => r.code === '23')
  const doctor = jamtland.dimensions.find((d: { id: string }) => d.id === 'doctor_home_visit')
  assert.deepEqual([doctor.status, doctor.known, doctor.stale], ['yes', false, true])
  assert.ok(jamtland.stale >= 1 && later.totals.stale >= jamtland.stale)
})

test('a region\'s profile: every dimension and the facts valid on the date', async (t) => {
  const app = await build(t)
  const { body } = await supertest(app.server).get('/v1/regions/14/profile?asOf=2021-06-01').expect(200)
  assert.equal(body.dimensions.length, dimensionIds.length)
  const ids = (profile: { providers: { id: string }[] }) => profile.providers.map((p) => p.id)
  assert.ok(ids(body).includes('vgr-smarthjalpen'))
  const later = await supertest(app.server).get('/v1/regions/14/profile?asOf=2022-06-01').expect(200)
  assert.ok(!ids(later.body).includes('vgr-smarthjalpen'))
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

test('406 when neither JSON nor CSV is acceptable; a single record is one CSV row', async (t) => {
  const app = await build(t)
  const api = supertest(app.server)
  const xml = await api.get('/v1/regions').set('accept', 'application/xml').expect(406).expect('content-type', /problem\+json/)
  assert.equal(xml.body.status, 406)
  const one = await api.get('/v1/fees/vgr-smarthjalpen-specialist-visit-fee?format=csv').expect(200).expect('content-type', /text\/csv/)
  const rows = parse(one.text, { bom: true, columns: true }) as Record<string, string>[]
  assert.deepEqual([rows.length, rows[0]!.amountSek], [1, '300'])
  await api.get('/v1/health/ready?format=csv').expect(404)
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
