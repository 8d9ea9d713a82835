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
import { type AxeViolation, byImpact, describeViolations, launchBrowser, runAxe, visit } from './browser.js'
import { MAX_PAGE_BYTES, type PageName, pagePaths } from './paths.js'

const SCREENSHOT_DIR = path.resolve(import.meta.dirname, '../../docs/screenshots')
const screenshots = process.env.SCREENSHOTS === '1'

const severe = (violations: AxeViolation[]) => violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
const attribute = async (page: Page, selector: string, name: string) => (await page.locator(selector).getAttribute(name)) ?? ''

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
      ['map in English', '/?lang=en&dimension=home_help&asOf=2021-06-01'],
      ['compare, nothing chosen', '/compare'],
      ['region today', '/regions/01'],
    ]
    const rows: string[] = []
    for (const [name, url] of cases) {
      for (const colorScheme of ['light', 'dark'] as const) {
        for (const width of [1280, 390]) {
          const { page, problems } = await visit(context, base + url, { colorScheme, width })
          const violations = await runAxe(page)
          assert.deepEqual(problems, [], `${name} (${colorScheme}, ${width} px)`)
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
      // Status in words beside the colour.
      assert.match(await tiles.nth(i).locator('.tile-status').first().innerText(), /Ja|Nej|Delvis|Okänt/)
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

  await t.test('the map answers for the chosen dimension and date, chosen with the form', async () => {
    const { page } = await visit(context, `${base}/`)
    await page.selectOption('#dimension', 'self_referral')
    await page.fill('#asOf', '2021-06-01')
    await page.locator('form.controls button[type="submit"]').click()
    await page.waitForURL(/dimension=self_referral/)
    assert.match(page.url(), /asOf=2021-06-01/)
    const view = await json('/v1/compare/dimensions/self_referral?asOf=2021-06-01')
    for (const cell of view.cells as { region: { code: string }; status: string; stale: boolean }[]) {
      const shown = await attribute(page, `li.tile[data-region="${cell.region.code}"]`, 'data-status')
      if (cell.stale) assert.equal(shown, 'stale', cell.region.code)
      else if (cell.status === 'unknown') assert.equal(shown, 'unknown', cell.region.code)
      else if (cell.status === 'yes' || cell.status === 'no') assert.equal(shown, cell.status, cell.region.code)
      else assert.equal(shown, 'partly', cell.region.code)
    }
    await page.close()
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
      for (const { id, cell } of profile.dimensions as { id: string; cell: { status: string } }[]) {
        assert.equal(await attribute(page, `li[data-dimension="${id}"]`, 'data-status'), cell.status, `${asOf} ${id}`)
        statuses.push(cell.status)
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
    for (const d of comparison.dimensions as { id: string; differs: boolean; cells: Record<string, { status: string; citations: unknown[] }> }[]) {
      const row = `tr[data-dimension="${d.id}"]`
      assert.equal(await attribute(page, row, 'data-differs'), String(d.differs), d.id)
      assert.equal(await page.locator(`${row} .st-differs`).count(), d.differs ? 1 : 0, d.id)
      if (d.differs) assert.match(await page.locator(`${row} th`).innerText(), /Skiljer sig/)
      for (const [code, cell] of Object.entries(d.cells)) {
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
    assert.match(String(response.headers.get('content-disposition')), /regionkollen-compare-14-18-23-wide-2021-06-01\.csv/)
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
    const pages = text.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0
    assert.ok(pages >= 2, `${pages} pages`)
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
      for (const [name, url, size] of shots) {
        const { page } = await visit(context, base + url, { width: size.width, height: 800, colorScheme: size.colorScheme ?? 'light' })
        await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true, clip: { x: 0, y: 0, ...size } })
        await page.close()
      }
    })
  }
})
