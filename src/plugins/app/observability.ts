import { createHash, timingSafeEqual } from 'node:crypto'
import type { FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { bearerToken } from '../../domain/bearer.js'
import { notFound, unauthorized } from '../../domain/errors.js'
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client'

interface Series {
  labels: { method: string; route: string; status: string }
  /** Observations per bucket (not cumulative); the last is above every bound. */
  counts: number[]
  sum: number
  count: number
}

/**
 * http_request_duration_seconds: a Prometheus histogram by method, route and
 * status, counted per request with three map lookups and no allocation
 * (prom-client's own builds and hashes a labels object on every observation).
 */
class DurationHistogram {
  readonly name = 'http_request_duration_seconds'
  readonly help = 'Request durations by route and status; its _count is the request count.'
  readonly type = 'histogram'
  readonly aggregator = 'sum'
  private readonly series = new Map<string, Map<number, Map<string, Series>>>()

  constructor(private readonly bounds: number[]) {}

  observe(method: string, route: string, status: number, seconds: number) {
    let byStatus = this.series.get(route)
    if (!byStatus) this.series.set(route, (byStatus = new Map()))
    let byMethod = byStatus.get(status)
    if (!byMethod) byStatus.set(status, (byMethod = new Map()))
    let series = byMethod.get(method)
    if (!series) {
      series = { labels: { method, route, status: String(status) }, counts: new Array<number>(this.bounds.length + 1).fill(0), sum: 0, count: 0 }
      byMethod.set(method, series)
    }
    let bucket = 0
    while (bucket < this.bounds.length && seconds > this.bounds[bucket]!) bucket++
    series.counts[bucket]!++
    series.sum += seconds
    series.count++
  }

  /** The samples in prom-client's format: cumulative buckets, +Inf, sum and count per series. */
  async get() {
    const values: { labels: Record<string, string | number>; value: number; metricName: string }[] = []
    for (const byStatus of this.series.values()) {
      for (const byMethod of byStatus.values()) {
        for (const { labels, counts, sum, count } of byMethod.values()) {
          let cumulative = 0
          this.bounds.forEach((le, i) => {
            cumulative += counts[i]!
            values.push({ labels: { ...labels, le }, value: cumulative, metricName: `${this.name}_bucket` })
          })
          values.push({ labels: { ...labels, le: '+Inf' }, value: count, metricName: `${this.name}_bucket` })
          values.push({ labels, value: sum, metricName: `${this.name}_sum` })
          values.push({ labels, value: count, metricName: `${this.name}_count` })
        }
      }
    }
    return { name: this.name, help: this.help, type: this.type, values, aggregator: this.aggregator }
  }

  reset() {
    this.series.clear()
  }
}

export interface ObservabilityOptions {
  /** The scraper's bearer token for /metrics; without one, only this machine may read them. */
  metricsToken?: string
  /** TRUST_PROXY is set: requests arrive through a proxy, so the connection's address says nothing of the client. */
  behindProxy?: boolean
}

// Equal-length digests, so the comparison takes the same time whatever the token.
const digest = (token: string) => createHash('sha256').update(token).digest()
const loopback = (ip: string | undefined) => ip !== undefined && (ip === '::1' || /^(::ffff:)?127\./.test(ip))

/**
 * A request from this machine itself: the connection comes from the loopback interface and no proxy
 * stands in between (none is configured, and none forwarded this request). Decided on the connection,
 * never on a header a client writes: behind a proxy every request meets the service from the proxy's
 * address, so there /metrics needs METRICS_TOKEN.
 */
const fromThisMachine = (request: FastifyRequest, behindProxy: boolean) =>
  !behindProxy &&
  loopback(request.socket.remoteAddress) &&
  request.headers['x-forwarded-for'] === undefined &&
  request.headers.forwarded === undefined

/**
 * One log line per request (method, route, status, duration, request id), the
 * request id echoed in X-Request-Id, and Prometheus metrics at /metrics.
 */
export default fp<ObservabilityOptions>(
  async (fastify, { metricsToken, behindProxy = false }) => {
    const registry = new Registry()
    collectDefaultMetrics({ register: registry })
    const duration = new DurationHistogram([0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5])
    registry.registerMetric(duration as unknown as Histogram)
    const pool = fastify.dbPool
    const gauge = (name: string, help: string, value: () => number) =>
      registry.registerMetric(new Gauge({ name, help, registers: [], collect() { this.set(value()) } }))
    gauge('db_pool_connections', 'Connections in the database pool.', () => pool.totalCount)
    gauge('db_pool_idle_connections', 'Idle connections in the pool.', () => pool.idleCount)
    gauge('db_pool_waiting_requests', 'Queries waiting for a connection.', () => pool.waitingCount)
    gauge('database_up', '1 while the database answers.', () => (fastify.databaseHealth.up ? 1 : 0))
    const age = () => (Date.now() - fastify.snapshot.current().builtAt.getTime()) / 1000
    gauge('snapshot_age_seconds', 'Seconds since the served snapshot was made (built whole or updated by a write).', age)
    const updates = new Histogram({
      name: 'snapshot_update_duration_seconds',
      help: 'How long making a new snapshot took: read whole (full) or only the records a write changed (incremental).',
      labelNames: ['mode'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    })
    fastify.snapshot.onUpdate(({ mode, durationMs }) => updates.observe({ mode }, durationMs / 1000))

    // Callback hooks, not async ones: every request runs them, and a promise each is not free.
    fastify.addHook('onRequest', (request, reply, done) => {
      reply.header('x-request-id', request.id)
      done()
    })
    fastify.addHook('onResponse', (request, reply, done) => {
      const route = request.routeOptions.url ?? 'unmatched'
      const elapsed = reply.elapsedTime
      duration.observe(request.method, route, reply.statusCode, elapsed / 1000)
      request.log.info({ method: request.method, route, url: request.url, status: reply.statusCode, durationMs: Math.round(elapsed * 10) / 10 }, 'request')
      done()
    })

    // Metrics show traffic and internals: only for the scraper's token, or from this machine when there is none.
    // Not for other origins' pages: no CORS headers.
    const expected = metricsToken === undefined ? undefined : digest(metricsToken)
    fastify.get('/metrics', { schema: { hide: true }, config: { rateLimit: false, cors: false } }, async (request, reply) => {
      if (expected === undefined) {
        if (!fromThisMachine(request, behindProxy)) {
          const why = behindProxy ? 'behind a proxy (TRUST_PROXY), set METRICS_TOKEN to scrape' : 'set METRICS_TOKEN to scrape from elsewhere'
          throw notFound(`There is nothing at /metrics for this address; ${why}.`)
        }
      } else {
        const token = bearerToken(request.headers.authorization)
        if (token === undefined || !timingSafeEqual(digest(token), expected)) {
          throw unauthorized('Metrics need the METRICS_TOKEN: send Authorization: Bearer <token>.', { 'www-authenticate': 'Bearer realm="metrics"' })
        }
      }
      reply.type(registry.contentType)
      return registry.metrics()
    })
  },
  { name: 'observability', dependencies: ['prisma', 'snapshot', 'database-health'] },
)
