import { createHash } from 'node:crypto'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'
import type { FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify'
import fp from 'fastify-plugin'
import { LRUCache } from 'lru-cache'
import { today } from '../../domain/as-of.js'
import { tooManyRequests } from '../../domain/errors.js'
import { codedEtag, type ContentCoding } from '../../domain/etags.js'

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Cache this GET route's 200 answers per URL, Accept header and snapshot version. */
    cache?: boolean
    /** Set by the cache: what the route's answers depend on. */
    cachedBy?: 'substance' | 'everything'
  }
  interface FastifyRequest {
    /** Set when this GET's answer is to be cached: the first request for it renders it, others wait. */
    cacheFill: Fill | null
  }
}

interface Fill {
  url: string
  accept: string
  generation: string
  resolve(entry: Entry | undefined): void
}

/** One coded representation of an answer: its bytes and every header it is sent with, prepared once. */
interface Variant {
  body: Buffer
  headers: Record<string, string>
  /** The headers of a 304 for it. */
  notModified: Record<string, string>
}

/** An answer kept as bytes, in each coding a client has asked for. */
interface Entry {
  /** The snapshot (and day) it was rendered from. */
  generation: string
  /** What the answer varies by. */
  vary: string
  etag: string
  contentType: string
  /** Headers the route set that belong to the answer (its Link header, its change-log cursor). */
  extra: Record<string, string>
  /** Its tag in every coding, for If-None-Match (either tag names the same answer). */
  tags: string[]
  variants: Partial<Record<ContentCoding, Variant | Promise<Variant>>>
}

/**
 * Routes whose answers show none of a record's bookkeeping fields (notes,
 * version, timestamps) and are not computed from them: an editor's note
 * leaves them valid, so they are not rendered again for it.
 * test/routes/substance.test.ts checks each against changed bookkeeping.
 */
export const substanceRoutes = new Set(['/v1/compare/regions', '/v1/compare/dimensions/:dimension', '/v1/coverage'])

const CACHE_CONTROL = 'public, max-age=60, must-revalidate'
/** Headers a route sets on an answer that a cached copy of it carries too. */
const KEPT_HEADERS = ['link', 'x-change-cursor'] as const
const VARY = 'Accept, Accept-Encoding'
const VARY_LANGUAGE = 'Accept, Accept-Encoding, Accept-Language'
const compressors: Record<Exclude<ContentCoding, 'identity'>, (body: Buffer) => Promise<Buffer>> = {
  gzip: (body) => promisify(gzip)(body, { level: 6 }),
  // Quality 5 compresses a national comparison to a sixth of gzip's time at quality 9, and smaller than gzip; 11 takes a second.
  br: (body) =>
    promisify(brotliCompress)(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 5,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
}

/** The codings offered, in the order that breaks a tie the client leaves open (`*`); x-gzip is gzip's old name. */
const offeredCodings = ['br', 'gzip', 'x-gzip', 'identity']

/**
 * The coding to answer in (RFC 9110, 12.5.3), negotiated by @fastify/accepts:
 * the highest q-value, and between equal ones the client's order, except
 * that a header without any q-value (browsers and fetch send "gzip, deflate,
 * br") welcomes each coding alike, so brotli, the smaller, wins. Without the
 * header, or when nothing offered is acceptable, none.
 */
export function negotiateCoding(request: FastifyRequest): ContentCoding {
  const header = request.headers['accept-encoding']
  if (header === undefined) return 'identity'
  const accepts = request.accepts()
  const chosen = accepts.encoding(offeredCodings)
  if ((chosen === 'gzip' || chosen === 'x-gzip') && !/;\s*q\s*=/i.test(header) && accepts.encoding(['br']) === 'br') return 'br'
  return chosen === 'br' ? 'br' : chosen === 'gzip' || chosen === 'x-gzip' ? 'gzip' : 'identity'
}

// Clients send few distinct Accept-Encoding headers: each is negotiated once.
const codingsByHeader = new Map<string, ContentCoding>()
function codingFor(request: FastifyRequest): ContentCoding {
  const header = request.headers['accept-encoding']
  if (header === undefined) return 'identity'
  let coding = codingsByHeader.get(header)
  if (coding === undefined) {
    if (codingsByHeader.size >= 256) codingsByHeader.clear()
    coding = negotiateCoding(request)
    codingsByHeader.set(header, coding)
  }
  return coding
}

/** Whether If-None-Match names this answer: any of its tags, weak or strong, or "*". */
function notModified(request: FastifyRequest, entry: Entry): boolean {
  const ifNoneMatch = request.headers['if-none-match']
  if (ifNoneMatch === undefined) return false
  return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((tag) => entry.tags.includes(tag.trim().replace(/^W\//, '')))
}

function variantOf(entry: Entry, coding: ContentCoding, body: Buffer): Variant {
  const etag = codedEtag(entry.etag, coding)
  const encoding: Record<string, string> = coding === 'identity' ? {} : { 'content-encoding': coding }
  const notModified = { ...entry.extra, 'content-type': entry.contentType, 'cache-control': CACHE_CONTROL, vary: entry.vary, etag }
  // Fastify adds Content-Length for a Buffer itself.
  return { body, headers: { ...notModified, ...encoding }, notModified }
}

/** The answer in a coding: made once, on first demand, off the event loop; requests arriving meanwhile wait for the same one. */
function variant(entry: Entry, coding: ContentCoding): Variant | Promise<Variant> {
  const existing = entry.variants[coding]
  if (existing) return existing
  const identity = entry.variants.identity as Variant
  const compress = compressors[coding as Exclude<ContentCoding, 'identity'>]
  const made = compress(identity.body).then(
    (body) => (entry.variants[coding] = variantOf(entry, coding, body)),
    (error: unknown) => {
      delete entry.variants[coding]
      throw error
    },
  )
  entry.variants[coding] = made
  return made
}

function send(request: FastifyRequest, reply: FastifyReply, entry: Entry, chosen: Variant) {
  if (notModified(request, entry)) return reply.code(304).headers(chosen.notModified).send()
  return reply.headers(chosen.headers).send(chosen.body)
}

/**
 * Reads are pure functions of the snapshot, so a serialized answer stays right
 * until the snapshot changes: keep it as bytes, coded once per encoding, with
 * its strong ETags and every header, and answer repeats (and If-None-Match
 * revalidations) without running the route at all. When an answer is missing,
 * the first request renders it and the others asking meanwhile wait for it.
 */
export default fp(
  async (fastify) => {
    const cache = new LRUCache<string, Map<string, Entry>>({
      max: 2000,
      maxSize: 64 * 1024 * 1024,
      sizeCalculation: (byAccept) => {
        let size = 64
        for (const entry of byAccept.values()) size += Math.ceil((entry.variants.identity as Variant).body.length * 1.3) + 256
        return size
      },
    })
    const rendering = new Map<string, Promise<Entry | undefined>>()
    // An entry is valid for one snapshot version (or substance, see above) and one day: the default asOf is today.
    let generations = { everything: '', substance: '' }
    let seenVersion = ''
    let seenDay = ''
    const generationOf = (cachedBy: FastifyRequest['routeOptions']['config']['cachedBy']) => {
      const snapshot = fastify.snapshot.current()
      const day = today()
      if (snapshot.version !== seenVersion || day !== seenDay) {
        seenVersion = snapshot.version
        seenDay = day
        generations = { everything: `${snapshot.version}|${day}`, substance: `${snapshot.substanceVersion}~|${day}` }
      }
      return cachedBy === 'substance' ? generations.substance : generations.everything
    }
    fastify.decorateRequest('cacheFill', null)
    // A hit is answered before the route's own rate-limit hook runs: it counts against the same read limit here.
    const readLimit = fastify.createRateLimit()

    // Helmet's headers are the same on every answer: cached routes take them from here, captured
    // once from helmet itself, instead of having helmet build its middleware again for each request.
    let securityHeaders: Record<string, string> | undefined
    const helmetApplies = fastify.hasReplyDecorator('helmet')
    fastify.addHook('onRoute', (route) => {
      const config = route.config as { cache?: boolean; helmet?: unknown } | undefined
      if (!config?.cache) return
      const cachedBy = substanceRoutes.has(route.url) ? 'substance' : 'everything'
      const helmet = helmetApplies && config.helmet === undefined ? { helmet: { skipRoute: true } } : {}
      route.config = { ...config, cachedBy, ...helmet } as typeof route.config
    })
    const secure = (reply: FastifyReply) => {
      if (securityHeaders) {
        reply.headers(securityHeaders)
        return
      }
      const raw = reply.raw
      const before = new Set(raw.getHeaderNames())
      const helmet = (reply as unknown as { helmet?: () => void }).helmet
      if (typeof helmet !== 'function') throw new Error('helmet did not decorate the reply: register @fastify/helmet before the response cache')
      helmet.call(reply)
      securityHeaders = Object.fromEntries(raw.getHeaderNames().filter((name) => !before.has(name)).map((name) => [name, String(raw.getHeader(name))]))
    }

    // Callback style throughout: a hit costs the rate-limit check and a write, not a chain of promises.
    const answer = (request: FastifyRequest, reply: FastifyReply, entry: Entry, done: HookHandlerDoneFunction) => {
      readLimit(request).then((limit) => {
        if (!limit.isAllowed && limit.isExceeded) {
          return done(tooManyRequests(`Rate limit of ${limit.max} requests a minute reached; retry in ${limit.ttlInSeconds} s.`, limit.ttlInSeconds))
        }
        const coded = variant(entry, codingFor(request))
        if (coded instanceof Promise) coded.then((chosen) => send(request, reply, entry, chosen), done)
        else send(request, reply, entry, coded)
      }, done)
    }

    fastify.addHook('onRequest', (request, reply, done) => {
      const config = request.routeOptions.config
      if (!config.cache) return done()
      if (helmetApplies) secure(reply)
      // HEAD is answered from the same entry as GET: the same headers, no body.
      if (request.method !== 'GET' && request.method !== 'HEAD') return done()
      const generation = generationOf(config.cachedBy)
      const url = request.url
      // The language is chosen by the URL or Accept-Language (see the language plugin): part of the key.
      const accept = `${request.headers.accept ?? ''}\n${request.lang}`
      const entry = cache.get(url)?.get(accept)
      if (entry?.generation === generation) return answer(request, reply, entry, done)
      const key = `${generation}\n${accept}\n${url}`
      const pending = rendering.get(key)
      if (pending) {
        pending.then((rendered) => (rendered ? answer(request, reply, rendered, done) : done()), done)
        return
      }
      let settle!: (entry: Entry | undefined) => void
      const filled = new Promise<Entry | undefined>((resolve) => (settle = resolve))
      rendering.set(key, filled)
      request.cacheFill = {
        url,
        accept,
        generation,
        resolve(rendered) {
          if (rendering.get(key) === filled) rendering.delete(key)
          settle(rendered)
        },
      }
      done()
    })

    fastify.addHook('onSend', (request, reply, payload, done) => {
      const fill = request.cacheFill
      // Requests of plugins registered before this one do not have the decoration at all.
      if (!fill) return done(null, payload)
      request.cacheFill = null
      if (reply.statusCode !== 200 || typeof payload !== 'string') {
        fill.resolve(undefined)
        return done(null, payload)
      }
      const body = Buffer.from(payload)
      // A route may set its own ETag (a record's version, which If-Match is checked against).
      const etag = String(reply.getHeader('etag') ?? `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`)
      const contentType = String(reply.getHeader('content-type') ?? 'application/json; charset=utf-8')
      const tags = (['identity', 'gzip', 'br'] as const).map((c) => codedEtag(etag, c))
      const vary = request.routeOptions.config.negotiatesLanguage ? VARY_LANGUAGE : VARY
      const extra: Record<string, string> = {}
      for (const name of KEPT_HEADERS) {
        const value = reply.getHeader(name)
        if (value !== undefined) extra[name] = String(value)
      }
      const entry: Entry = { generation: fill.generation, vary, etag, contentType, tags, extra, variants: {} }
      entry.variants.identity = variantOf(entry, 'identity', body)
      // An answer rendered from a snapshot that has since been replaced is sent, but not kept.
      if (fill.generation === generationOf(request.routeOptions.config.cachedBy)) {
        const byAccept = cache.get(fill.url) ?? new Map<string, Entry>()
        byAccept.set(fill.accept, entry)
        cache.set(fill.url, byAccept)
      }
      fill.resolve(entry)
      const coding = codingFor(request)
      const finish = (chosen: Variant) => {
        reply.headers(notModified(request, entry) ? chosen.notModified : chosen.headers)
        if (!notModified(request, entry)) return done(null, chosen.body)
        reply.code(304)
        done(null, '')
      }
      const coded = variant(entry, coding)
      if (coded instanceof Promise) coded.then(finish, (error: Error) => done(error))
      else finish(coded)
    })

    // A render that never reached onSend (an error thrown before, a request aborted) releases those waiting for it.
    const release = (request: FastifyRequest, _reply: unknown, done: HookHandlerDoneFunction) => {
      if (request.cacheFill) {
        request.cacheFill.resolve(undefined)
        request.cacheFill = null
      }
      done()
    }
    fastify.addHook('onResponse', release)
    fastify.addHook('onRequestAbort', (request, done) => release(request, undefined, done))
  },
  { name: 'response-cache', dependencies: ['snapshot', '@fastify/rate-limit', 'language'] },
)
