import { isIP } from 'node:net'
import path from 'node:path'
import { z } from 'zod'

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const

const TRUST_PROXY_TRUE =
  "true would believe any client's own X-Forwarded-For; set the proxies' addresses or CIDRs (e.g. 10.0.0.5,10.1.0.0/16), " +
  'or how many proxies stand in front (e.g. 1)'

/** An address or CIDR (as proxy-addr, which Fastify uses, takes them), or one of its names for a range. */
function proxyAddress(entry: string): boolean {
  if (['loopback', 'linklocal', 'uniquelocal'].includes(entry)) return true
  const [address, prefix, ...rest] = entry.split('/')
  const family = isIP(address ?? '')
  if (family === 0 || rest.length > 0) return false
  if (prefix === undefined) return true
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128)
}

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
  /**
   * Which reverse proxies' X-Forwarded-For to believe: their addresses or CIDRs, comma-separated, or
   * how many proxies stand in front; false (the default) for none. Never `true`, which would believe
   * any client's own header: a client could then choose its address.
   */
  TRUST_PROXY: z
    .string()
    .default('false')
    .transform((value, context): false | number | string[] => {
      const text = value.trim()
      if (text === 'false') return false
      if (text === 'true') {
        context.addIssue({ code: 'custom', message: TRUST_PROXY_TRUE })
        return z.NEVER
      }
      if (/^\d+$/.test(text)) {
        const hops = Number(text)
        if (hops >= 1 && hops <= 10) return hops
        context.addIssue({ code: 'custom', message: 'a number of proxies must be 1 to 10, or set false' })
        return z.NEVER
      }
      const entries = text.split(',').map((entry) => entry.trim())
      const bad = entries.find((entry) => !proxyAddress(entry))
      if (bad !== undefined) {
        const message = `"${bad}" is not an IP address or CIDR; list the proxies' addresses, comma-separated (e.g. 10.0.0.5,10.1.0.0/16)`
        context.addIssue({ code: 'custom', message })
        return z.NEVER
      }
      return entries
    }),
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
