import type { FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { bearerToken } from '../../domain/bearer.js'
import { forbidden, tooManyRequests, unauthorized as unauthorizedProblem } from '../../domain/errors.js'
import type { ApiKeyRole } from '../../generated/prisma/enums.js'
import { findActiveKey } from '../../repositories/api-keys.js'

declare module 'fastify' {
  interface FastifyInstance {
    /** A preHandler that admits a valid API key of the role (admins may do what editors may). */
    requireRole(role: ApiKeyRole): (request: FastifyRequest) => Promise<void>
  }
  interface FastifyRequest {
    /** The key holder of an authenticated write, null elsewhere. */
    apiKey: { name: string; role: ApiKeyRole; displayName: string } | null
  }
}

export interface AuthOptions {
  /** Failed authentications allowed per client address and minute. */
  failedAuthPerMinute: number
}

const CHALLENGE = 'Bearer realm="regionkollen"'

/** API-key authentication for writes: `Authorization: Bearer <key>`. */
export default fp<AuthOptions>(
  async (fastify, options) => {
    // Counts only failed authentications per address: guessing keys is slow, honest clients are never held back.
    const failures = fastify.createRateLimit({ max: options.failedAuthPerMinute, timeWindow: 60_000, keyGenerator: (request) => `auth-failure:${request.ip}` })
    // The address has used up its failures for the window: the next one would be over the limit.
    const overLimit = async (request: FastifyRequest) => {
      const state = await failures(request, { increment: false })
      return !state.isAllowed && state.remaining === 0 ? state : undefined
    }

    fastify.decorateRequest('apiKey', null)
    fastify.decorate('requireRole', (role: ApiKeyRole) => async (request: FastifyRequest) => {
      const token = bearerToken(request.headers.authorization)
      if (!token) throw unauthorizedProblem('This needs an API key: send Authorization: Bearer <key>.', { 'www-authenticate': CHALLENGE })
      // Over the limit: refuse before the key costs a database query.
      const blocked = await overLimit(request)
      if (blocked) {
        throw tooManyRequests(`Too many failed authentications from this address; retry in ${blocked.ttlInSeconds} s.`, blocked.ttlInSeconds ?? 60)
      }
      const key = await findActiveKey(fastify.prisma, token)
      if (!key) {
        await failures(request)
        throw unauthorizedProblem('The API key is unknown or revoked.', { 'www-authenticate': CHALLENGE })
      }
      request.apiKey = key
      if (role === 'admin' && key.role !== 'admin') {
        throw forbidden(`The key "${key.name}" is an ${key.role} key; this needs an admin key.`)
      }
    })
  },
  { name: 'auth', dependencies: ['prisma', 'errors', '@fastify/rate-limit'] },
)
