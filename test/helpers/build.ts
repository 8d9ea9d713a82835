import type { TestContext } from 'node:test'
import { type App, type AppOptions, buildApp, type RateLimits } from '../../src/app.js'
import { testDatabase } from './database.js'

// Tests make many requests from one address; the limits themselves have their own test.
const unlimited: RateLimits = { readsPerMinute: 1_000_000, writesPerMinute: 1_000_000, failedAuthPerMinute: 1_000_000 }

export const testPool = { max: 4, connectionTimeoutMillis: 5000, statementTimeoutMillis: 10_000 }

/** The app as the server builds it, on a database of this test's own, closed afterwards. */
export async function build(t: TestContext, options: { databaseUrl?: string; rateLimits?: RateLimits; pressureLimits?: AppOptions['pressureLimits'] } = {}): Promise<App> {
  const databaseUrl = options.databaseUrl ?? (await testDatabase(t))
  const app = await buildApp(
    { databaseUrl, pool: testPool, loadCuratedData: false, rateLimits: options.rateLimits ?? unlimited, pressureLimits: options.pressureLimits },
    { logger: false },
  )
  t.after(() => app.close())
  await app.ready()
  return app
}
