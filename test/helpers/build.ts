import type { TestContext } from 'node:test'
import { type App, buildApp } from '../../src/app.js'
import { testDatabase } from './database.js'

export const testPool = { max: 4, connectionTimeoutMillis: 5000, statementTimeoutMillis: 10_000 }

/** The app as the server builds it, on a database of this test's own, closed afterwards. */
export async function build(t: TestContext, options: { databaseUrl?: string; loadCuratedData?: boolean } = {}): Promise<App> {
  const databaseUrl = options.databaseUrl ?? (await testDatabase(t))
  const app = await buildApp({ databaseUrl, pool: testPool, loadCuratedData: options.loadCuratedData ?? false }, { logger: false })
  t.after(() => app.close())
  await app.ready()
  return app
}
