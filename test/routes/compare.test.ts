import assert from 'node:assert/strict'
import { test } from 'node:test'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
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
  // The ME clinic's own fee comes first; the region's general fee for a specialist doctor visit beside it.
  const vgrFee = cell('specialist_visit_fee', '14')
  assert.deepEqual([vgrFee.value, vgrFee.factIds], [300, ['vgr-smarthjalpen-specialist-visit-fee', 'fees-2020-vastra-gotaland-specialistlakare']])
  assert.equal(
    vgrFee.summary,
    "300 SEK per specialist visit at Smärthjälpen Sverige AB; 300 SEK per specialist visit (the region's general fee for a visit to a specialist doctor)",
  )
  assert.equal(cell('high_cost_ceiling', '14').status, 'yes')
  assert.equal(cell('high_cost_ceiling', '14').factIds[0], 'vgr-smarthjalpen-specialist-visit-fee')
  // SKR's 2020 compilation gives every region's general specialist-visit fee: Jämtland's too.
  const jamtlandFee = cell('specialist_visit_fee', '23')
  assert.deepEqual([jamtlandFee.value, jamtlandFee.factIds], [300, ['fees-2020-jamtland-harjedalen-specialistlakare']])
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
  // All three charge 300 SEK (SKR's 2020 table): known everywhere, nothing to differ.
  const fee = body.dimensions.find((d: { id: string }) => d.id === 'specialist_visit_fee')
  assert.deepEqual(['14', '18', '23'].map((code) => fee.cells[code].value), [300, 300, 300])
  assert.deepEqual([fee.differs, fee.partlyKnown], [false, false])
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
  // In 2023 Smärthjälpen's fee has ended; VGR's region-wide fee (SKR 2020) goes on, by then stale. Stockholm's
  // contracted clinic charges a fee whose amount no source states: the value is the region's uniform fee of 1 April 2022.
  const later = await supertest(app.server).get('/v1/compare/dimensions/specialist_visit_fee?asOf=2023-01-01').expect(200)
  assert.equal(later.body.numeric.count, 21)
  const stockholm = later.body.cells.find((c: { region: { code: string } }) => c.region.code === '01')
  assert.deepEqual(
    [stockholm.status, stockholm.value, stockholm.factIds],
    ['yes', 250, ['stockholm-bragee-avgift-hogkostnadsskydd', 'fees-2022-stockholm-enhetstaxa']],
  )
  assert.match(stockholm.summary, /^A fee is charged per specialist visit; the amount is not stated at Bragée[^;]*; 250 SEK per specialist visit \(the/)
  const vgrLater = later.body.cells.find((c: { region: { code: string } }) => c.region.code === '14')
  assert.deepEqual([vgrLater.value, vgrLater.stale, vgrLater.factIds], [300, true, ['fees-2020-vastra-gotaland-specialistlakare']])
  assert.match(vgrLater.summary, /Last confirmed by a source dated 2020-01-10/)
})

test('coverage: known, stale and unknown per region and dimension', async (t) => {
  const app = await build(t)
  const { body } = await supertest(app.server).get('/v1/coverage?asOf=2021-06-01').expect(200)
  assert.equal(body.totals.cells, 21 * dimensionIds.length)
  assert.equal(body.totals.known + body.totals.stale + body.totals.unknown, body.totals.cells)
  assert.equal(body.staleAfterMonths, 24)
  const vgr = body.regions.find((r: { code: string }) => r.code === '14')
  assert.ok(vgr.known >= 5)
  // Norrbotten: only its fee and the high-cost ceiling are known, from SKR's 2020 compilation.
  const norrbotten = body.regions.find((r: { code: string }) => r.code === '25')
  assert.deepEqual([norrbotten.known, norrbotten.stale], [2, 0])
  const knownInNorrbotten = norrbotten.dimensions.filter((d: { known: boolean }) => d.known).map((d: { id: string }) => d.id)
  assert.deepEqual(knownInNorrbotten, ['specialist_visit_fee', 'high_cost_ceiling'])
  assert.equal(norrbotten.evidenceDate, '2020-01-10')
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
  assert.match(fee.citations!, /Patientavgifter 2020/)

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

test('CSV layout=wide: one row per dimension, one column per region, citations led by their region', async (t) => {
  const app = await build(t)
  const response = await supertest(app.server).get('/v1/compare/regions?regions=14,18,23&asOf=2021-06-01&format=csv&layout=wide').expect(200)
  const rows = parse(response.text, { bom: true, columns: true }) as Record<string, string>[]
  assert.deepEqual(rows.map((r) => r.dimension), [...dimensionIds])
  assert.deepEqual(Object.keys(rows[0]!), [
    'dimension',
    'label',
    'differs',
    'partlyKnown',
    'Västra Götalandsregionen (14)',
    'Region Örebro län (18)',
    'Region Jämtland Härjedalen (23)',
    'citations',
  ])
  const fee = rows.find((r) => r.dimension === 'specialist_visit_fee')!
  assert.match(fee['Västra Götalandsregionen (14)']!, /^Yes: 300 SEK per specialist visit/)
  assert.match(fee['Region Jämtland Härjedalen (23)']!, /^Yes: 300 SEK per specialist visit/)
  // The clinic's fee is cited first (the held document, quoted), then SKR's table.
  assert.match(fee.citations!, /^Västra Götalandsregionen: "[^"]+" \(Information om vårduppdrag gällande ME, Västra Götalandsregionen/)
  const skr2020 = /\| Västra Götalandsregionen: In SKR's 2020 table [^|]+\(Förändrade patientavgifter 2020, Sveriges Kommuner och Regioner \(SKR\), 2020-01-10/
  assert.match(fee.citations!, skr2020)
  assert.match(fee.citations!, /\| Region Jämtland Härjedalen: In SKR's 2020 table/)
  const doctor = rows.find((r) => r.dimension === 'doctor_home_visit')!
  assert.match(doctor['Region Jämtland Härjedalen (23)']!, /^Yes \(stale\): /)
  // One dimension across regions and coverage take the same layout.
  const one = await supertest(app.server).get('/v1/compare/dimensions/specialist_visit_fee?asOf=2021-06-01&format=csv&layout=wide').expect(200)
  const oneRows = parse(one.text, { bom: true, columns: true }) as Record<string, string>[]
  assert.equal(oneRows.length, 1)
  assert.equal(Object.keys(oneRows[0]!).length, 2 + 21 + 1)
  const coverage = await supertest(app.server).get('/v1/coverage?asOf=2021-06-01&format=csv&layout=wide').expect(200)
  const coverageRows = parse(coverage.text, { bom: true, columns: true }) as Record<string, string>[]
  assert.equal(coverageRows.length, dimensionIds.length)
  assert.equal(coverageRows.find((r) => r.dimension === 'specialist_visit_fee')!['Västra Götalandsregionen (14)'], 'known')
  // JSON ignores the layout; an unknown layout is a 400 naming it.
  const json = await supertest(app.server).get('/v1/compare/regions?regions=14&layout=wide').expect(200)
  assert.equal(json.body.regions.length, 1)
  const bad = await supertest(app.server).get('/v1/compare/regions?regions=14&layout=tall').expect(400)
  assert.equal(bad.body.parameter, 'layout')
})

test('CSV delimiter=semicolon, for Swedish spreadsheets; the same values as with commas', async (t) => {
  const app = await build(t)
  const url = '/v1/compare/regions?regions=14,18&asOf=2021-06-01&format=csv'
  const comma = await supertest(app.server).get(url).expect(200)
  const semicolon = await supertest(app.server).get(`${url}&delimiter=semicolon`).expect(200)
  const header = semicolon.text.replace('\uFEFF', '').split('\r\n')[0]!
  assert.equal(header, 'dimension;label;differs;partlyKnown;regionCode;region;status;statusLabel;value;summary;evidenceDate;stale;sourcesDisagree;citations')
  assert.deepEqual(parse(semicolon.text, { bom: true, columns: true, delimiter: ';' }), parse(comma.text, { bom: true, columns: true }))
  const bad = await supertest(app.server).get(`${url}&delimiter=tab`).expect(400)
  assert.equal(bad.body.parameter, 'delimiter')
})

test('CSV file names say what was asked, from the route and from the cache alike', async (t) => {
  const app = await build(t)
  const api = supertest(app.server)
  const disposition = async (url: string) => (await api.get(url).expect(200)).headers['content-disposition']
  const url = '/v1/compare/regions?regions=14,18,23&asOf=2021-06-01&format=csv'
  assert.equal(await disposition(url), 'attachment; filename="regionkollen-compare-14-18-23-2021-06-01-en.csv"')
  assert.equal(await disposition(url), 'attachment; filename="regionkollen-compare-14-18-23-2021-06-01-en.csv"', 'a cached answer is named too')
  // Layout, delimiter and language are in the name.
  assert.equal(
    await disposition(`${url}&layout=wide&delimiter=semicolon&lang=sv`),
    'attachment; filename="regionkollen-compare-14-18-23-wide-semicolon-2021-06-01-sv.csv"',
  )
  assert.equal(
    await disposition('/v1/compare/dimensions/specialist_visit_fee?asOf=2021-06-01&format=csv'),
    'attachment; filename="regionkollen-compare-dimensions-specialist_visit_fee-2021-06-01-en.csv"',
  )
  assert.match(String(await disposition('/v1/coverage?format=csv')), /^attachment; filename="regionkollen-coverage-\d{4}-\d{2}-\d{2}-en\.csv"$/)
  assert.match(String(await disposition('/v1/compare/regions?format=csv')), /filename="regionkollen-compare-all-\d{4}-\d{2}-\d{2}-en\.csv"/)
  assert.equal(await disposition('/v1/regions?format=csv'), 'attachment; filename="regionkollen-regions.csv"')
  // JSON is not a download.
  assert.equal((await api.get('/v1/compare/regions?regions=14').expect(200)).headers['content-disposition'], undefined)
})

test('CSV: a header row even when there are no rows; citations name the source, not its id', async (t) => {
  const app = await build(t)
  const api = supertest(app.server)
  const empty = await api.get('/v1/providers?q=no-such-provider-anywhere&format=csv').expect(200)
  const [header, ...rest] = empty.text.replace('\uFEFF', '').split('\r\n').filter(Boolean)
  assert.deepEqual(rest, [])
  assert.ok(header!.split(',').includes('name') && header!.split(',').includes('citations'), header)
  const rows = parse((await api.get('/v1/compare/regions?regions=14&asOf=2021-06-01&format=csv').expect(200)).text, { bom: true, columns: true }) as Record<
    string,
    string
  >[]
  const cited = rows.filter((r) => r.citations)
  assert.ok(cited.length > 0)
  for (const row of cited) {
    assert.doesNotMatch(row.citations!, /vgr-2021-smarthjalpen-me|sourceId/, 'no internal ids')
    assert.match(row.citations!, /\(.+, .+, (not before )?\d{4}-\d{2}-\d{2}/, 'title, publisher and date')
  }
})

test('the spreadsheet options are in the OpenAPI document', async (t) => {
  const app = await build(t)
  const { body } = await supertest(app.server).get('/openapi.json').expect(200)
  for (const path of ['/v1/compare/regions', '/v1/compare/dimensions/{dimension}', '/v1/coverage']) {
    const names = body.paths[path].get.parameters.map((p: { name: string }) => p.name)
    assert.ok(names.includes('layout') && names.includes('delimiter'), path)
  }
})

test('brotli when the client prefers it, with its own ETag; any of the three tags revalidates', async (t) => {
  const app = await build(t)
  const url = '/v1/compare/regions?regions=14,18'
  const asked = (encoding: string) => app.inject({ url, headers: { 'accept-encoding': encoding } })
  const first = await asked('br, gzip;q=0.8')
  const again = await asked('br, gzip;q=0.8')
  const plain = await asked('identity')
  for (const answer of [first, again]) {
    assert.equal(answer.headers['content-encoding'], 'br')
    assert.deepEqual(JSON.parse(brotliDecompressSync(answer.rawPayload).toString()), plain.json())
    assert.equal(answer.headers.etag, String(plain.headers.etag).replace(/"$/, '-br"'))
    assert.equal(Number(answer.headers['content-length']), answer.rawPayload.length)
    assert.match(String(answer.headers.vary), /Accept-Encoding/)
  }
  assert.ok(first.rawPayload.length < (await asked('gzip')).rawPayload.length, 'brotli is smaller than gzip')
  // Browsers and Node's fetch list gzip, deflate and br: they get brotli; q-values are respected.
  assert.equal((await asked('gzip, deflate, br')).headers['content-encoding'], 'br')
  assert.equal((await asked('br;q=0.5, gzip')).headers['content-encoding'], 'gzip')
  assert.equal((await asked('gzip;q=0, br;q=0')).headers['content-encoding'], undefined)
  assert.equal((await app.inject({ url })).headers['content-encoding'], undefined, 'no Accept-Encoding, no coding')
  const zipped = await asked('gzip')
  for (const tag of [plain.headers.etag, zipped.headers.etag, first.headers.etag]) {
    const revalidated = await app.inject({ url, headers: { 'accept-encoding': 'br', 'if-none-match': String(tag) } })
    assert.equal(revalidated.statusCode, 304)
    assert.equal(revalidated.headers.etag, first.headers.etag, 'a 304 names the representation the client would get')
  }
})

test('a cached answer has the headers of a fresh one: security headers, CORS, request id', async (t) => {
  const app = await build(t)
  const url = '/v1/compare/regions?regions=14'
  const headers = { origin: 'https://example.org', 'accept-encoding': 'gzip' }
  const fresh = await app.inject({ url, headers })
  const cached = await app.inject({ url, headers })
  const uncachedRoute = await app.inject({ url: '/health/live', headers })
  const without = (h: Record<string, unknown>) => Object.fromEntries(Object.entries(h).filter(([name]) => !['date', 'x-request-id'].includes(name)))
  assert.deepEqual(without(cached.headers), without(fresh.headers))
  assert.notEqual(cached.headers['x-request-id'], fresh.headers['x-request-id'])
  // Helmet's headers, as helmet sets them on a route it runs on.
  const security = [
    'content-security-policy', 'strict-transport-security', 'x-content-type-options', 'x-frame-options', 'cross-origin-opener-policy', 'referrer-policy',
  ]
  for (const name of security) {
    assert.ok(uncachedRoute.headers[name], name)
    assert.equal(cached.headers[name], uncachedRoute.headers[name], name)
    assert.equal((await app.inject({ method: 'HEAD', url })).headers[name], uncachedRoute.headers[name], `HEAD: ${name}`)
  }
  assert.equal(cached.headers['access-control-allow-origin'], '*')
  assert.match(String(cached.headers['access-control-expose-headers']), /ETag/)
})

test('cached answers count against the read limit', async (t) => {
  const app = await build(t, { settings: { RATE_LIMIT_READS_PER_MINUTE: 5 } })
  const url = '/v1/compare/regions?regions=14'
  const statuses = []
  for (let i = 0; i < 6; i++) statuses.push((await app.inject({ url, headers: { 'accept-encoding': 'br' } })).statusCode)
  assert.deepEqual(statuses, [200, 200, 200, 200, 200, 429])
  const refused = await app.inject({ url })
  assert.match(String(refused.headers['content-type']), /problem\+json/)
  assert.ok(Number(refused.headers['retry-after']) > 0)
})

test('requests for an answer not yet cached, arriving together, all get it in their own coding', async (t) => {
  const app = await build(t)
  const url = '/v1/compare/regions?regions=01,14,18&asOf=2024-01-01'
  const encodings = ['identity', 'gzip', 'br', 'gzip, deflate, br', 'identity', 'br']
  const answers = await Promise.all(encodings.map((encoding) => app.inject({ url, headers: { 'accept-encoding': encoding } })))
  const decode = (answer: (typeof answers)[number]) =>
    answer.headers['content-encoding'] === 'br'
      ? brotliDecompressSync(answer.rawPayload)
      : answer.headers['content-encoding'] === 'gzip'
        ? gunzipSync(answer.rawPayload)
        : answer.rawPayload
  const bodies = new Set(answers.map((answer) => decode(answer).toString()))
  assert.equal(bodies.size, 1)
  assert.deepEqual(answers.map((a) => a.statusCode), encodings.map(() => 200))
  assert.deepEqual(answers.map((a) => a.headers['content-encoding'] ?? 'identity'), ['identity', 'gzip', 'br', 'br', 'identity', 'br'])
})
