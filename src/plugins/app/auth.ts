import type { FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { API_KEYS_CHANGED } from '../../db/notifications.js'
import { bearerToken } from '../../domain/bearer.js'
import { forbidden, tooManyRequests, unauthorized as unauthorizedProblem } from '../../domain/errors.js'
import type { ApiKeyRole } from '../../generated/prisma/enums.js'
import { findActiveKey, hashKey, type KeyChange, type KeyHolder, listActiveKeys } from '../../repositories/api-keys.js'

declare module 'fastify' {
  interface FastifyInstance {
    /** A preHandler that admits a valid API key of the role (admins may do what editors may). */
    requireRole(role: ApiKeyRole): (request: FastifyRequest) => Promise<void>
    /** The active keys this instance recognises without a query. */
    activeKeys: ActiveKeys
  }
  interface FastifyRequest {
    /** The key holder of an authenticated write, null elsewhere. */
    apiKey: KeyHolder | null
  }
}

export interface AuthOptions {
  /** Failed authentications allowed per client address and minute. */
  failedAuthPerMinute: number
}

const CHALLENGE = 'Bearer realm="regionkollen"'

/**
 * The active keys' hashes and holders, in memory: read whole at start (and after the listener
 * reconnects), then kept up to date by every instance's key changes (API_KEYS_CHANGED), applied
 * in commit order. A change that arrives while the keys are read is applied again after.
 */
export class ActiveKeys {
  private keys = new Map<string, KeyHolder>()
  private readonly reading = new Set<KeyChange[]>()

  get(keyHash: string): KeyHolder | undefined {
    return this.keys.get(keyHash)
  }

  get size() {
    return this.keys.size
  }

  apply(change: KeyChange) {
    for (const seen of this.reading) seen.push(change)
    if (change.action === 'create') this.keys.set(change.keyHash, change.holder)
    else this.keys.delete(change.keyHash)
  }

  async reload(read: () => Promise<[string, KeyHolder][]>) {
    const seen: KeyChange[] = []
    this.reading.add(seen)
    try {
      const keys = new Map(await read())
      this.keys = keys
      for (const change of seen) this.apply(change)
    } finally {
      this.reading.delete(seen)
    }
  }
}

const keyChange = (payload: string | undefined): KeyChange | undefined => {
  try {
    const change = JSON.parse(payload ?? '') as KeyChange
    return (change.action === 'create' || change.action === 'revoke') && typeof change.keyHash === 'string' ? change : undefined
  } catch {
    return undefined
  }
}

/**
 * API-key authentication for writes: `Authorization: Bearer <key>`. An active key is recognised
 * in memory, without a query, so no one else's failures can lock it out; only keys this instance
 * does not know cost a lookup, and only unknown keys count against the address, which past its
 * limit is refused before any lookup.
 */
export default fp<AuthOptions>(
  async (fastify, options) => {
    // Counts only failed authentications per address: guessing keys is slow, honest clients are never held back.
    const failures = fastify.createRateLimit({ max: options.failedAuthPerMinute, timeWindow: 60_000, keyGenerator: (request) => `auth-failure:${request.ip}` })
    // The address has used up its failures for the window: the next one would be over the limit.
    const overLimit = async (request: FastifyRequest) => {
      const state = await failures(request, { increment: false })
      return !state.isAllowed && state.remaining === 0 ? state : undefined
    }

    const active = new ActiveKeys()
    fastify.decorate('activeKeys', active)
    const reload = () =>
      active.reload(() => listActiveKeys(fastify.prisma)).catch((error: unknown) => fastify.log.error({ err: error }, 'Reading the active API keys failed'))
    fastify.notifications.subscribe(API_KEYS_CHANGED, {
      notified(payload) {
        const change = keyChange(payload)
        if (change) active.apply(change)
        else void reload()
      },
      resync() {
        void reload()
      },
    })
    fastify.addHook('onReady', async () => {
      await active.reload(() => listActiveKeys(fastify.prisma))
    })

    fastify.decorateRequest('apiKey', null)
    fastify.decorate('requireRole', (role: ApiKeyRole) => async (request: FastifyRequest) => {
      const token = bearerToken(request.headers.authorization)
      if (!token) throw unauthorizedProblem('This needs an API key: send Authorization: Bearer <key>.', { 'www-authenticate': CHALLENGE })
      let key = active.get(hashKey(token))
      if (!key) {
        // A key this instance does not know. Over the limit: refuse before the key costs a database query.
        const blocked = await overLimit(request)
        if (blocked) {
          throw tooManyRequests(`Too many failed authentications from this address; retry in ${blocked.ttlInSeconds} s.`, blocked.ttlInSeconds ?? 60)
        }
        // Perhaps made a moment ago on another instance, its notification still on its way.
        key = await findActiveKey(fastify.prisma, token)
        if (!key) {
          await failures(request)
          throw unauthorizedProblem('The API key is unknown or revoked.', { 'www-authenticate': CHALLENGE })
        }
      }
      request.apiKey = key
      if (role === 'admin' && key.role !== 'admin') {
        throw forbidden(`The key "${key.name}" is an ${key.role} key; this needs an admin key.`)
      }
    })
  },
  { name: 'auth', dependencies: ['prisma', 'snapshot', 'errors', '@fastify/rate-limit'] },
)
