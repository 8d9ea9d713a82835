import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { notFound } from '../../domain/errors.js'
import { citationWriter, readCitation } from '../../repositories/writers/citations.js'
import { localizeCitation } from '../../domain/localize.js'
import { etagOf } from '../../domain/etags.js'
import { citationRecord, citationWriteBody, storedCitationRecord } from '../../schemas/citations.js'
import { langQuery } from '../../schemas/list.js'
import { problemResponses } from '../../schemas/responses.js'
import { registerWriteRoutes } from './write-routes.js'

const citations: FastifyPluginAsyncZod = async (fastify) => {
  // Citations are named by UUID.
  registerWriteRoutes(fastify, {
    writer: citationWriter,
    noun: 'citation',
    tag: 'citations',
    body: citationWriteBody,
    output: storedCitationRecord,
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
        querystring: z.strictObject({ ...langQuery }),
        response: { 200: citationRecord, ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const record = await readCitation(fastify.prisma, request.params.id)
      if (!record) throw notFound(`No citation has the id "${request.params.id}".`, 'id')
      reply.header('etag', etagOf('citations', request.params.id, record.version, request.lang))
      return { ...record, ...localizeCitation(record, request.lang) }
    },
  )
}

export default citations
