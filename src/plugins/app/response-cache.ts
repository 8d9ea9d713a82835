import { createHash } from 'node:crypto'
import { gzipSync } from 'node:zlib'
import type { FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { LRUCache } from 'lru-cache'
import { today } from '../../domain/as-of.js'
import { tooManyRequests } from '../../domain/errors.js'
import { gzipEtag, plainEtag } from '../../domain/etags.js'

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Cache this GET route's 200 answers per URL and snapshot version. */
    cache?: boolean
  }
  interface FastifyRequest {
    /** Where this GET's answer is kept, when it is cached and was not there yet. */
    cacheKey: string | null
  }
}

interface Entry {
  body: string
  /** The gzip-coded body, made on first demand and kept with the entry. */
  gzip?: Buffer
  etag: string
  contentType: string
}

const CACHE_CONTROL = 'public, max-age=60, must-revalidate'
const VARY = 'Accept, Accept-Encoding'

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false
  return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((tag) => plainEtag(tag.trim().replace(/^W\//, '')) === etag)
}

// On the hot path a pattern is enough: gzip listed, and not refused with q=0.
const wantsGzip = (request: FastifyRequest) => {
  const accepted = request.headers['accept-encoding']
  return accepted !== undefined && /(^|[\s,])(gzip|\*)\s*(,|$|;\s*q=(?!0(\.0*)?\s*(,|$)))/i.test(accepted)
}

/**
 * Sends a cached entry, gzip-coded when the client accepts it: the work of
 * compressing is done once per entry, not once per request.
 */
function sendEntry(request: FastifyRequest, reply: FastifyReply, entry: Entry) {
  reply.header('cache-control', CACHE_CONTROL).header('vary', VARY).type(entry.contentType)
  if (matches(request.headers['if-none-match'], entry.etag)) return reply.code(304).header('etag', entry.etag).send()
  if (!wantsGzip(request)) return reply.header('etag', entry.etag).send(entry.body)
  entry.gzip ??= gzipSync(entry.body)
  return reply.header('etag', gzipEtag(entry.etag)).header('content-encoding', 'gzip').send(entry.gzip)
}

/**
 * Reads are pure functions of the snapshot, so a serialized answer stays right
 * until the snapshot changes: keep it with its strong ETag and answer repeats
 * (and If-None-Match revalidations) without running the route at all.
 */
export default fp(
  async (fastify) => {
    const cache = new LRUCache<string, Entry>({ max: 2000, maxSize: 64 * 1024 * 1024, sizeCalculation: (entry) => Math.ceil(entry.body.length * 1.2) + 64 })
    let cachedVersion = ''
    fastify.decorateRequest('cacheKey', null)
    // A hit is answered before the route's own rate-limit hook runs: it counts against the same read limit here.
    const readLimit = fastify.createRateLimit()

    fastify.addHook('onRequest', async (request, reply) => {
      if (request.method !== 'GET' || !request.routeOptions.config.cache) return
      const version = fastify.snapshot.current().version
      if (version !== cachedVersion) {
        cache.clear()
        cachedVersion = version
      }
      // The default asOf is today, so today's date is part of what the answer depends on.
      const key = `${version}|${today()}|${request.headers.accept ?? ''}|${request.url}`
      const hit = cache.get(key)
      if (hit) {
        const limit = await readLimit(request)
        if (!limit.isAllowed && limit.isExceeded) {
          throw tooManyRequests(`Rate limit of ${limit.max} requests a minute reached; retry in ${limit.ttlInSeconds} s.`, limit.ttlInSeconds)
        }
        return sendEntry(request, reply, hit)
      }
      request.cacheKey = key
    })

    fastify.addHook('onSend', async (request, reply, payload) => {
      const key = request.cacheKey
      if (!key || reply.statusCode !== 200 || typeof payload !== 'string') return payload
      request.cacheKey = null
      // A route may set its own ETag (a record's version, which If-Match is checked against).
      const etag = String(reply.getHeader('etag') ?? `"${createHash('sha256').update(payload).digest('base64url').slice(0, 27)}"`)
      const entry: Entry = { body: payload, etag, contentType: String(reply.getHeader('content-type') ?? 'application/json; charset=utf-8') }
      cache.set(key, entry)
      reply.header('cache-control', CACHE_CONTROL).header('vary', VARY)
      if (matches(request.headers['if-none-match'], etag)) {
        reply.code(304).header('etag', etag)
        return ''
      }
      if (!wantsGzip(request)) {
        reply.header('etag', etag)
        return payload
      }
      entry.gzip = gzipSync(payload)
      reply.header('etag', gzipEtag(etag)).header('content-encoding', 'gzip')
      return entry.gzip
    })
  },
  { name: 'response-cache', dependencies: ['snapshot', '@fastify/rate-limit'] },
)
