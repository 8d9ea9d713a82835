import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { etagOf } from '../../domain/etags.js'
import { paginate } from '../../domain/paginate.js'
import { matchesText, sourceWithFacts } from '../../domain/regions.js'
import { regionCode, slug } from '../../schemas/common.js'
import { factKindIds, factKinds } from '../../schemas/fact-kinds.js'
import { formatQuery, langQuery, listOf, pageQuery, textQuery } from '../../schemas/list.js'
import { problemResponses } from '../../schemas/responses.js'
import { source, sourceBody, storedSource } from '../../schemas/sources.js'
import { localizeFactLists, localizeSource } from '../../domain/localize.js'
import { sourceWriter } from '../../repositories/writers/sources.js'
import { registerWriteRoutes } from './write-routes.js'
import { oneRow } from '../../plugins/app/formats.js'

const sourceDetail = source
  .extend({ facts: z.object(Object.fromEntries(factKindIds.map((kind) => [kind, z.array(factKinds[kind].schemas.output)]))) })
  .meta({ id: 'SourceDetail', description: 'A source with every fact that cites it.' })

const sources: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    '/sources',
    {
      config: { cache: true, csv: (payload: { items: Record<string, unknown>[] }) => payload.items },
      schema: {
        tags: ['sources'],
        summary: 'List the sources',
        description: 'Every source document facts cite, ordered by id.',
        querystring: z.strictObject({
          region: regionCode.optional().meta({ description: 'Only sources issued in this region.' }),
          ...textQuery,
          ...pageQuery,
          ...langQuery,
          ...formatQuery,
        }),
        response: { 200: listOf(source, 'SourceList'), ...problemResponses(400, 406) },
      },
    },
    async (request) => {
      const { region, q } = request.query
      const items = fastify.snapshot
        .current()
        .sources.filter((s) =>
          (region === undefined || s.regionCode === region) &&
          (q === undefined || matchesText(`${s.title} ${s.issuer} ${s.referenceNumber ?? ''}`, q)))
      const page = paginate(items, request.query, request.url)
      return { ...page, items: page.items.map((s) => localizeSource(s, request.lang)) }
    },
  )

  fastify.get(
    '/sources/:id',
    {
      config: { cache: true, csv: oneRow },
      schema: {
        tags: ['sources'],
        summary: 'One source with the facts citing it',
        description: 'The source document and every fact, of every kind and period, that cites it.',
        params: z.strictObject({ id: slug }),
        querystring: z.strictObject({ ...langQuery, ...formatQuery }),
        response: { 200: sourceDetail, ...problemResponses(400, 404, 406) },
      },
    },
    async (request, reply) => {
      const { facts, ...found } = sourceWithFacts(fastify.snapshot.current(), request.params.id)
      reply.header('etag', etagOf('sources', found.id, found.version, request.lang))
      return { ...localizeSource(found, request.lang), facts: localizeFactLists(facts, request.lang) }
    },
  )

  registerWriteRoutes(fastify, {
    writer: sourceWriter,
    noun: 'source',
    tag: 'sources',
    body: sourceBody,
    output: storedSource,
    retireDescription: 'Marks the source retired; it stays readable. Nothing is deleted.',
  })
}

export default sources
