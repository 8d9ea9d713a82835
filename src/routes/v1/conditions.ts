import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { paginate } from '../../domain/paginate.js'
import { requireCondition } from '../../domain/regions.js'
import { slug } from '../../schemas/common.js'
import { formatQuery, langQuery, listOf, pageQuery } from '../../schemas/list.js'
import { condition } from '../../schemas/regions.js'
import { problemResponses } from '../../schemas/responses.js'
import { oneRow } from '../../plugins/app/formats.js'

const conditions: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    '/conditions',
    {
      config: { cache: true, csv: (payload: { items: Record<string, unknown>[] }) => payload.items },
      schema: {
        tags: ['conditions'],
        summary: 'List the conditions',
        description: 'The conditions facts can be about, with English and Swedish names.',
        querystring: z.strictObject({ ...pageQuery, ...langQuery, ...formatQuery }),
        response: { 200: listOf(condition, 'ConditionList'), ...problemResponses(400, 406) },
      },
    },
    async (request) => paginate(fastify.snapshot.current().conditions, request.query, request.url),
  )

  fastify.get(
    '/conditions/:id',
    {
      config: { cache: true, csv: oneRow },
      schema: {
        tags: ['conditions'],
        summary: 'One condition',
        description: 'A condition by its id, with its English and Swedish names.',
        params: z.strictObject({ id: slug }),
        querystring: z.strictObject({ ...langQuery, ...formatQuery }),
        response: { 200: condition, ...problemResponses(400, 404, 406) },
      },
    },
    async (request) => requireCondition(fastify.snapshot.current(), request.params.id, 'id'),
  )
}

export default conditions
