import { createHash } from 'node:crypto'
import cors, { type FastifyCorsOptions } from '@fastify/cors'
import helmet from '@fastify/helmet'
import rateLimit from '@fastify/rate-limit'
import type { FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { bearerToken } from '../../domain/bearer.js'
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

/**
 * Reads from any origin; writes and key management never cross origins. One fixed policy, so
 * nothing is worked out per request: browsers may only GET and HEAD, and never send
 * Authorization, which every write and /v1/keys needs.
 */
const readOnlyCors: FastifyCorsOptions = {
  origin: '*',
  methods: ['GET', 'HEAD'],
  allowedHeaders: ['Accept', 'Accept-Language', 'If-None-Match', 'X-Request-Id'],
  exposedHeaders: ['ETag', 'X-Request-Id', 'Retry-After', 'Link'],
  maxAge: 600,
}

/** A key's own counter: the same key however its header is spelled ("bearer", extra spaces). */
const writerOf = (request: FastifyRequest) => {
  const token = bearerToken(request.headers.authorization)
  return token ? `write:${createHash('sha256').update(token).digest('base64url')}` : `write:${request.ip}`
}

/** Security headers, CORS for reads only, and rate limits (stricter for writes, per API key). */
export default fp<SecurityOptions>(
  async (fastify, options) => {
    await fastify.register(helmet, {
      // Pages and answers load nothing from elsewhere; /docs sets its own policy (see the openapi plugin).
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'"],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
    })
    await fastify.register(cors, readOnlyCors)
    await fastify.register(rateLimit, {
      global: true,
      max: (request) => (request.routeOptions.config.write ? options.writesPerMinute : options.readsPerMinute),
      timeWindow: 60_000,
      // Writers are limited per API key, readers per address.
      keyGenerator: (request) => (request.routeOptions.config.write ? writerOf(request) : `read:${request.ip}`),
      addHeadersOnExceeding: { 'x-ratelimit-limit': false, 'x-ratelimit-remaining': false, 'x-ratelimit-reset': false },
      addHeaders: { 'x-ratelimit-limit': false, 'x-ratelimit-remaining': false, 'x-ratelimit-reset': false, 'retry-after': true },
      errorResponseBuilder: (_request, context) => {
        const seconds = Math.ceil(context.ttl / 1000)
        return tooManyRequests(`Rate limit of ${context.max} requests a minute reached; retry in ${seconds} s.`, seconds)
      },
    })
  },
  { name: 'security', dependencies: ['errors'] },
)
