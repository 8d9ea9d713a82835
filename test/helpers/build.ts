import type { TestContext } from 'node:test'
import { type App, buildApp } from '../../src/app.js'
import { type Config, loadConfig } from '../../src/config.js'
import { poolOptions } from '../../src/db/database.js'
import { testDatabase } from './database.js'

type Settings = Record<string, string | number>

// Tests make many requests from one address; the limits themselves have their own test. Test files run side by side
// on two cores, so an event loop may stall for seconds without the service being overloaded: the pressure limit has its own test.
const testSettings: Settings = {
  RATE_LIMIT_READS_PER_MINUTE: 1_000_000,
  RATE_LIMIT_WRITES_PER_MINUTE: 1_000_000,
  RATE_LIMIT_FAILED_AUTH_PER_MINUTE: 1_000_000,
  MAX_EVENT_LOOP_DELAY_MS: 60_000,
  DB_POOL_MAX: 4,
}

/** The configuration the tests run with: the service's defaults, unlimited rates, and the given settings. */
export const testConfig = (settings: Settings = {}): Config => loadConfig({ ...testSettings, ...settings })
export const testPool = poolOptions(testConfig())

/** The app as the server builds it, on a database of this test's own, closed afterwards. */
export async function build(t: TestContext, options: { databaseUrl?: string; settings?: Settings } = {}): Promise<App> {
  const databaseUrl = options.databaseUrl ?? (await testDatabase(t))
  const app = await buildApp({ databaseUrl, config: testConfig(options.settings), loadCuratedData: false }, { logger: false })
  t.after(() => app.close())
  await app.ready()
  return app
}
