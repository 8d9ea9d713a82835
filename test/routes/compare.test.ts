import assert from 'node:assert/strict'
import { test } from 'node:test'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { parse } from 'csv-parse/sync'
import supertest from 'supertest'
import { dimensionIds } from '../../src/domain/dimensions/index.js'
import { build } from '../helpers/build.js'
import { swedishProblems } from '../helpers/swedish.js'

type Cell = {
  dimension: string
  region: { code: string }
  status: string
  value: any
  short: string
  summary: string
  evidenceDate: string | null
  evidenceStrength: string | null
  stale: boolean
  factIds: string[]
  decidingFactIds: string[]
  citations: unknown[]
}
type Row = { id: string; differs: boolean; partlyKnown: boolean; cells: Cell[] }
const cellIn = (body: { dimensions: Row[] }) => (dimension: string, region: string) =>
  body.dimensions.find((d) => d.id === dimension)!.cells.find((c) => c.region.code === region)!

test('compare 14, 18 and 23 as of mid-2021: every dimension, typed values, cells cited, differences marked', async (t) => {
  const app = await build(t)
  const { body } = await supertest(app.server).get('/v1/compare/regions?regions=14,18,23&condition=me-cfs&asOf=2021-06-01').expect(200)
  assert.deepEqual(
    body.regions.map((r: { code: string }) => r.code),
    ['14', '18', '23'],
  )
  assert.deepEqual(
    body.dimensions.map((d: Row) => d.id),
    [...dimensionIds],
  )
  const cell = cellIn(body)
  // One cell shape: each names its dimension and region, in region order.
  for (const row of body.dimensions as Row[]) {
    assert.deepEqual(
      row.cells.map((c) => [c.dimension, c.region.code]),
      ['14', '18', '23'].map((r) => [row.id, r]),
    )
  }

  // VGR: the contracted clinic, with its contract; its own fee as a number, "known" (not "yes").
  const provider = cell('specialist_provider', '14')
  assert.equal(provider.status, 'offered')
  const smarthjalpen = provider.value.providers.find((p: { id: string }) => p.id === 'vgr-smarthjalpen')
  assert.deepEqual([smarthjalpen.operatedAs, smarthjalpen.countsForRegion, smarthjalpen.contractStart], ['contracted', true, '2017-11-01'])
  const gottfries = provider.value.providers.find((p: { id: string }) => p.id === 'vgr-gottfries-privat')
  assert.deepEqual([gottfries.operatedAs, gottfries.countsForRegion], ['private', false])
  assert.equal(provider.evidenceDate, '2021-03-31', "the contracted clinic's evidence, not the private clinic's")
  const fee = cell('specialist_visit_fee', '14')
  assert.equal(fee.status, 'known')
  assert.deepEqual([fee.value.amountSek, fee.value.whose, fee.value.provider.id, fee.value.countsTowardCeiling], [300, 'provider', 'vgr-smarthjalpen', true])
  assert.deepEqual(
    fee.value.otherFees.map((f: { amountSek: number; whose: string }) => [f.amountSek, f.whose]),
    [[300, 'region']],
  )
  assert.equal(fee.short, 'SEK 300')
  assert.equal(fee.summary, "A visit to Smärthjälpen Sverige AB costs SEK 300. The region's general fee for a visit to a specialist doctor is SEK 300.")
  assert.deepEqual([cell('high_cost_ceiling', '14').status, cell('high_cost_ceiling', '14').factIds[0]], ['yes', 'vgr-smarthjalpen-specialist-visit-fee'])
  const channels = cell('referral_channels', '14').value.channels as { channel: string; status: string; provider: { id: string } }[]
  assert.ok(channels.some((c) => c.channel === 'primary_care' && c.status === 'open' && c.provider.id === 'vgr-smarthjalpen'))
  // Jämtland's 2020 fee from SKR's compilation; its doctor home visits in May 2019, by 2021 stale.
  assert.deepEqual(
    [cell('specialist_visit_fee', '23').value.amountSek, cell('specialist_visit_fee', '23').factIds],
    [300, ['fees-2020-jamtland-harjedalen-specialistlakare']],
  )
  assert.deepEqual([cell('doctor_home_visit', '23').status, cell('doctor_home_visit', '23').stale], ['offered', true])
  // Nothing of Örebro's home visits before its 2024 memo.
  assert.deepEqual([cell('doctor_home_visit', '18').status, cell('doctor_home_visit', '18').citations], ['unknown', []])
  // Örebro's "no" rests on a reader's letter; Jämtland's on reports of no clinic north of Stockholm.
  assert.deepEqual([cell('specialist_provider', '18').status, cell('specialist_provider', '18').evidenceStrength], ['not_offered', 'weak'])
  assert.deepEqual([cell('specialist_provider', '23').status, cell('specialist_provider', '23').evidenceStrength], ['not_offered', 'secondary'])
  for (const row of body.dimensions as Row[]) {
    for (const c of row.cells) {
      assert.ok(c.summary.length > 0 && c.short.length > 0)
      if (c.status !== 'unknown') assert.ok(c.citations.length > 0, `${row.id}: a known cell is cited`)
    }
  }
  const differing = (body.dimensions as Row[]).filter((d) => d.differs).map((d) => d.id)
  assert.deepEqual(body.differingDimensions, differing)
  const specialist = (body.dimensions as Row[]).find((d) => d.id === 'specialist_provider')!
  assert.deepEqual([specialist.differs, specialist.partlyKnown], [true, false])
  // All three charge 300 SEK: known everywhere, nothing to differ.
  const fees = (body.dimensions as Row[]).find((d) => d.id === 'specialist_visit_fee')!
  assert.deepEqual([fees.differs, fees.partlyKnown], [false, false])
  assert.ok(!differing.includes('personal_assistance'), 'unknown everywhere does not differ')
})

test('VGR today: neither specialist care nor self-referral is offered on the strength of a private clinic alone', async (t) => {
  const app = await build(t)
  const { body } = await supertest(app.server).get('/v1/compare/regions?regions=14&asOf=2026-12-04').expect(200)
  const cell = cellIn(body)
  const selfReferral = cell('self_referral', '14')
  assert.equal(selfReferral.status, 'unknown')
  assert.ok(selfReferral.value.channels.every((c: { provider: { operatedAs: string } }) => c.provider.operatedAs === 'private'))
  assert.match(selfReferral.summary, /Gottfriesmottagningen is a private clinic without an agreement with the region/)
  // What VGR offers today is its own clinic at Sahlgrenska, not the private one.
  const provider = cell('specialist_provider', '14')
  const counted = provider.value.providers.filter((p: { countsForRegion: boolean; status: string }) => p.countsForRegion && p.status === 'operating')
  assert.ok(counted.length > 0 && counted.every((p: { operatedAs: string }) => p.operatedAs !== 'private'))
  assert.ok(provider.factIds[0] !== 'vgr-gottfries-privat', 'the private clinic does not decide the answer')
})

test('Västerbotten after October 2022: the clinic and both referral channels are paused, not "no"', async (t) => {
  const app = await build(t)
  const { body } = await supertest(app.server).get('/v1/compare/regions?regions=24&asOf=2023-06-01&lang=sv').expect(200)
  const cell = cellIn(body)
  assert.deepEqual([cell('specialist_provider', '24').status, cell('specialist_provider', '24').short], ['paused', 'Tar inte emot remisser'])
  assert.equal(cell('self_referral', '24').status, 'paused')
  const channels = cell('referral_channels', '24')
  assert.equal(channels.status, 'known')
  assert.ok(channels.value.channels.every((c: { status: string }) => c.status === 'closed'))
  assert.equal(channels.short, 'Inga öppna remissvägar')
  assert.doesNotMatch(channels.summary, /Remiss från ;|krav: \./)
})

test("compare after Örebro's memo: a proposal to reject a motion is not a refusal of the services it asked for", async (t) => {
  const app = await build(t)
  const { body } = await supertest(app.server).get('/v1/compare/regions?regions=18&asOf=2025-06-01').expect(200)
  const cell = (dimension: string) => cellIn(body)(dimension, '18')
  for (const service of ['doctor_home_visit', 'nurse_home_visit', 'counselor_home_visit']) {
    assert.equal(cell(service).status, 'unknown', service)
    assert.match(cell(service).summary, /This comes from a proposal, not a decision/, service)
    assert.ok(cell(service).citations.length > 0, `${service}: the proposal and its grounds are cited`)
  }
  assert.equal(cell('occupational_therapist_home_visit').status, 'municipal_responsibility')
  assert.equal(cell('occupational_therapist_home_visit').value.basis, 'proposal')
  assert.equal(cell('digital_dental_care').status, 'unknown', 'unanswered is unknown, not no')
  // A conference of consultants is not a clinic; the "no" rests on a reader's letter of 2019: stale by 2025.
  assert.deepEqual([cell('specialist_provider').status, cell('specialist_provider').stale], ['not_offered', true])
  assert.ok(!cell('specialist_provider').decidingFactIds.includes('orebro-mdk-kms'), 'named beside the answer, never deciding it')
  assert.match(cell('specialist_provider').summary, /MDK KMS, a conference where doctors consult specialists; it is not a clinic patients are referred to/)
  const decisions = cell('recent_decisions')
  assert.equal(decisions.status, 'known')
  assert.deepEqual(
    decisions.value.items.map((i: { stage: string; outcome: string }) => [i.stage, i.outcome]),
    [['proposed', 'rejected']],
  )
  assert.match(decisions.summary, /proposed on 13 November 2024 that the motion be rejected\. This is a proposal, not a decision\./)
})

test('compare without regions covers all 21; municipal support is summarised per region', async (t) => {
  const app = await build(t)
  const { body } = await supertest(app.server).get('/v1/compare/regions').expect(200)
  assert.equal(body.regions.length, 21)
  const homeHelp = cellIn(body)('home_help', '01')
  assert.equal(homeHelp.status, 'partly')
  assert.deepEqual([homeHelp.value.municipalitiesKnown, homeHelp.value.municipalitiesTotal], [2, 26])
  assert.deepEqual(
    homeHelp.value.municipalities.map((m: { code: string }) => m.code),
    ['0180', '0138'],
  )
})

test('compare: labels in Swedish with lang=sv, and with Accept-Language: sv, varying by it', async (t) => {
  const app = await build(t)
  const api = supertest(app.server)
  const swedish = await api.get('/v1/compare/regions?regions=14&lang=sv&asOf=2021-06-01').expect(200)
  const provider = swedish.body.dimensions.find((d: Row) => d.id === 'specialist_provider')
  assert.deepEqual([provider.label, provider.cells[0].statusLabel, swedish.body.lang], ['Specialistmottagning', 'Erbjuds', 'sv'])
  const negotiated = await api.get('/v1/compare/regions?regions=14&asOf=2021-06-01').set('accept-language', 'sv-SE,sv;q=0.9,en;q=0.5').expect(200)
  assert.deepEqual(negotiated.body, swedish.body)
  assert.match(String(negotiated.headers.vary), /Accept-Language/)
  assert.equal(negotiated.headers['content-language'], 'sv')
  const english = await api.get('/v1/compare/regions?regions=14&asOf=2021-06-01').set('accept-language', 'de, en;q=0.5').expect(200)
  assert.equal(english.body.lang, 'en')
  assert.notEqual(english.headers.etag, negotiated.headers.etag, 'each language is its own representation')
  assert.equal((await api.get('/v1/compare/regions?regions=14&asOf=2021-06-01&lang=en').set('accept-language', 'sv').expect(200)).body.lang, 'en', 'lang wins')
})

test('with lang=sv, no summary or short answer of any region on three dates has English words or empty slots', async (t) => {
  const app = await build(t)
  const names = new Set<string>(['ME/CFS', 'HSL', 'SoL', 'LSS', 'MDK KMS', 'MiNT'])
  for (const p of (await supertest(app.server).get('/v1/providers?limit=500&asOf=2000-01-01').expect(200)).body.items) names.add(p.name)
  for (const kind of ['providers', 'decisions']) {
    for (const day of ['2015-06-01', '2019-06-01', '2021-06-01', '2024-06-01', '2026-12-04']) {
      for (const f of (await supertest(app.server).get(`/v1/${kind}?limit=500&asOf=${day}&lang=sv`).expect(200)).body.items) {
        for (const name of [f.name, f.shortName, f.title, f.body, f.proposer, f.respondent]) if (name) names.add(name)
      }
    }
  }
  let checked = 0
  for (const asOf of ['2021-06-01', '2024-06-01', '2026-12-04']) {
    const { body } = await supertest(app.server).get(`/v1/compare/regions?lang=sv&asOf=${asOf}`).expect(200)
    for (const row of body.dimensions as Row[]) {
      for (const c of row.cells) {
        for (const text of [c.summary, c.short]) assert.deepEqual(swedishProblems(text, [...names]), [], `${asOf} ${row.id} ${c.region.code}: "${text}"`)
        checked += 1
      }
    }
  }
  assert.equal(checked, 3 * 21 * dimensionIds.length)
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
    ['/v1/compare/dimensions/colour', 404, 'dimension'],
    ['/v1/compare/dimensions/specialist_visit_fee?regions=14', 400, 'regions'],
    ['/v1/coverage?asOf=tomorrow', 400, 'asOf'],
    ['/v1/regions/99/profile', 404, 'code'],
  ]
  for (const [url, status, parameter] of cases) {
    const response = await api.get(url)
    assert.equal(response.status, status, url)
    assert.equal(response.body.parameter, parameter, url)
  }
  const unknownDimension = await api.get('/v1/compare/dimensions/colour').expect(404)
  assert.match(unknownDimension.body.detail, /There is no dimension "colour"; the dimensions are specialist_provider, self_referral/)
})

test('one dimension across all regions: cells, counts per status, min/median/max of the amounts', async (t) => {
  const app = await build(t)
  const { body } = await supertest(app.server).get('/v1/compare/dimensions/specialist_visit_fee?asOf=2021-06-01').expect(200)
  assert.equal(body.cells.length, 21)
  assert.deepEqual(body.dimension.statuses, ['known', 'unknown'])
  assert.deepEqual(Object.keys(body.statusCounts), ['known', 'unknown'])
  assert.equal(
    Object.values(body.statusCounts as Record<string, number>).reduce((a, b) => a + b, 0),
    21,
  )
  const vgr = body.cells.find((c: Cell) => c.region.code === '14')
  assert.deepEqual([vgr.status, vgr.value.amountSek], ['known', 300])
  const amounts = body.cells.map((c: Cell) => c.value?.amountSek).filter((v: unknown) => typeof v === 'number')
  assert.deepEqual(body.numeric, { count: amounts.length, min: Math.min(...amounts), median: body.numeric.median, max: Math.max(...amounts) })
  // In 2023 Smärthjälpen's fee has ended; VGR's region-wide fee (SKR 2020) goes on, by then stale. Stockholm's contracted
  // clinic charges a fee whose amount no source states: the value is the region's uniform fee of 2022.
  const later = await supertest(app.server).get('/v1/compare/dimensions/specialist_visit_fee?asOf=2023-01-01').expect(200)
  const stockholm = later.body.cells.find((c: Cell) => c.region.code === '01')
  assert.deepEqual(
    [stockholm.status, stockholm.value.amountSek, stockholm.value.whose, stockholm.factIds[0]],
    ['known', 250, 'region', 'fees-2022-stockholm-enhetstaxa'],
  )
  assert.match(stockholm.summary, /^Bragée ME-Center \(Bragée Kliniker\) charges a fee per visit; no source states the amount\. The region's general fee/)
  const vgrLater = later.body.cells.find((c: Cell) => c.region.code === '14')
  assert.deepEqual([vgrLater.value.amountSek, vgrLater.stale, vgrLater.factIds], [300, true, ['fees-2020-vastra-gotaland-specialistlakare']])
  assert.match(vgrLater.summary, /Last confirmed in January 2020\./)
  // Västernorrland in mid-2022: 300 kr (SKR's 2023 page says the fee rose from 300 kr), not the 200 kr of 2020.
  const mid2022 = await supertest(app.server).get('/v1/compare/dimensions/specialist_visit_fee?asOf=2022-06-01').expect(200)
  assert.equal(mid2022.body.cells.find((c: Cell) => c.region.code === '22').value.amountSek, 300)
})

test('coverage: known, stale and unknown per region and dimension, with the strength of the evidence', async (t) => {
  const app = await build(t)
  const { body } = await supertest(app.server).get('/v1/coverage?asOf=2021-06-01').expect(200)
  assert.equal(body.totals.cells, 21 * dimensionIds.length)
  assert.equal(body.totals.known + body.totals.stale + body.totals.unknown, body.totals.cells)
  assert.equal(body.staleAfterMonths, 24)
  const vgr = body.regions.find((r: { code: string }) => r.code === '14')
  assert.ok(vgr.known >= 5)
  // Jämtland's minutes of May 2019 are stale 24 months later: counted apart, not as known.
  const jamtland = body.regions.find((r: { code: string }) => r.code === '23')
  const doctor = jamtland.dimensions.find((d: { id: string }) => d.id === 'doctor_home_visit')
  assert.deepEqual([doctor.status, doctor.known, doctor.stale], ['offered', false, true])
  assert.ok(jamtland.stale >= 1 && body.totals.stale >= jamtland.stale)
  const orebro = body.regions.find((r: { code: string }) => r.code === '18').dimensions.find((d: { id: string }) => d.id === 'specialist_provider')
  assert.equal(orebro.evidenceStrength, 'weak')
})

test("a region's profile: every dimension as the comparison's rows, and the facts valid on the date", async (t) => {
  const app = await build(t)
  const { body } = await supertest(app.server).get('/v1/regions/14/profile?asOf=2021-06-01&lang=sv').expect(200)
  assert.deepEqual(
    body.dimensions.map((d: Row) => d.id),
    [...dimensionIds],
  )
  assert.ok(body.dimensions.every((d: Row) => d.cells.length === 1 && d.cells[0]!.region.code === '14'))
  const ids = (profile: { providers: { id: string }[] }) => profile.providers.map((p) => p.id)
  assert.ok(ids(body).includes('vgr-smarthjalpen'))
  assert.match(body.providers.find((p: { id: string }) => p.id === 'vgr-smarthjalpen').description, /^[A-ZÅÄÖ].*[a-zåäö]/)
  const later = await supertest(app.server).get('/v1/regions/14/profile?asOf=2022-06-01').expect(200)
  assert.ok(!ids(later.body).includes('vgr-smarthjalpen'))
})

test('CSV: comparisons and lists open as spreadsheets, the same cell columns in every comparison', async (t) => {
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
  assert.deepEqual([fee.status, fee.answer, fee.amountSek], ['known', 'SEK 300', '300'])
  assert.match(fee.citations!, /Patientavgifter 2020/)
  const header = (text: string) => text.replace('\uFEFF', '').split('\r\n')[0]
  const long = header(response.text)
  for (const url of ['/v1/compare/dimensions/self_referral?format=csv', '/v1/regions/18/profile?format=csv']) {
    assert.equal(header((await api.get(url).expect(200)).text), long, `${url}: one cell shape`)
  }

  const viaAccept = await api
    .get('/v1/providers?asOf=2021-06-01')
    .set('accept', 'text/csv')
    .expect(200)
    .expect('content-type', /text\/csv/)
  const providers = parse(viaAccept.text, { bom: true, columns: true }) as Record<string, string>[]
  assert.ok(providers.some((p) => p.name === 'Smärthjälpen Sverige AB'))
  for (const url of ['/v1/regions?format=csv', '/v1/municipalities?format=csv&region=01', '/v1/sources?format=csv', '/v1/coverage?format=csv']) {
    const csv = await api
      .get(url)
      .expect(200)
      .expect('content-type', /text\/csv/)
    assert.ok((parse(csv.text, { bom: true, columns: true }) as unknown[]).length > 0, url)
  }
  const swedish = parse((await api.get('/v1/compare/regions?regions=18&format=csv&lang=sv&asOf=2024-06-01').expect(200)).text, {
    bom: true,
    columns: true,
  }) as Record<string, string>[]
  assert.equal(swedish.find((r) => r.dimension === 'specialist_visit_fee')!.answer, '330 kr')
})

test('406 when neither JSON nor CSV is acceptable; a single record is one CSV row', async (t) => {
  const app = await build(t)
  const api = supertest(app.server)
  const xml = await api
    .get('/v1/regions')
    .set('accept', 'application/xml')
    .expect(406)
    .expect('content-type', /problem\+json/)
  assert.equal(xml.body.status, 406)
  const one = await api
    .get('/v1/fees/vgr-smarthjalpen-specialist-visit-fee?format=csv')
    .expect(200)
    .expect('content-type', /text\/csv/)
  const rows = parse(one.text, { bom: true, columns: true }) as Record<string, string>[]
  assert.deepEqual([rows.length, rows[0]!.amountSek], [1, '300'])
  await api.get('/v1/health/ready?format=csv').expect(404)
  await api
    .get('/v1/regions')
    .set('accept', 'application/json, text/csv;q=0.5')
    .expect(200)
    .expect('content-type', /application\/json/)
  await api
    .get('/v1/regions')
    .set('accept', '*/*')
    .expect(200)
    .expect('content-type', /application\/json/)
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
  assert.deepEqual(
    rows.map((r) => r.dimension),
    [...dimensionIds],
  )
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
  assert.match(fee['Västra Götalandsregionen (14)']!, /^SEK 300: A visit to Smärthjälpen Sverige AB costs SEK 300\./)
  assert.match(fee['Region Jämtland Härjedalen (23)']!, /^SEK 300: The region's general fee/)
  // The clinic's fee is cited first (the held document, quoted), then SKR's table.
  assert.match(fee.citations!, /^Västra Götalandsregionen: "[^"]+" \(Information om vårduppdrag gällande ME, Västra Götalandsregionen/)
  assert.match(fee.citations!, /\| Västra Götalandsregionen: [^|]+\(Förändrade patientavgifter 2020, Sveriges Kommuner och Regioner \(SKR\), 2020-01-10/)
  assert.match(fee.citations!, /\| Region Jämtland Härjedalen: [^|]+\(Förändrade patientavgifter 2020/)
  const doctor = rows.find((r) => r.dimension === 'doctor_home_visit')!
  assert.match(doctor['Region Jämtland Härjedalen (23)']!, /^Offered: .*Last confirmed in May 2019\.$/)
  // One dimension across regions and coverage take the same layout.
  const one = await supertest(app.server).get('/v1/compare/dimensions/specialist_visit_fee?asOf=2021-06-01&format=csv&layout=wide').expect(200)
  const oneRows = parse(one.text, { bom: true, columns: true }) as Record<string, string>[]
  assert.equal(oneRows.length, 1)
  assert.equal(Object.keys(oneRows[0]!).length, 4 + 21 + 1)
  const coverage = await supertest(app.server).get('/v1/coverage?asOf=2021-06-01&format=csv&layout=wide').expect(200)
  const coverageRows = parse(coverage.text, { bom: true, columns: true }) as Record<string, string>[]
  assert.equal(coverageRows.length, dimensionIds.length)
  assert.equal(coverageRows.find((r) => r.dimension === 'specialist_visit_fee')!['Västra Götalandsregionen (14)'], 'current')
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
  // Every field is quoted: read the header as a spreadsheet does.
  const header = (parse(semicolon.text, { bom: true, delimiter: ';', to: 1 }) as string[][])[0]!.join(';')
  assert.equal(
    header,
    'dimension;label;regionCode;region;status;statusLabel;answer;amountSek;summary;evidenceDate;stale;evidenceStrength;' +
      'sourcesDisagree;differs;partlyKnown;citations',
  )
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
  assert.equal(await disposition('/v1/regions?format=csv'), 'attachment; filename="regionkollen-regions-en.csv"')
  // JSON is not a download.
  assert.equal((await api.get('/v1/compare/regions?regions=14').expect(200)).headers['content-disposition'], undefined)
})

test('CSV: a header row even when there are no rows; citations name the source, not its id', async (t) => {
  const app = await build(t)
  const api = supertest(app.server)
  const empty = await api.get('/v1/providers?q=no-such-provider-anywhere&format=csv').expect(200)
  const [header, ...rest] = parse(empty.text, { bom: true }) as string[][]
  assert.deepEqual(rest, [])
  assert.ok(header!.includes('name') && header!.includes('citations'), header!.join(','))
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
    'content-security-policy',
    'strict-transport-security',
    'x-content-type-options',
    'x-frame-options',
    'cross-origin-opener-policy',
    'referrer-policy',
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
  assert.deepEqual(
    answers.map((a) => a.statusCode),
    encodings.map(() => 200),
  )
  assert.deepEqual(
    answers.map((a) => a.headers['content-encoding'] ?? 'identity'),
    ['identity', 'gzip', 'br', 'br', 'identity', 'br'],
  )
})
