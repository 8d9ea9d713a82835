import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { listChanges } from '../../repositories/changes.js'
import { changePage, changeQuery } from '../../schemas/changes.js'
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
        querystring: z.strictObject(changeQuery),
        response: { 200: changePage, ...problemResponses(400) },
      },
    },
    async (request) => listChanges(fastify.prisma, request.query, request.url),
  )
}

export default changes
