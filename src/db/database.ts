import type { Config } from '../config.js'
import { startEmbeddedDatabase } from './embedded.js'
import { applyMigrations } from './migrate.js'

interface Logger {
  info(msg: string): void
  warn(msg: string): void
  debug(msg: string): void
}

export interface Database {
  url: string
  /** Stops the embedded server, if we started one. */
  close(): Promise<void>
}

/** The configured PostgreSQL, or an embedded one when none is configured; migrated. */
export async function openDatabase(config: Config, log: Logger): Promise<Database> {
  const embedded = config.DATABASE_URL
    ? undefined
    : await startEmbeddedDatabase({ dataDir: config.DATA_DIR, port: config.EMBEDDED_DB_PORT, log })
  const url = config.DATABASE_URL ?? embedded!.url
  try {
    const applied = await applyMigrations(url)
    if (applied.length > 0) log.info(`Applied migrations: ${applied.join(', ')}`)
  } catch (error) {
    await embedded?.stop()
    throw error
  }
  return { url, close: async () => embedded?.stop() }
}

export const poolOptions = (config: Config) => ({
  max: config.DB_POOL_MAX,
  connectionTimeoutMillis: config.DB_CONNECTION_TIMEOUT_MS,
  statementTimeoutMillis: config.DB_STATEMENT_TIMEOUT_MS,
})
