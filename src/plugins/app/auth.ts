import type { FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { forbidden, unauthorized as unauthorizedProblem } from '../../domain/errors.js'
import type { ApiKeyRole } from '../../generated/prisma/enums.js'
import { findActiveKey } from '../../repositories/api-keys.js'

declare module 'fastify' {
  interface FastifyInstance {
    /** A preHandler that admits a valid API key of the role (admins may do what editors may). */
    requireRole(role: ApiKeyRole): (request: FastifyRequest, reply: FastifyReply) => Promise<void>
  }
  interface FastifyRequest {
    /** The key holder of an authenticated write, null elsewhere. */
    apiKey: { name: string; role: ApiKeyRole } | null
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
    // Counts only failures, so guessing keys is slow while honest clients are never held back.
    const failedAuthLimit = fastify.rateLimit({ max: options.failedAuthPerMinute, timeWindow: 60_000, keyGenerator: (request) => `auth-failure:${request.ip}` })

    const unauthorized = async (request: FastifyRequest, reply: FastifyReply, detail: string) => {
      await failedAuthLimit.call(fastify, request, reply)
      return unauthorizedProblem(detail, { 'www-authenticate': CHALLENGE })
    }

    fastify.decorateRequest('apiKey', null)
    fastify.decorate('requireRole', (role: ApiKeyRole) => async (request: FastifyRequest, reply: FastifyReply) => {
      const header = request.headers.authorization
      const match = header?.match(/^Bearer\s+(\S+)$/i)
      if (!match) throw await unauthorized(request, reply, 'This needs an API key: send Authorization: Bearer <key>.')
      const key = await findActiveKey(fastify.prisma, match[1]!)
      if (!key) throw await unauthorized(request, reply, 'The API key is unknown or revoked.')
      request.apiKey = key
      if (role === 'admin' && key.role !== 'admin') {
        throw forbidden(`The key "${key.name}" is an ${key.role} key; this needs an admin key.`)
      }
    })
  },
  { name: 'auth', dependencies: ['prisma', 'errors', '@fastify/rate-limit'] },
)
