import fp from 'fastify-plugin'
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client'

/**
 * One log line per request (method, route, status, duration, request id), the
 * request id echoed in X-Request-Id, and Prometheus metrics at /metrics.
 */
export default fp(
  async (fastify) => {
    const registry = new Registry()
    collectDefaultMetrics({ register: registry })
    const duration = new Histogram({
      name: 'http_request_duration_seconds',
      help: 'Request durations by route and status; its _count is the request count.',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    })
    const pool = fastify.dbPool
    const gauge = (name: string, help: string, value: () => number) =>
      registry.registerMetric(new Gauge({ name, help, registers: [], collect() { this.set(value()) } }))
    gauge('db_pool_connections', 'Connections in the database pool.', () => pool.totalCount)
    gauge('db_pool_idle_connections', 'Idle connections in the pool.', () => pool.idleCount)
    gauge('db_pool_waiting_requests', 'Queries waiting for a connection.', () => pool.waitingCount)
    gauge('database_up', '1 while the database answers.', () => (fastify.databaseHealth.up ? 1 : 0))
    gauge('snapshot_age_seconds', 'Seconds since the served snapshot was built.', () => (Date.now() - fastify.snapshot.current().builtAt.getTime()) / 1000)

    fastify.addHook('onRequest', async (request, reply) => {
      reply.header('x-request-id', request.id)
    })
    fastify.addHook('onResponse', async (request, reply) => {
      const route = request.routeOptions.url ?? 'unmatched'
      duration.observe({ method: request.method, route, status: String(reply.statusCode) }, reply.elapsedTime / 1000)
      request.log.info({
        method: request.method,
        route,
        url: request.url,
        status: reply.statusCode,
        durationMs: Math.round(reply.elapsedTime * 10) / 10,
      }, 'request')
    })

    fastify.get('/metrics', { schema: { hide: true }, config: { rateLimit: false } }, async (_request, reply) => {
      reply.type(registry.contentType)
      return registry.metrics()
    })
  },
  { name: 'observability', dependencies: ['prisma', 'snapshot', 'database-health'] },
)
