import accepts from '@fastify/accepts'
import type { FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { type Language, languages } from '../../schemas/labels.js'

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The language of this route's answers when neither `lang` nor Accept-Language chooses one (default English). */
    defaultLanguage?: Language
  }
  interface FastifyRequest {
    /** The language this request is answered in: `lang`, else Accept-Language, else the route's default. */
    lang: Language
  }
}

const isLanguage = (value: unknown): value is Language => typeof value === 'string' && (languages as readonly string[]).includes(value)

/**
 * Chooses the language of every answer: the `lang` query parameter, else the
 * best of Accept-Language (RFC 9110, 12.5.4), else the route's default. Set
 * on every request before the response cache looks, since it keys by it.
 */
export default fp(
  async (fastify) => {
    await fastify.register(accepts)
    fastify.decorateRequest('lang', 'en')
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
    // Answers of a route that takes `lang` depend on Accept-Language; cached answers carry the header already.
    fastify.addHook('onSend', (request, reply, payload, done) => {
      const query = request.routeOptions.schema?.querystring as { shape?: Record<string, unknown> } | undefined
      if (query?.shape && 'lang' in query.shape) {
        const vary = String(reply.getHeader('vary') ?? '')
        if (!/accept-language/i.test(vary)) reply.header('vary', vary ? `${vary}, Accept-Language` : 'Accept-Language')
      }
      done(null, payload)
    })
    fastify.addHook('onRequest', (request, _reply, done) => {
      const asked = (request.query as { lang?: unknown } | undefined)?.lang
      const header = request.headers['accept-language']
      request.lang = isLanguage(asked) ? asked : (header && preferred(request, header)) || (request.routeOptions.config.defaultLanguage ?? 'en')
      done()
    })
  },
  { name: 'language' },
)
