import accepts from '@fastify/accepts'
import fp from 'fastify-plugin'
import { toCsv } from '../../domain/csv.js'
import { notAcceptable } from '../../domain/errors.js'

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Turns the route's JSON answer into CSV rows; routes without it answer JSON only. */
    csv?: (payload: never) => Record<string, unknown>[]
  }
}

export type ResponseFormat = 'json' | 'csv'

/** A single record as a spreadsheet: one row under the header. */
export const oneRow = (payload: Record<string, unknown>) => [payload]

/**
 * Content negotiation: JSON by default, CSV for `format=csv` or `Accept: text/csv`
 * on routes that offer it, 406 when the client accepts neither. Registered in
 * the API's own scope: the health routes and the docs are not negotiated.
 */
export default fp(
  async (fastify) => {
    await fastify.register(accepts)
    fastify.addHook('onRequest', async (request, reply) => {
      const toRows = request.routeOptions.config.csv
      const query = request.query as { format?: unknown }
      let format: ResponseFormat | false
      if (query.format === 'csv' || query.format === 'json') format = query.format
      else {
        const accepted = request.accepts().type(toRows ? ['application/json', 'text/csv'] : ['application/json'])
        format = accepted === 'text/csv' ? 'csv' : accepted === 'application/json' ? 'json' : false
      }
      if (format === false || (format === 'csv' && !toRows)) {
        const offered = toRows ? 'application/json or text/csv' : 'application/json'
        throw notAcceptable(`This resource is available as ${offered}.`, query.format ? 'format' : 'Accept')
      }
      if (format === 'csv') reply.type('text/csv; charset=utf-8')
    })
    // Set in preHandler, not onRequest: an answer from the response cache is already serialized.
    fastify.addHook('preHandler', async (request, reply) => {
      const toRows = request.routeOptions.config.csv
      if (toRows && String(reply.getHeader('content-type')).startsWith('text/csv')) {
        reply.serializer((payload: unknown) => toCsv(toRows(payload as never)))
      }
    })
  },
  { name: 'formats', dependencies: ['errors'] },
)
