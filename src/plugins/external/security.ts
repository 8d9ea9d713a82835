import cors from '@fastify/cors'
import helmet from '@fastify/helmet'
import rateLimit from '@fastify/rate-limit'
import fp from 'fastify-plugin'
import { tooManyRequests } from '../../domain/errors.js'

export interface SecurityOptions {
  readsPerMinute: number
  writesPerMinute: number
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Writes get the stricter limit. */
    write?: boolean
  }
}

/** Security headers, CORS open for reads, and rate limits (stricter for writes). */
export default fp<SecurityOptions>(
  async (fastify, options) => {
    await fastify.register(helmet, {
      // The interactive docs at /docs load their own scripts and styles.
      contentSecurityPolicy: false,
    })
    await fastify.register(cors, {
      origin: '*',
      methods: ['GET', 'HEAD'],
      exposedHeaders: ['ETag', 'X-Request-Id', 'Retry-After', 'Link'],
    })
    await fastify.register(rateLimit, {
      global: true,
      max: (request) => (request.routeOptions.config.write ? options.writesPerMinute : options.readsPerMinute),
      timeWindow: 60_000,
      // Writers are limited per key holder (the Authorization header), readers per address.
      keyGenerator: (request) => (request.routeOptions.config.write ? `write:${request.headers.authorization ?? request.ip}` : `read:${request.ip}`),
      errorResponseBuilder: (_request, context) => {
        const seconds = Math.ceil(context.ttl / 1000)
        return tooManyRequests(`Rate limit of ${context.max} requests a minute reached; retry in ${seconds} s.`, seconds)
      },
    })
  },
  { name: 'security', dependencies: ['errors'] },
)
