import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { badRequest } from '../../domain/errors.js'
import { listChanges } from '../../repositories/changes.js'
import { changePage, changeQuery, cursor } from '../../schemas/changes.js'
import { problemResponses } from '../../schemas/responses.js'

const changes: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    '/changes',
    {
      schema: {
        tags: ['changes'],
        summary: 'The change feed',
        description:
          'Every write in order. Start without `since`, then pass the `page.cursor` of the last page to get what changed after it ' +
          '(or follow `page.next`, also sent as a `Link` header): third-party apps use this to stay in sync.',
        querystring: z.strictObject(changeQuery),
        response: { 200: changePage, ...problemResponses(400) },
      },
    },
    async (request) => listChanges(fastify.prisma, request.query, request.url),
  )

  fastify.get(
    '/changes/stream',
    {
      config: { eventStream: true },
      schema: {
        tags: ['changes'],
        summary: 'The change feed, live',
        description:
          'Server-Sent Events: one `change` event per write, as `/v1/changes` shows it, whose `id` is its position in the change log. ' +
          'Without `since` or `Last-Event-ID` the stream starts with the next write; with either, right after that position ' +
          '(`Last-Event-ID`, which browsers send when they reconnect, wins). A comment line every 15 s keeps the connection open. ' +
          'A client that takes nothing of its buffer for 10 s is sent a last `dropped` event (`reason`, `detail`, `lastEventId`) and ' +
          'closed: reconnect with that Last-Event-ID. To mirror the data, take `GET /v1/export` and follow the stream from its `cursor`.',
        querystring: z.strictObject({ since: changeQuery.since.meta({ description: 'Start right after this change-log position.', example: '42' }) }),
        headers: z.object({
          'last-event-id': z.string().optional().meta({ description: 'The id of the last event received; the stream resumes right after it.' }),
        }),
        response: {
          200: z.string().meta({ description: 'A text/event-stream of `change` events.' }),
          ...problemResponses(400, 406, 429),
        },
      },
    },
    async (request, reply) => {
      const lastEventId = request.headers['last-event-id']
      if (lastEventId !== undefined && !cursor.safeParse(lastEventId).success) {
        throw badRequest('Last-Event-ID must be the id of an event of this stream (a change-log position).', 'Last-Event-ID')
      }
      const from = lastEventId ?? request.query.since
      reply.hijack()
      const raw = reply.raw
      raw.writeHead(200, {
        ...(reply.getHeaders() as Record<string, string>),
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        // nginx and other proxies pass each event on at once instead of buffering the response.
        'x-accel-buffering': 'no',
      })
      raw.write('retry: 2000\n\n')
      fastify.changeStream.subscribe(raw, from === undefined ? undefined : BigInt(from))
    },
  )
}

export default changes
