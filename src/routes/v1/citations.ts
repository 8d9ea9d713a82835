import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { notFound } from '../../domain/errors.js'
import { citationWriter, readCitation } from '../../repositories/writers/citations.js'
import { citationRecord, citationWriteBody } from '../../schemas/citations.js'
import { problemResponses } from '../../schemas/responses.js'
import { registerWriteRoutes } from './write-routes.js'

const citations: FastifyPluginAsyncZod = async (fastify) => {
  // Citations are named by UUID.
  registerWriteRoutes(fastify, {
    writer: citationWriter,
    noun: 'citation',
    tag: 'citations',
    body: citationWriteBody,
    output: citationRecord,
    id: z.uuid(),
    retireDescription: 'Marks the citation retired; it stays readable. Nothing is deleted. A fact\'s last citation cannot be retired.',
  })

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
      const record = await readCitation(fastify.prisma, request.params.id)
      if (!record) throw notFound(`No citation has the id "${request.params.id}".`, 'id')
      reply.header('etag', citationWriter.etag(request.params.id, record.version))
      return record
    },
  )
}

export default citations
