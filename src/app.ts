import { randomUUID } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import underPressure from '@fastify/under-pressure'
import Fastify, { type FastifyServerOptions, LogController } from 'fastify'
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod'
import type { PoolOptions } from './db/client.js'
import auth from './plugins/auth.js'
import curatedData from './plugins/curated-data.js'
import databaseHealth from './plugins/database-health.js'
import errors, { frameworkErrors, ProblemError } from './plugins/errors.js'
import formats from './plugins/formats.js'
import observability from './plugins/observability.js'
import openapi from './plugins/openapi.js'
import prisma from './plugins/prisma.js'
import responseCache from './plugins/response-cache.js'
import security from './plugins/security.js'
import snapshot from './plugins/snapshot.js'
import health from './routes/health.js'
import compare from './routes/v1/compare.js'
import conditions from './routes/v1/conditions.js'
import facts from './routes/v1/facts.js'
import keys from './routes/v1/keys.js'
import municipalities from './routes/v1/municipalities.js'
import regions from './routes/v1/regions.js'
import sources from './routes/v1/sources.js'
import writes from './routes/v1/writes.js'

export interface RateLimits {
  readsPerMinute: number
  writesPerMinute: number
  failedAuthPerMinute: number
}

export const defaultRateLimits: RateLimits = { readsPerMinute: 6000, writesPerMinute: 120, failedAuthPerMinute: 10 }

export interface AppOptions {
  databaseUrl: string
  pool: PoolOptions
  /** Load the curated data files into the database when the app gets ready. */
  loadCuratedData: boolean
  rateLimits?: RateLimits
  /** How often the database is checked, in milliseconds. */
  databaseCheckIntervalMs?: number
  /** Past these, requests get 503 instead of making things worse. */
  pressureLimits?: { maxEventLoopDelayMs: number; maxHeapUsedBytes: number }
}

// An incoming X-Request-Id is kept when it is sane, so a request can be traced across services.
const genReqId = (request: IncomingMessage) => {
  const incoming = request.headers['x-request-id']
  return typeof incoming === 'string' && /^[\w.:-]{1,100}$/.test(incoming) ? incoming : randomUUID()
}

/** Builds the whole app from its dependencies; the server and the tests both call this. */
export async function buildApp(options: AppOptions, fastifyOptions: FastifyServerOptions = {}) {
  const app = Fastify({
    genReqId,
    requestIdHeader: false,
    // On close, requests already arriving on open connections are served (see below), not refused.
    return503OnClosing: false,
    frameworkErrors,
    // The observability plugin logs one line per request instead.
    logController: new LogController({ disableRequestLogging: true }),
    // Facts are small; a larger body is a mistake or an attack.
    bodyLimit: 256 * 1024,
    ...fastifyOptions,
  }).withTypeProvider<ZodTypeProvider>()
  app.setValidatorCompiler(validatorCompiler)
  app.setSerializerCompiler(serializerCompiler)

  const limits = options.rateLimits ?? defaultRateLimits
  // External and app plugins, then encapsulated routes.
  await app.register(errors)
  const pressure = options.pressureLimits ?? { maxEventLoopDelayMs: 1000, maxHeapUsedBytes: 1024 * 1024 * 1024 }
  await app.register(underPressure, {
    maxEventLoopDelay: pressure.maxEventLoopDelayMs,
    maxHeapUsedBytes: pressure.maxHeapUsedBytes,
    retryAfter: 10,
    // Overload is answered with a problem, not suffered.
    pressureHandler: (_request, _reply, type) => {
      throw new ProblemError(503, 'overloaded', 'Service Unavailable', `The service is overloaded (${type}); retry shortly.`, { headers: { 'retry-after': '10' } })
    },
  })
  await app.register(security, { readsPerMinute: limits.readsPerMinute, writesPerMinute: limits.writesPerMinute })
  await app.register(openapi)
  await app.register(prisma, { databaseUrl: options.databaseUrl, pool: options.pool })
  if (options.loadCuratedData) await app.register(curatedData)
  await app.register(snapshot, { databaseUrl: options.databaseUrl })
  await app.register(databaseHealth, { intervalMs: options.databaseCheckIntervalMs ?? 2000 })
  await app.register(observability)
  await app.register(auth, { failedAuthPerMinute: limits.failedAuthPerMinute })
  // The cache answers repeats before any negotiation; its key includes the Accept header.
  await app.register(responseCache)
  await app.register(formats)

  // While closing, answer what arrives on open connections but tell clients to reconnect,
  // so keep-alive connections drain and new ones meet a closed port.
  let closing = false
  app.addHook('preClose', async () => {
    closing = true
  })
  app.addHook('onRequest', async (_request, reply) => {
    if (closing) reply.header('connection', 'close')
  })

  await app.register(health)
  await app.register(
    async (v1) => {
      await v1.register(regions)
      await v1.register(municipalities)
      await v1.register(sources)
      await v1.register(conditions)
      await v1.register(facts)
      await v1.register(compare)
      await v1.register(writes)
      await v1.register(keys)
    },
    { prefix: '/v1' },
  )
  return app
}

export type App = Awaited<ReturnType<typeof buildApp>>
