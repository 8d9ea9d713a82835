import type { Config } from '../config.js'
import { type Logger, startEmbeddedDatabase } from './embedded.js'
import { applyMigrations } from './migrate.js'
import { grantServiceRole } from './roles.js'

export interface Database {
  /** What the app connects with: the service's own role on the embedded database, or DATABASE_URL as given. */
  url: string
  /** Stops the embedded server, if we started one. */
  close(): Promise<void>
}

/** The database cannot be reached or refuses the login; the message names the fix. */
export class DatabaseConnectionError extends Error {}

const reasons = new Map([
  ['ECONNREFUSED', 'nothing accepts connections there'],
  ['ENOTFOUND', 'the host name is unknown'],
  ['EAI_AGAIN', 'the host name cannot be resolved now'],
  ['ETIMEDOUT', 'it does not answer'],
  ['EHOSTUNREACH', 'the host cannot be reached'],
  ['28P01', 'the password was refused'],
  ['28000', 'the role may not log in there'],
  ['3D000', 'the database does not exist'],
])

/** A connection problem with the configured server, told in one line; other errors as they are. */
function connectionProblem(error: unknown, url: string): unknown {
  const { code, message } = error as { code?: string; message?: string }
  const reason = (code && reasons.get(code)) ?? (/timeout/i.test(message ?? '') ? 'it does not answer' : undefined)
  if (!reason) return error
  let where = 'DATABASE_URL'
  try {
    const parsed = new URL(url)
    where = `${parsed.username ? `${decodeURIComponent(parsed.username)}@` : ''}${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`
  } catch {}
  return new DatabaseConnectionError(
    `Cannot connect to the database ${where}: ${reason}. Check DATABASE_URL, or unset it to use the embedded database.`,
    { cause: error },
  )
}

/**
 * The configured PostgreSQL, used as given; or the embedded one, where the
 * migrations run as its owner and the app gets a role of its own that may
 * not rewrite the change log.
 */
export async function openDatabase(config: Config, log: Logger): Promise<Database> {
  if (config.DATABASE_URL) {
    const url = config.DATABASE_URL
    try {
      const applied = await applyMigrations(url)
      if (applied.length > 0) log.info(`Applied migrations: ${applied.join(', ')}`)
    } catch (error) {
      throw connectionProblem(error, url)
    }
    return { url, close: async () => {} }
  }
  const embedded = await startEmbeddedDatabase({ dataDir: config.DATA_DIR, port: config.EMBEDDED_DB_PORT, log })
  try {
    const applied = await applyMigrations(embedded.url)
    if (applied.length > 0) log.info(`Applied migrations: ${applied.join(', ')}`)
    // After every migration run, so tables it added get the same grants (and the change log stays append-only).
    await grantServiceRole(embedded.url, embedded.serviceRole)
  } catch (error) {
    await embedded.stop()
    throw error
  }
  return { url: embedded.serviceUrl, close: embedded.stop }
}

export const poolOptions = (config: Config) => ({
  max: config.DB_POOL_MAX,
  connectionTimeoutMillis: config.DB_CONNECTION_TIMEOUT_MS,
  statementTimeoutMillis: config.DB_STATEMENT_TIMEOUT_MS,
})
