import path from 'node:path'
import { z } from 'zod'

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const

/** The service's whole configuration, read from the environment once at boot. */
export const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  /** A PostgreSQL URL; without it the service starts an embedded PostgreSQL. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  /** Where the embedded PostgreSQL keeps its files. */
  DATA_DIR: z.string().min(1).default('.data').transform((dir) => path.resolve(dir)),
  /** The embedded PostgreSQL's port (only used without DATABASE_URL); unset: 54329, or a free port when that one is taken. */
  EMBEDDED_DB_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  LOG_LEVEL: z.enum(logLevels).default('info'),
  /** Pool size and timeouts, so a stuck database never hangs a request forever. */
  DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  DB_CONNECTION_TIMEOUT_MS: z.coerce.number().int().min(100).default(5000),
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).default(10000),
  /** Requests a minute per client address (reads) or API key (writes), and failed authentications per address. */
  RATE_LIMIT_READS_PER_MINUTE: z.coerce.number().int().min(1).default(6000),
  RATE_LIMIT_WRITES_PER_MINUTE: z.coerce.number().int().min(1).default(120),
  RATE_LIMIT_FAILED_AUTH_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  /** Past these, requests get 503 instead of making things worse. */
  MAX_EVENT_LOOP_DELAY_MS: z.coerce.number().int().min(1).default(1000),
  MAX_HEAP_USED_MB: z.coerce.number().int().min(1).default(1024),
  /** A cell whose newest evidence is older than this many months before the date asked is marked stale. */
  STALE_AFTER_MONTHS: z.coerce.number().int().min(1).max(600).default(24),
  /** How often the database is checked while the service runs. */
  DATABASE_CHECK_INTERVAL_MS: z.coerce.number().int().min(10).default(2000),
  /** A bearer token a metrics scraper sends to /metrics; unset: /metrics answers only requests from this machine. */
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  /** How often the change stream sends a comment line to keep connections open. */
  SSE_HEARTBEAT_MS: z.coerce.number().int().min(100).default(15_000),
  /** Webhook URLs may point at loopback, private and link-local addresses, and use plain http (tests and local development only). */
  WEBHOOKS_ALLOW_PRIVATE_URLS: z.enum(['true', 'false']).default('false').transform((value) => value === 'true'),
  /** The delay before a failed delivery's first retry; each later one waits twice as long, up to 6 hours. */
  WEBHOOKS_RETRY_BASE_MS: z.coerce.number().int().min(10).default(10_000),
  /** Attempts of one delivery before it is given up and its subscription disabled (16: about three and a half days). */
  WEBHOOKS_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(16),
  /** How long a receiver may take to answer one attempt. */
  WEBHOOKS_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(15_000),
  /** Trust X-Forwarded-* from a reverse proxy: true, false, or the proxies' addresses, comma-separated. */
  TRUST_PROXY: z
    .string()
    .default('false')
    .transform((value): boolean | string => (value === 'true' ? true : value === 'false' ? false : value)),
})

export type Config = z.infer<typeof configSchema>

export class ConfigError extends Error {}

/** Parses the environment; a bad value fails with a message naming the variable. */
export function loadConfig(env: Record<string, string | number | undefined> = process.env): Config {
  const parsed = configSchema.safeParse(
    // Empty strings mean "not set", as in most shells' `VAR= cmd`.
    Object.fromEntries(Object.entries(env).filter(([, value]) => value !== '')),
  )
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`)
  }
  return parsed.data
}
