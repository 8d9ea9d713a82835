import accepts from '@fastify/accepts'
import type { FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { type Language, languages } from '../../schemas/labels.js'

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A page's language when `lang` does not name one: pages are for Swedish readers, whatever the browser prefers. */
    pageLanguage?: Language
    /** Set for routes whose answers follow Accept-Language (they take `lang` and are not pages). */
    negotiatesLanguage?: boolean
  }
  interface FastifyRequest {
    /** The language this request is answered in: `lang`, else Accept-Language (API reads) or the page's language, else English. */
    lang: Language
  }
}

const isLanguage = (value: unknown): value is Language => typeof value === 'string' && (languages as readonly string[]).includes(value)

/**
 * Chooses the language of every answer: the `lang` query parameter, else for
 * API reads the best of Accept-Language (RFC 9110, 12.5.4), else English;
 * pages default to their own language. Set on every request before the
 * response cache looks, since it keys by it.
 */
export default fp(
  async (fastify) => {
    await fastify.register(accepts)
    fastify.decorateRequest('lang', 'en')
    fastify.addHook('onRoute', (route) => {
      const query = route.schema?.querystring as { shape?: Record<string, unknown> } | undefined
      const takesLang = query?.shape !== undefined && 'lang' in query.shape
      const config = (route.config ?? {}) as { pageLanguage?: Language }
      route.config = { ...config, negotiatesLanguage: takesLang && config.pageLanguage === undefined } as typeof route.config
    })
    // Clients send few distinct Accept-Language headers: each is negotiated once.
    const byHeader = new Map<string, Language | false>()
    const preferred = (request: FastifyRequest, header: string): Language | false => {
      let chosen = byHeader.get(header)
      if (chosen === undefined) {
        if (byHeader.size >= 256) byHeader.clear()
        const best = request.languages([...languages])
        chosen = isLanguage(best) ? best : false
        byHeader.set(header, chosen)
      }
      return chosen
    }
    fastify.addHook('onRequest', (request, _reply, done) => {
      const config = request.routeOptions.config
      const asked = (request.query as { lang?: unknown } | undefined)?.lang
      const header = request.headers['accept-language']
      if (isLanguage(asked)) request.lang = asked
      else if (config.pageLanguage) request.lang = config.pageLanguage
      else request.lang = (config.negotiatesLanguage && header && preferred(request, header)) || 'en'
      done()
    })
    // Answers that follow Accept-Language say so, and say which language they are in; cached answers carry Vary already.
    fastify.addHook('onSend', (request, reply, payload, done) => {
      if (request.routeOptions.config.negotiatesLanguage) {
        const vary = String(reply.getHeader('vary') ?? '')
        if (!/accept-language/i.test(vary)) reply.header('vary', vary ? `${vary}, Accept-Language` : 'Accept-Language')
        if (reply.statusCode < 300) reply.header('content-language', request.lang)
      }
      done(null, payload)
    })
  },
  { name: 'language' },
)
