// The pages over HTTP, without a browser (so `npm test` runs these): HTML from the
// same views as the API, cached and revalidated like API answers, under 100 KB,
// no inline script or style, errors as pages. The browser tests are *.browser.ts.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { gunzipSync } from 'node:zlib'
import supertest from 'supertest'
import { build } from '../helpers/build.js'
import { dimensionIds } from '../../src/domain/dimensions/index.js'
import { MAX_COMPARED } from '../../src/views/compare.js'
import { MAX_PAGE_BYTES, pagePaths } from './paths.js'

test('every page is HTML, Swedish by default, under 100 KB, with no inline script or style', async (t) => {
  const app = await build(t)
  const api = supertest(app.server)
  for (const [name, url] of Object.entries(pagePaths)) {
    const response = await api.get(url).set('accept-encoding', 'identity').expect(200).expect('content-type', 'text/html; charset=utf-8')
    const html = response.text
    assert.ok(html.startsWith('<!DOCTYPE html><html lang="sv">'), name)
    const bytes = Buffer.byteLength(html)
    assert.ok(bytes < MAX_PAGE_BYTES, `${name}: ${bytes} bytes`)
    assert.doesNotMatch(html, /<script(?![^>]*\ssrc=)[^>]*>/, `${name}: no inline script`)
    assert.doesNotMatch(html, /<style|\sstyle=|\son[a-z]+=/i, `${name}: no inline style or handler`)
    assert.match(String(response.headers['content-security-policy']), /script-src 'self';style-src 'self'/)
    assert.match(html, /<main id="main"/)
    assert.match(html, /href="\/v1\/[^"]+"/, `${name}: links to the API answer it is built from`)
    assert.match(html, /<input type="date" id="asOf" name="asOf" value="2021-06-01"/, `${name}: the date it answers for, with a picker`)
  }
  const english = await api.get('/regions/14?lang=en&asOf=2021-06-01').expect(200)
  assert.match(english.text, /^<!DOCTYPE html><html lang="en">/)
  assert.match(english.text, /The answers hold on <time dateTime="2021-06-01">1 June 2021<\/time>/i)
})

test('every page the data makes today, and on the sample date, is under 100 KB before compression', async (t) => {
  const app = await build(t)
  const size = async (url: string) => {
    const response = await app.inject({ url, headers: { 'accept-encoding': 'identity' } })
    assert.equal(response.statusCode, 200, url)
    return response.rawPayload.length
  }
  const regions = (await app.inject({ url: '/v1/regions' })).json().items.map((r: { code: string }) => r.code) as string[]
  const sources = (await app.inject({ url: '/v1/sources?limit=500' })).json().items.map((s: { id: string }) => s.id) as string[]
  const urls: string[] = []
  for (const asOf of ['', '2021-06-01']) {
    const date = asOf ? `asOf=${asOf}` : ''
    for (const id of dimensionIds) urls.push(`/?dimension=${id}&${date}`)
    for (const code of regions) urls.push(`/regions/${code}?${date}`, `/regions/${code}/brief?${date}`, `/regions/${code}/brief?with=14,18,23&${date}`)
    for (const id of sources) urls.push(`/sources/${id}?${date}`)
    // The heaviest comparison a page shows: the five regions with the most to cite, side by side.
    const single = await Promise.all(regions.map(async (code) => ({ code, bytes: await size(`/compare?regions=${code}&${date}`) })))
    const heaviest = single.sort((a, b) => b.bytes - a.bytes).slice(0, MAX_COMPARED).map((r) => r.code)
    urls.push(`/compare?regions=${heaviest.join(',')}&${date}`, `/compare?regions=${regions.join(',')}&${date}`)
  }
  let largest = { url: '', bytes: 0 }
  for (const url of urls) {
    const bytes = await size(url)
    assert.ok(bytes < MAX_PAGE_BYTES, `${url}: ${bytes} bytes`)
    if (bytes > largest.bytes) largest = { url, bytes }
  }
  t.diagnostic(`${urls.length} pages, the largest ${largest.bytes} bytes: ${largest.url}`)
  // More regions than fit side by side: the page says so and links to the answers that take them all.
  const all = (await app.inject({ url: `/compare?regions=${regions.join(',')}` })).body
  assert.match(all, /Sidan visar högst 5 regioner sida vid sida \(21 valda\)/)
  assert.match(all, /href="\/v1\/compare\/regions\?regions=01,03,[^"]*&amp;format=csv&amp;layout=wide"/)
})

test('pages are cached and revalidated like API answers: a strong ETag, 304, gzip', async (t) => {
  const app = await build(t)
  const api = supertest(app.server)
  for (const url of Object.values(pagePaths)) {
    const first = await api.get(url).set('accept-encoding', 'identity').expect(200)
    const etag = first.headers.etag!
    assert.match(etag, /^"[^"]+"$/, url)
    assert.match(first.headers['cache-control']!, /max-age=\d+, must-revalidate/)
    const again = await api.get(url).set('accept-encoding', 'identity').expect(200)
    assert.equal(again.headers.etag, etag, 'the cached answer has the same tag')
    assert.equal(again.headers['content-type'], 'text/html; charset=utf-8', 'and the same type')
    await api.get(url).set('if-none-match', etag).expect(304)
    const zipped = await app.inject({ url, headers: { 'accept-encoding': 'gzip' } })
    assert.equal(zipped.headers['content-encoding'], 'gzip')
    assert.equal(gunzipSync(zipped.rawPayload).toString(), first.text)
  }
  const text = await api.get('/regions/14/brief.txt?asOf=2021-06-01').expect(200).expect('content-type', 'text/plain; charset=utf-8')
  await api.get('/regions/14/brief.txt?asOf=2021-06-01').set('if-none-match', text.headers.etag!).expect(304)
  const css = await api.get('/assets/site.css').expect(200).expect('content-type', /text\/css/)
  assert.ok(css.headers.etag)
  await api.get('/assets/site.css').set('if-none-match', css.headers.etag!).expect(304)
  await api.get('/assets/site.js').expect(200).expect('content-type', /javascript/)
  await api.get('/assets/nothing.css').expect(404)
})

test('pages show what the API says, for the date asked', async (t) => {
  const app = await build(t)
  const api = supertest(app.server)
  for (const asOf of ['2021-06-01', '2023-01-01']) {
    const profile = (await api.get(`/v1/regions/14/profile?asOf=${asOf}&lang=sv`).expect(200)).body
    const page = (await api.get(`/regions/14?asOf=${asOf}`).expect(200)).text
    for (const { id, cell } of profile.dimensions as { id: string; cell: { status: string } }[]) {
      assert.match(page, new RegExp(`<li data-dimension="${id}" data-status="${cell.status}">`), `${asOf} ${id}`)
    }
  }
  const comparison = (await api.get('/v1/compare/regions?regions=14,18,23&asOf=2021-06-01').expect(200)).body
  const page = (await api.get('/compare?regions=14&regions=18,23&asOf=2021-06-01').expect(200)).text
  for (const d of comparison.dimensions as { id: string; differs: boolean }[]) {
    assert.match(page, new RegExp(`data-dimension="${d.id}" data-differs="${d.differs}"`), d.id)
  }
  const brief = (await api.get('/regions/14/brief.txt?asOf=2021-06-01&with=18,23').expect(200)).text
  assert.match(brief, /^Västra Götalandsregionen: vad regionen erbjuder personer med ME\/CFS\njämfört med Region Örebro län, Region Jämtland Härjedalen\./)
  assert.match(brief, /\nKÄLLOR\n\[1\] /)
  // The ME clinic's fee first, then the region's general one; four footnotes, dated by the newest source.
  const clinicThenRegion = /300 kr per specialistbesök hos Smärthjälpen Sverige AB; 300 kr per specialistbesök \(regionens allmänna avgift[^)]*\)/
  assert.match(brief, new RegExp(`${clinicThenRegion.source}(\\[\\d+\\]){4} \\(underlag daterat 2021-03-31\\)`))
})

test('errors on pages are pages: 404 and 400 in HTML, nothing the reader typed comes back unescaped', async (t) => {
  const app = await build(t)
  const api = supertest(app.server)
  const cases: [string, number, RegExp][] = [
    ['/regions/99', 404, /No region has the code &quot;99&quot;/],
    ['/sources/no-such-source', 404, /No source has the id/],
    ['/regions/14?asOf=2021-13-01', 400, /asOf/],
    ['/compare?regions=14,1', 400, /regions/],
    ['/compare?regions=14,99', 404, /No region has the code/],
    ['/?dimension=colour', 400, /dimension/],
    ['/regions/14/brief?with=98', 404, /No region has the code/],
  ]
  for (const [url, status, detail] of cases) {
    const response = await api.get(url).expect(status).expect('content-type', 'text/html; charset=utf-8')
    assert.match(response.text, detail, url)
  }
  const attack = await api.get('/regions/14?asOf=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E&lang=en').expect(400)
  assert.doesNotMatch(attack.text, /<script>alert/)
  // Tracking tags on a shared link do not break the page.
  await api.get('/regions/14?utm_source=newsletter').expect(200)
})
