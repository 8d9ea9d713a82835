// Driving Debian's chromium with playwright-core (Playwright's own browser
// download is not reachable here), and checking pages with axe-core.
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { type BrowserContext, chromium, type Page } from 'playwright-core'

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

const args = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** A fresh browser with its own profile folder (Playwright sets --user-data-dir from it), removed on close. */
export async function launchBrowser(options: { javaScriptEnabled?: boolean } = {}): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH.`)
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'regionkollen-chromium-'))
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args,
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  })
  return {
    context,
    close: async () => {
      await context.close()
      await rm(userDataDir, { recursive: true, force: true })
    },
  }
}

export interface Visit {
  page: Page
  /** Console errors, uncaught page errors, failed requests and answers of 400 or more, in the order they came. */
  problems: string[]
}

/** Opens a URL in a new tab and records everything that goes wrong while it loads. */
export interface VisitOptions {
  colorScheme?: 'light' | 'dark'
  width?: number
  height?: number
}

export async function visit(context: BrowserContext, url: string, options: VisitOptions = {}): Promise<Visit> {
  const page = await context.newPage()
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`)
  })
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`))
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`)
  })
  await page.setViewportSize({ width: options.width ?? 1280, height: options.height ?? 800 })
  await page.emulateMedia({ colorScheme: options.colorScheme ?? 'light' })
  const response = await page.goto(url, { waitUntil: 'load' })
  if (!response || response.status() !== 200) problems.push(`HTTP ${response?.status()} for the page itself`)
  return { page, problems }
}

const require = createRequire(import.meta.url)
let axeSource: string | undefined

export interface AxeViolation {
  id: string
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null
  help: string
  nodes: { target: string[] }[]
}

/**
 * Runs axe-core in the page against WCAG 2.0, 2.1 and 2.2 A and AA and best
 * practices. The script goes in by Playwright's evaluate (the DevTools protocol),
 * which the page's Content-Security-Policy does not govern; a <script> tag with
 * inline text (page.addScriptTag({ content })) would be refused by the policy.
 */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  axeSource ??= await readFile(require.resolve('axe-core/axe.min.js'), 'utf8')
  await page.evaluate(axeSource)
  const result = (await page.evaluate(`axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    resultTypes: ['violations'],
  })`)) as { violations: AxeViolation[] }
  return result.violations
}

/** Violations counted by impact, e.g. { serious: 0, critical: 0, moderate: 1 }. */
export const byImpact = (violations: AxeViolation[]) =>
  violations.reduce<Record<string, number>>((counts, v) => ({ ...counts, [v.impact ?? 'unknown']: (counts[v.impact ?? 'unknown'] ?? 0) + 1 }), {})

export const describeViolations = (violations: AxeViolation[]) =>
  violations.map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')})`).join('\n')
