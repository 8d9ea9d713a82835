import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { notFound } from '../../domain/errors.js'
import { etagOf } from '../../domain/etags.js'
import { readRecord } from '../../repositories/writes.js'
import { type CitationRecord, citationRecord, citationWriteBody } from '../../schemas/citations.js'
import { problemResponses } from '../../schemas/responses.js'
import { registerWriteRoutes } from './write-routes.js'

const citations: FastifyPluginAsyncZod = async (fastify) => {
  registerWriteRoutes(fastify, { resource: 'citations', noun: 'citation', tag: 'citations', body: citationWriteBody, output: citationRecord })

  fastify.get(
    '/citations/:id',
    {
      schema: {
        tags: ['citations'],
        summary: 'One citation',
        description: 'A citation with the fact it backs, retired or not.',
        params: z.strictObject({ id: z.uuid() }),
        response: { 200: citationRecord, ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const record = await readRecord(fastify.prisma, 'citations', request.params.id)
      if (!record) throw notFound(`No citation has the id "${request.params.id}".`, 'id')
      reply.header('etag', etagOf('citations', request.params.id, record.version))
      return record as unknown as CitationRecord
    },
  )
}

export default citations
