import { randomUUID } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import Fastify, { type FastifyServerOptions, LogController } from 'fastify'
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod'
import type { Config } from './config.js'
import { poolOptions } from './db/database.js'
import auth from './plugins/app/auth.js'
import changeStream from './plugins/app/change-stream.js'
import curatedData from './plugins/app/curated-data.js'
import databaseHealth from './plugins/app/database-health.js'
import errors, { clientErrors, frameworkErrors } from './plugins/app/errors.js'
import formats from './plugins/app/formats.js'
import language from './plugins/app/language.js'
import observability from './plugins/app/observability.js'
import pagination from './plugins/app/pagination.js'
import prisma from './plugins/app/prisma.js'
import responseCache from './plugins/app/response-cache.js'
import snapshot from './plugins/app/snapshot.js'
import webhookWorker from './plugins/app/webhooks.js'
import openapi from './plugins/external/openapi.js'
import pressure from './plugins/external/pressure.js'
import security from './plugins/external/security.js'
import health from './routes/health.js'
import changes from './routes/v1/changes.js'
import citations from './routes/v1/citations.js'
import compare from './routes/v1/compare.js'
import conditions from './routes/v1/conditions.js'
import confirmations from './routes/v1/confirmations.js'
import facts from './routes/v1/facts.js'
import keys from './routes/v1/keys.js'
import municipalities from './routes/v1/municipalities.js'
import regions from './routes/v1/regions.js'
import review from './routes/v1/review.js'
import sources from './routes/v1/sources.js'
import exportRoute from './routes/v1/export.js'
import webhooks from './routes/v1/webhooks.js'
import assets from './routes/web/assets.js'
import pages from './routes/web/pages.js'

declare module 'fastify' {
  interface FastifyInstance {
    /** The configuration the app was built with. */
    config: Config
  }
}

export interface AppOptions {
  databaseUrl: string
  config: Config
  /** Load the curated data files into the database when the app gets ready. */
  loadCuratedData: boolean
}

// An incoming X-Request-Id is kept when it is sane, so a request can be traced across services.
const genReqId = (request: IncomingMessage) => {
  const incoming = request.headers['x-request-id']
  return typeof incoming === 'string' && /^[\w.:-]{1,100}$/.test(incoming) ? incoming : randomUUID()
}

/**
 * TRUST_PROXY as Fastify takes it. A number of hops trusts that many proxies nearest the service
 * whatever their address (Fastify itself ignores a number), so it suits only a service that nothing
 * but its proxies can reach.
 */
const trustedProxies = (setting: Config['TRUST_PROXY']) =>
  typeof setting === 'number' ? (_address: string, hop: number) => hop < setting : setting

/** Builds the whole app from its dependencies; the server and the tests both call this. */
export async function buildApp({ databaseUrl, config, loadCuratedData }: AppOptions, fastifyOptions: FastifyServerOptions = {}) {
  const app = Fastify({
    genReqId,
    requestIdHeader: false,
    // On close, requests already arriving on open connections are served (see below), not refused.
    return503OnClosing: false,
    frameworkErrors,
    clientErrorHandler: clientErrors,
    // Long ids reach validation (a 400 naming the parameter) instead of the router's 414.
    routerOptions: { maxParamLength: 10_000 },
    // The observability plugin logs one line per request instead.
    logController: new LogController({ disableRequestLogging: true }),
    // Facts are small; a larger body is a mistake or an attack.
    bodyLimit: 256 * 1024,
    // Only the named proxies' X-Forwarded-For (or that of the given number of hops) decides request.ip.
    trustProxy: trustedProxies(config.TRUST_PROXY),
    ...fastifyOptions,
  }).withTypeProvider<ZodTypeProvider>()
  app.setValidatorCompiler(validatorCompiler)
  app.setSerializerCompiler(serializerCompiler)
  app.decorate('config', config)

  // External plugins, then the app's own, then encapsulated routes.
  await app.register(errors)
  await app.register(pressure, { maxEventLoopDelayMs: config.MAX_EVENT_LOOP_DELAY_MS, maxHeapUsedBytes: config.MAX_HEAP_USED_MB * 1024 * 1024 })
  await app.register(security, { readsPerMinute: config.RATE_LIMIT_READS_PER_MINUTE, writesPerMinute: config.RATE_LIMIT_WRITES_PER_MINUTE })
  await app.register(openapi)
  await app.register(prisma, { databaseUrl, pool: poolOptions(config) })
  if (loadCuratedData) await app.register(curatedData)
  await app.register(snapshot, { databaseUrl })
  await app.register(changeStream, { heartbeatMs: config.SSE_HEARTBEAT_MS })
  await app.register(webhookWorker, {
    allowPrivateUrls: config.WEBHOOKS_ALLOW_PRIVATE_URLS,
    retryBaseMs: config.WEBHOOKS_RETRY_BASE_MS,
    maxAttempts: config.WEBHOOKS_MAX_ATTEMPTS,
    timeoutMs: config.WEBHOOKS_TIMEOUT_MS,
  })
  await app.register(databaseHealth, { intervalMs: config.DATABASE_CHECK_INTERVAL_MS })
  await app.register(observability, { metricsToken: config.METRICS_TOKEN, behindProxy: config.TRUST_PROXY !== false })
  await app.register(auth, { failedAuthPerMinute: config.RATE_LIMIT_FAILED_AUTH_PER_MINUTE })
  await app.register(language)
  // The cache answers repeats before any negotiation; its key includes the Accept header and the language.
  await app.register(responseCache)

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
  // Pages for people, over the same domain views as the API's answers, and the files they use.
  await app.register(assets)
  await app.register(pages)
  await app.register(
    async (v1) => {
      await v1.register(formats)
      await v1.register(pagination)
      // Merge patches arrive as application/merge-patch+json.
      v1.addContentTypeParser('application/merge-patch+json', { parseAs: 'string' }, v1.getDefaultJsonParser('error', 'error'))
      await v1.register(regions)
      await v1.register(municipalities)
      await v1.register(sources)
      await v1.register(conditions)
      await v1.register(facts)
      await v1.register(compare)
      await v1.register(citations)
      await v1.register(confirmations)
      await v1.register(review)
      await v1.register(changes)
      await v1.register(exportRoute)
      await v1.register(keys)
      await v1.register(webhooks)
    },
    { prefix: '/v1' },
  )
  return app
}

export type App = Awaited<ReturnType<typeof buildApp>>
