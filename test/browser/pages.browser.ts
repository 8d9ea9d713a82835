// The pages in a real browser: Debian's chromium driven by playwright-core, against
// the real app on a real PostgreSQL (a copy of the test template, as in `npm test`).
// Run with `npm run test:browser`; SCREENSHOTS=1 also writes docs/screenshots/.
import assert from 'node:assert/strict'
import { mkdir, writeFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { test } from 'node:test'
import { gzipSync } from 'node:zlib'
import type { Page } from 'playwright-core'
import { build } from '../helpers/build.js'
import { swedishProblems } from '../helpers/swedish.js'
import { type AxeViolation, byImpact, describeViolations, launchBrowser, runAxe, visit } from './browser.js'
import { MAX_PAGE_BYTES, type PageName, pagePaths, swedishPages } from './paths.js'

const SCREENSHOT_DIR = path.resolve(import.meta.dirname, '../../docs/screenshots')
const screenshots = process.env.SCREENSHOTS === '1'

const severe = (violations: AxeViolation[]) => violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
const attribute = async (page: Page, selector: string, name: string) => (await page.locator(selector).getAttribute(name)) ?? ''
/** How far a page scrolls sideways beyond its viewport: 0 when it fits. */
const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
/** Pages printed to A4, counted in the PDF. */
const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0

test('the pages in a real browser', { timeout: 900_000 }, async (t) => {
  const app = await build(t)
  await app.listen({ port: 0, host: '127.0.0.1' })
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`
  const browser = await launchBrowser()
  t.after(() => browser.close())
  const { context } = browser
  const json = async (url: string) => (await fetch(base + url)).json()
  const regionNames = new Map(((await json('/v1/regions')).items as { code: string; name: string }[]).map((r) => [r.code, r.name]))

  await t.test('every page: no console error, no failed request, nothing serious or critical for axe; light and dark, wide and narrow', async (t) => {
    const cases: [string, string][] = [
      ...Object.entries(pagePaths),
      ...Object.entries(swedishPages).map(([name, url]): [string, string] => [`${name} today`, url]),
      ['map today', '/'],
      ['fee map today', '/?dimension=specialist_visit_fee'],
      ['map in English', '/?lang=en&dimension=home_help&asOf=2021-06-01'],
      ['compare, nothing chosen', '/compare'],
      ['compare, five regions today', '/compare?regions=01,14,18,23,24'],
    ]
    const rows: string[] = []
    for (const [name, url] of cases) {
      for (const colorScheme of ['light', 'dark'] as const) {
        for (const width of [1280, 390]) {
          const { page, problems } = await visit(context, base + url, { colorScheme, width })
          const violations = await runAxe(page)
          assert.deepEqual(problems, [], `${name} (${colorScheme}, ${width} px)`)
          assert.equal(await sideways(page), 0, `${name} (${colorScheme}, ${width} px): the page scrolls sideways`)
          assert.doesNotMatch(await page.locator('body').innerText(), /Inaktuellt/, `${name}: an old answer is given with when it was last confirmed`)
          assert.deepEqual(severe(violations), [], `${name} (${colorScheme}, ${width} px):\n${describeViolations(severe(violations))}`)
          const ids = violations.map((v) => v.id).join(', ')
          rows.push(`${name} ${colorScheme} ${width}px: ${JSON.stringify(byImpact(violations))} ${ids}`)
          await page.close()
        }
      }
    }
    for (const row of rows) t.diagnostic(`axe ${row}`)
  })

  await t.test('page weights, before and after gzip', async (t) => {
    for (const [name, url] of Object.entries(pagePaths)) {
      const body = Buffer.from(await (await fetch(base + url, { headers: { 'accept-encoding': 'identity' } })).arrayBuffer())
      assert.ok(body.length < MAX_PAGE_BYTES, `${name}: ${body.length} bytes`)
      t.diagnostic(`weight ${name} ${url}: ${body.length} bytes, ${gzipSync(body).length} gzip`)
    }
    for (const asset of ['/assets/site.css', '/assets/site.js', '/assets/icon.svg']) {
      const body = Buffer.from(await (await fetch(base + asset)).arrayBuffer())
      t.diagnostic(`weight ${asset}: ${body.length} bytes, ${gzipSync(body).length} gzip`)
    }
  })

  await t.test('the map: 21 tiles, each leading to its region, by mouse and by keyboard', async () => {
    const { page } = await visit(context, `${base}/?asOf=2021-06-01`)
    const tiles = page.locator('li.tile')
    assert.equal(await tiles.count(), 21)
    const codes: string[] = []
    for (let i = 0; i < 21; i++) {
      const code = (await tiles.nth(i).getAttribute('data-region'))!
      codes.push(code)
      assert.equal(await tiles.nth(i).locator('a').getAttribute('href'), `/regions/${code}?asOf=2021-06-01`)
      // The answer in words beside the colour.
      assert.ok((await tiles.nth(i).locator('.tile-answer').innerText()).trim().length > 0)
    }
    assert.deepEqual([...codes].sort(), [...regionNames.keys()].sort())
    for (const code of codes) {
      await page.goto(`${base}/?asOf=2021-06-01`)
      await page.locator(`li.tile[data-region="${code}"] a`).click()
      await page.waitForURL(`${base}/regions/${code}?asOf=2021-06-01`)
      assert.equal(await page.locator('h1').innerText(), regionNames.get(code))
    }
    // The same table below the map.
    await page.goto(`${base}/?asOf=2021-06-01`)
    assert.equal(await page.locator('table.data-table tbody tr').count(), 21)
    // Keyboard: the skip link comes first and moves focus to the content; Enter on a tile opens its region.
    await page.keyboard.press('Tab')
    assert.equal(await page.evaluate('document.activeElement.className'), 'skip')
    assert.ok(await page.locator('a.skip').isVisible(), 'the skip link shows when focused')
    await page.keyboard.press('Enter')
    assert.equal(await page.evaluate('document.activeElement.id'), 'main')
    let presses = 0
    while (!(await page.evaluate('document.activeElement.closest(".tiles") !== null')) && presses++ < 30) await page.keyboard.press('Tab')
    assert.ok(presses < 30, 'Tab reaches the tiles')
    const focused = (await page.evaluate('document.activeElement.closest("li").dataset.region')) as string
    await page.keyboard.press('Enter')
    await page.waitForURL(`${base}/regions/${focused}?asOf=2021-06-01`)
    await page.close()
  })

  await t.test('the map answers for the chosen dimension and date, chosen with the form: the short answer on every tile', async () => {
    const { page } = await visit(context, `${base}/`)
    await page.selectOption('#dimension', 'self_referral')
    await page.fill('#asOf', '2021-06-01')
    await page.locator('form.controls button[type="submit"]').click()
    await page.waitForURL(/dimension=self_referral/)
    assert.match(page.url(), /asOf=2021-06-01/)
    const view = await json('/v1/compare/dimensions/self_referral?asOf=2021-06-01&lang=sv')
    for (const cell of view.cells as { region: { code: string }; status: string; stale: boolean; short: string }[]) {
      const tile = `li.tile[data-region="${cell.region.code}"]`
      assert.equal(await attribute(page, tile, 'data-status'), cell.status, cell.region.code)
      assert.equal(await attribute(page, tile, 'data-stale'), String(cell.stale), cell.region.code)
      assert.equal(await page.locator(`${tile} .tile-answer`).innerText(), cell.short, cell.region.code)
    }
    await page.close()
  })

  await t.test('the fee map shows the amount on every region whose fee is known; old answers say when they were last confirmed', async () => {
    for (const asOf of ['', '2021-06-01']) {
      const { page } = await visit(context, `${base}/?dimension=specialist_visit_fee${asOf ? `&asOf=${asOf}` : ''}`)
      const view = await json(`/v1/compare/dimensions/specialist_visit_fee?lang=sv${asOf ? `&asOf=${asOf}` : ''}`)
      let known = 0
      for (const cell of view.cells as { region: { code: string }; status: string; stale: boolean; value: { amountSek: number | null } | null }[]) {
        const tile = page.locator(`li.tile[data-region="${cell.region.code}"]`)
        const answer = (await tile.locator('.tile-answer').innerText()).replace(/\s/g, ' ')
        if (cell.status === 'known' && cell.value?.amountSek) {
          known++
          assert.equal(answer, `${cell.value.amountSek} kr`, `${asOf || 'today'} ${cell.region.code}`)
        }
        if (cell.stale) assert.match(await tile.innerText(), /senast bekräftad (jan|febr|mars|april|maj|juni|juli|aug|sept|okt|nov|dec)\p{L}* \d{4}/u)
      }
      assert.ok(known >= 15, `${known} regions with a known fee`)
      await page.close()
    }
  })

  await t.test('the legend counts every tile once, stale ones under their answer: 21 for every topic, today and on the sample date', async () => {
    const ids = ((await json('/v1/regions/01/profile')).dimensions as { id: string }[]).map((d) => d.id)
    for (const asOf of ['', '2021-06-01']) {
      for (const id of ids) {
        const { page } = await visit(context, `${base}/?dimension=${id}${asOf ? `&asOf=${asOf}` : ''}`)
        const counts = await page.locator('.legend .count').evaluateAll((spans) => spans.map((s) => Number(s.getAttribute('data-count'))))
        assert.equal(counts.reduce((a, b) => a + b, 0), 21, `${id} ${asOf || 'today'}: ${counts.join('+')}`)
        const stale = await page.locator('li.tile[data-stale="true"]').count()
        assert.equal(Number(await attribute(page, '.legend [data-stale]', 'data-stale')), stale, `${id}: the legend says how many are old`)
        await page.close()
      }
    }
  })

  await t.test('a region answers for the date chosen with the date picker', async () => {
    const { page } = await visit(context, `${base}/regions/14`)
    const statusesOn = async (asOf: string) => {
      await page.fill('#asOf', asOf)
      await page.locator('form.controls button[type="submit"]').click()
      await page.waitForURL(`${base}/regions/14?asOf=${asOf}`)
      assert.equal(await attribute(page, '.answers-for time', 'datetime'), asOf)
      const profile = await json(`/v1/regions/14/profile?asOf=${asOf}`)
      const statuses: string[] = []
      for (const { id, cells } of profile.dimensions as { id: string; cells: { status: string }[] }[]) {
        assert.equal(await attribute(page, `li[data-dimension="${id}"]`, 'data-status'), cells[0]!.status, `${asOf} ${id}`)
        statuses.push(cells[0]!.status)
      }
      // Nothing after the date is in the history.
      for (const time of await page.locator('.timeline time').all()) assert.ok(((await time.getAttribute('datetime')) ?? '') <= asOf)
      return statuses
    }
    const mid2021 = await statusesOn('2021-06-01')
    const start2016 = await statusesOn('2016-01-01')
    assert.notDeepEqual(mid2021, start2016, 'before Smärthjälpen\'s contract (2017) the answers differ')
    assert.ok(await page.locator('.timeline [data-change="decision"]').count() > 0, 'decisions are in the history')
    await page.close()
  })

  await t.test('the compare page marks the differences the API marks, unknowns as unknown, every cell footnoted', async () => {
    const { page } = await visit(context, base + pagePaths.compare)
    const comparison = await json('/v1/compare/regions?regions=14,18,23&asOf=2021-06-01&lang=sv')
    assert.ok(comparison.differingDimensions.length > 0)
    for (const d of comparison.dimensions as { id: string; differs: boolean; cells: { region: { code: string }; status: string; citations: unknown[] }[] }[]) {
      const row = `tr[data-dimension="${d.id}"]`
      assert.equal(await attribute(page, row, 'data-differs'), String(d.differs), d.id)
      assert.equal(await page.locator(`${row} .st-differs`).count(), d.differs ? 1 : 0, d.id)
      if (d.differs) assert.match(await page.locator(`${row} th`).innerText(), /Skiljer sig/)
      for (const cell of d.cells) {
        const code = cell.region.code
        const td = page.locator(`${row} td[data-region="${code}"]`)
        assert.equal(await td.getAttribute('data-status'), cell.status, `${d.id} ${code}`)
        if (cell.status === 'unknown') assert.match(await td.innerText(), /Okänt/)
        assert.equal(await td.locator('.refs a').count() > 0, cell.citations.length > 0, `${d.id} ${code}: footnoted when cited`)
      }
    }
    for (const href of await page.locator('.refs a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
      assert.equal(await page.locator(String(href)).count(), 1, `${href} leads to a footnote`)
    }
    // The JSON and CSV it is built from.
    const csv = await page.locator('.data-links a', { hasText: 'CSV, en kolumn per region' }).getAttribute('href')
    const response = await fetch(base + csv)
    assert.equal(response.status, 200)
    assert.match(String(response.headers.get('content-disposition')), /regionkollen-compare-14-18-23-wide-2021-06-01-sv\.csv/)
    await page.close()
  })

  await t.test('the brief prints to an A4 PDF with its footnotes and their links', async () => {
    const { page } = await visit(context, base + pagePaths.brief)
    assert.ok(await page.locator('button[data-print]').isVisible(), 'the print button, shown by the script')
    const urls = await page.locator('.footnotes a.url').evaluateAll((links) => links.map((a) => a.getAttribute('href')!))
    assert.ok(urls.length > 0)
    await page.emulateMedia({ media: 'print' })
    assert.ok(await page.locator('.footnotes').isVisible())
    for (const hidden of ['.site-header', 'form.controls', '.data-links', 'button[data-print]']) {
      assert.equal(await page.locator(hidden).isVisible(), false, hidden)
    }
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true })
    const text = pdf.toString('latin1')
    assert.equal(text.slice(0, 5), '%PDF-')
    assert.match(text, /\/MediaBox \[0 0 59[45]\.\d+ 84[12]\.\d+\]/, 'A4')
    const pages = pdfPages(pdf)
    assert.ok(pages >= 1 && pages <= 4, `${pages} pages`)
    for (const url of new Set(urls)) assert.ok(text.includes(`/URI (${url})`), `the PDF links to ${url}`)
    if (screenshots) {
      await writeFile(path.join(SCREENSHOT_DIR, 'brief.pdf'), pdf)
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'brief-print.png'), fullPage: true, clip: { x: 0, y: 0, width: 1280, height: 1800 } })
    }
    // The same brief as plain text, with the same footnotes.
    const plain = await (await fetch(`${base}/regions/14/brief.txt?asOf=2021-06-01`)).text()
    assert.match(plain, /^Västra Götalandsregionen: vad regionen erbjuder personer med ME\/CFS\n/)
    for (const url of new Set(urls)) assert.ok(plain.includes(url), url)
    await page.close()
  })

  await t.test('the Örebro brief today: what is known, never "Inget", no claim over unknown topics, a fee comparison, at most 4 A4 pages', async (t) => {
    const { page } = await visit(context, `${base}/regions/18/brief`)
    const text = await page.locator('article.brief').innerText()
    assert.doesNotMatch(text, /\bInget\b/)
    assert.match(await page.locator('section.offers').innerText(), /MDK KMS/, 'the conference the region runs')
    assert.match(await page.locator('section.offers').innerText(), /Ingen källa hos Regionkollen visar att Region Örebro län erbjuder/)
    // What others offer: only topics a source says Örebro does not offer; unknown ones are listed as unknown.
    const contrasts = await page.locator('section.not-offered li[data-dimension]').evaluateAll((items) => items.map((li) => li.getAttribute('data-status')))
    assert.ok(contrasts.length > 0)
    for (const status of contrasts) assert.ok(['not_offered', 'paused', 'municipal_responsibility'].includes(status!), String(status))
    for (const section of await page.locator('article.brief section').all()) {
      if (/enligt källorna/i.test(await section.innerText())) {
        const statuses = await section.locator('[data-status]').evaluateAll((items) => items.map((i) => i.getAttribute('data-status')))
        assert.ok(!statuses.includes('unknown'), '"enligt källorna" over an unknown topic')
      }
    }
    assert.ok((await page.locator('section.unknown [data-status="unknown"]').count()) >= 5)
    assert.match(await page.locator('section.unknown').innerText(), /Okänt/)
    // The weak source behind Örebro's "no clinic" is said, in the answer and in its footnote.
    assert.match(await page.locator('section.not-offered li[data-dimension="specialist_provider"]').innerText(), /Svag källa/)
    assert.match(await page.locator('.footnotes').innerText(), /Nerikes Allehanda: .*\(svag källa\)/)
    const fees = await page.locator('section.amount').innerText()
    assert.match(fees, /Region Örebro län:\s+330 kr/)
    assert.match(fees, /Lägst: \d+ kr i /)
    assert.match(fees, /Högst: \d+ kr i /)
    assert.match(fees, /Medianen för de \d+ regioner där avgiften är känd är \d+(,\d)? kr\./)
    // Numbered Swedish sources, each with publisher, date and (for web pages) a link; held documents with a quote.
    for (const note of await page.locator('.footnotes li').allInnerTexts()) {
      assert.match(note, /(publicerad|uppdaterad|odaterad, tidigast) \d{1,2} \p{L}+ \d{4}|Samma källa som \d+/u, note)
    }
    assert.ok((await page.locator('.footnotes li q').count()) > 0, 'quotes of the memo')
    for (const quote of await page.locator('.footnotes li q').allInnerTexts()) assert.ok(quote.split(/\s+/).length >= 6, `a sentence, not a fragment: ${quote}`)
    await page.emulateMedia({ media: 'print' })
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true })
    const pages = pdfPages(pdf)
    assert.ok(pages <= 4, `${pages} printed pages`)
    const plain = await (await fetch(`${base}/regions/18/brief.txt`)).text()
    assert.ok(plain.length <= 12_000, `${plain.length} characters`)
    assert.doesNotMatch(plain, /\bInget\b/)
    t.diagnostic(`Örebro brief today: ${pages} printed pages, brief.txt ${plain.length} characters, ${await page.locator('.footnotes li').count()} footnotes`)
    await page.close()
  })

  await t.test('the Swedish pages have no English prose, and no page scrolls sideways on a 390 px phone', async () => {
    const sources = ((await json('/v1/sources?limit=500')).items as { title: string; issuer: string }[]).flatMap((s) => [s.title, s.issuer])
    const providerList = (await json('/v1/providers?limit=500')).items as { name: string; shortName: string | null }[]
    const providers = providerList.flatMap((p) => [p.name, p.shortName ?? ''])
    const names = [...sources, ...providers].filter(Boolean)
    for (const [name, url] of Object.entries(swedishPages)) {
      const { page } = await visit(context, base + url, { width: 390 })
      assert.equal(await page.getAttribute('html', 'lang'), 'sv')
      // Every block of text on the page, except the language switch and verbatim quotes (Swedish documents, kept as they are).
      const blocks = await page.evaluate(() => {
        for (const skipped of Array.from(document.querySelectorAll('[lang="en"], q, cite, .url'))) skipped.remove()
        return Array.from(document.querySelectorAll('main p, main li, main td, main th, main h1, main h2, main h3, main caption, main summary, main label'))
          .map((el) => (el as HTMLElement).innerText.replace(/\s+/g, ' ').trim())
          .filter(Boolean)
      })
      for (const block of blocks) {
        const english = swedishProblems(block, names).filter((p) => p.startsWith('English'))
        assert.deepEqual(english, [], `${name}: ${block.slice(0, 200)}`)
      }
      await page.close()
    }
  })

  await t.test('a source, with every fact that cites it', async () => {
    const { page } = await visit(context, base + pagePaths.source)
    const source = await json('/v1/sources/vgr-2021-smarthjalpen-me')
    assert.equal(await page.locator('h1').innerText(), source.title)
    const cited = Object.values(source.facts as Record<string, unknown[]>).reduce((n, facts) => n + facts.length, 0)
    assert.equal(await page.locator('li[data-fact]').count(), cited)
    assert.ok(await page.locator('li[data-holds="true"]').count() > 0, 'some hold on 2021-06-01')
    await page.close()
  })

  await t.test('without JavaScript: the forms and links work, the print button stays hidden', async () => {
    const { context: noScript, close } = await launchBrowser({ javaScriptEnabled: false })
    try {
      const { page, problems } = await visit(noScript, `${base}/compare`)
      for (const code of ['14', '18']) await page.check(`#regions-${code}`)
      await page.fill('#asOf', '2021-06-01')
      await page.locator('form.controls button[type="submit"]').click()
      // The form sends regions=14&regions=18; the page takes both.
      await page.waitForURL(/regions=14&regions=18/)
      assert.equal(await page.locator('table.compare-table thead th[scope="col"] a').count(), 2)
      await page.goto(base + pagePaths.brief)
      assert.equal(await page.locator('button[data-print]').isVisible(), false)
      assert.deepEqual(problems, [])
    } finally {
      await close()
    }
  })

  if (screenshots) {
    await t.test('screenshots for the README', async () => {
      await mkdir(SCREENSHOT_DIR, { recursive: true })
      const shots: [PageName | string, string, { width: number; height: number; colorScheme?: 'dark' }][] = []
      for (const [name, url] of Object.entries(pagePaths)) {
        shots.push([`${name}-desktop`, url, { width: 1280, height: 1600 }], [`${name}-phone`, url, { width: 390, height: 1600 }])
      }
      shots.push(['map-desktop-dark', pagePaths.map, { width: 1280, height: 1600, colorScheme: 'dark' }])
      shots.push(['map-fees-phone', '/?dimension=specialist_visit_fee', { width: 390, height: 1600 }])
      shots.push(['brief-orebro-desktop', '/regions/18/brief', { width: 1280, height: 2200 }])
      shots.push(['compare-phone-dark', pagePaths.compare, { width: 390, height: 1600, colorScheme: 'dark' }])
      for (const [name, url, size] of shots) {
        const { page } = await visit(context, base + url, { width: size.width, height: 800, colorScheme: size.colorScheme ?? 'light' })
        await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true, clip: { x: 0, y: 0, ...size } })
        await page.close()
      }
    })
  }
})
