import { createHash } from 'node:crypto'
import fp from 'fastify-plugin'
import { LRUCache } from 'lru-cache'
import { today } from '../domain/as-of.js'

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Cache this GET route's 200 answers per URL and snapshot version. */
    cache?: boolean
  }
  interface FastifyRequest {
    cacheKey?: string
  }
}

interface Entry {
  body: string
  etag: string
  contentType: string
}

const CACHE_CONTROL = 'public, max-age=60, must-revalidate'

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false
  return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)
}

/**
 * Reads are pure functions of the snapshot, so a serialized answer stays right
 * until the snapshot changes: keep it with its strong ETag and answer repeats
 * (and If-None-Match revalidations) without running the route at all.
 */
export default fp(
  async (fastify) => {
    const cache = new LRUCache<string, Entry>({ max: 2000, maxSize: 48 * 1024 * 1024, sizeCalculation: (entry) => entry.body.length + 64 })
    let cachedVersion = ''

    fastify.addHook('onRequest', async (request, reply) => {
      if (request.method !== 'GET' || !request.routeOptions.config.cache) return
      const version = fastify.snapshot.current().version
      if (version !== cachedVersion) {
        cache.clear()
        cachedVersion = version
      }
      // The default asOf is today, so today's date is part of what the answer depends on.
      const key = `${version}|${today()}|${request.headers.accept ?? ''}|${request.headers['accept-language'] ?? ''}|${request.url}`
      request.cacheKey = key
      const hit = cache.get(key)
      if (!hit) return
      request.cacheKey = undefined
      reply.header('etag', hit.etag).header('cache-control', CACHE_CONTROL).header('vary', 'Accept')
      if (matches(request.headers['if-none-match'], hit.etag)) return reply.code(304).send()
      return reply.type(hit.contentType).send(hit.body)
    })

    fastify.addHook('onSend', async (request, reply, payload) => {
      if (!request.cacheKey || reply.statusCode !== 200 || typeof payload !== 'string') return payload
      // A route may set its own ETag (a record's version, which If-Match is checked against).
      const etag = String(reply.getHeader('etag') ?? `"${createHash('sha256').update(payload).digest('base64url').slice(0, 27)}"`)
      const contentType = String(reply.getHeader('content-type') ?? 'application/json; charset=utf-8')
      cache.set(request.cacheKey, { body: payload, etag, contentType })
      reply.header('etag', etag).header('cache-control', CACHE_CONTROL).header('vary', 'Accept')
      if (matches(request.headers['if-none-match'], etag)) {
        reply.code(304)
        return ''
      }
      return payload
    })
  },
  { name: 'response-cache', dependencies: ['snapshot'] },
)
