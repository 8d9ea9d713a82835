import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { listChanges } from '../../repositories/changes.js'
import { changePage } from '../../schemas/changes.js'
import { problemResponses } from '../../schemas/responses.js'

const changes: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    '/changes',
    {
      schema: {
        tags: ['changes'],
        summary: 'The change feed',
        description:
          'Every write in order. Start without `since`, then pass the `cursor` of the last page to get what changed after it: ' +
          'third-party apps use this to stay in sync.',
        querystring: z.strictObject({
          since: z.string().regex(/^\d+$/, 'must be a cursor from an earlier page').optional().meta({ description: 'The cursor of the last page seen.' }),
          limit: z.coerce.number().int().min(1).max(500).default(100),
        }),
        response: { 200: changePage, ...problemResponses(400) },
      },
    },
    async (request) => listChanges(fastify.prisma, request.query, request.url),
  )
}

export default changes
