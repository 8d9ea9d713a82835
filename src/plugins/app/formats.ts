import type { FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { z } from 'zod'
import { today } from '../../domain/as-of.js'
import { type CsvDelimiter, toCsv } from '../../domain/csv.js'
import { notAcceptable } from '../../domain/errors.js'

/** The spreadsheet options a route's query may carry (only routes that declare them accept them). */
export interface SpreadsheetQuery {
  layout?: 'long' | 'wide'
  delimiter?: CsvDelimiter
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Turns the route's JSON answer into CSV rows (given the query, for its layout); routes without it answer JSON only. */
    csv?: (payload: never, query: never) => Record<string, unknown>[]
    /** The CSV's header, from the query, where it is not the list's item fields. */
    csvColumns?: (query: never) => string[] | undefined
    /** What the CSV file is called, from the query: "compare-14-18-23-2021-06-01" (without "regionkollen-" and ".csv"). */
    csvName?: (query: never) => string
    /** The route answers a stream of Server-Sent Events, not JSON. */
    eventStream?: boolean
    /** The route also answers NDJSON (one JSON record a line), for `format=ndjson` or `Accept: application/x-ndjson`. */
    ndjson?: boolean
  }
}

/**
 * The header of a list's CSV, from the item schema of its 200 answer, so an
 * empty list still has its header row; undefined for other answers.
 */
function listColumns(request: FastifyRequest): string[] | undefined {
  const answer = (request.routeOptions.schema?.response as Record<string, unknown> | undefined)?.[200]
  if (!(answer instanceof z.ZodObject)) return undefined
  const items = answer.shape.items
  return items instanceof z.ZodArray && items.element instanceof z.ZodObject ? Object.keys(items.element.shape) : undefined
}

/**
 * A CSV file name that says what was asked: the path after /v1/ (or the
 * route's own name), the layout and delimiter where they are not the
 * default, the date the answer is for and the language of its texts, e.g.
 * regionkollen-compare-14-18-23-wide-semicolon-2021-06-01-sv.csv.
 */
export function csvFileName(request: FastifyRequest): string {
  const query = (request.query ?? {}) as Record<string, unknown>
  const named = request.routeOptions.config.csvName
  const what = named ? named(query as never) : request.url.split('?')[0]!.replace(/^\/v1\//, '').split('/').filter(Boolean).join('-')
  const querySchema = request.routeOptions.schema?.querystring
  const takesDate = named !== undefined || (querySchema instanceof z.ZodObject && 'asOf' in querySchema.shape)
  const day = typeof query.asOf === 'string' ? query.asOf : takesDate ? today() : ''
  const layout = query.layout === 'wide' ? 'wide' : ''
  const delimiter = query.delimiter === 'semicolon' ? 'semicolon' : ''
  const lang = querySchema instanceof z.ZodObject && 'lang' in querySchema.shape ? request.lang : ''
  const name = ['regionkollen', what, layout, delimiter, day, lang].filter(Boolean).join('-')
  return `${name.replace(/[^\w.-]+/g, '-').slice(0, 150)}.csv`
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
    fastify.addHook('onRequest', async (request, reply) => {
      if (request.routeOptions.config.eventStream) {
        if (request.accepts().type(['text/event-stream']) === false) throw notAcceptable('This resource is available as text/event-stream.', 'Accept')
        return
      }
      if (request.routeOptions.config.ndjson) {
        const { format } = request.query as { format?: unknown }
        const offered = ['application/json', 'application/x-ndjson']
        const type = format === 'ndjson' ? offered[1] : format === 'json' ? offered[0] : request.accepts().type(offered)
        if (type === false) throw notAcceptable('This resource is available as application/json or application/x-ndjson.', 'Accept')
        if (type === 'application/x-ndjson') reply.type('application/x-ndjson; charset=utf-8')
        return
      }
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
        const query = request.query as SpreadsheetQuery
        const { csvColumns } = request.routeOptions.config
        const columns = csvColumns ? csvColumns(query as never) : query.layout === 'wide' ? undefined : listColumns(request)
        reply.serializer((payload: unknown) => toCsv(toRows(payload as never, query as never), columns, query.delimiter, request.lang))
      }
    })
    // In onSend, so answers from the response cache (which keeps only the body) are named too.
    fastify.addHook('onSend', async (request, reply, payload) => {
      if (reply.statusCode === 200 && String(reply.getHeader('content-type')).startsWith('text/csv')) {
        reply.header('content-disposition', `attachment; filename="${csvFileName(request)}"`)
      }
      return payload
    })
  },
  { name: 'formats', dependencies: ['errors', 'language'] },
)
