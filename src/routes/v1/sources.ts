import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { paginate } from '../../domain/paginate.js'
import { etagOf } from '../../domain/etags.js'
import { matchesText, sourceWithFacts } from '../../domain/regions.js'
import { notFound } from '../../plugins/errors.js'
import { regionCode, slug } from '../../schemas/common.js'
import { decisionSchemas } from '../../schemas/decisions.js'
import { feeSchemas } from '../../schemas/fees.js'
import { homeCarePolicySchemas } from '../../schemas/home-care-policies.js'
import { formatQuery, listOf, pageQuery, textQuery } from '../../schemas/list.js'
import { providerSchemas } from '../../schemas/providers.js'
import { referralRuleSchemas } from '../../schemas/referral-rules.js'
import { problemResponses } from '../../schemas/responses.js'
import { source } from '../../schemas/sources.js'

const sourceDetail = source
  .extend({
    facts: z.object({
      providers: z.array(providerSchemas.output),
      fees: z.array(feeSchemas.output),
      referralRules: z.array(referralRuleSchemas.output),
      homeCarePolicies: z.array(homeCarePolicySchemas.output),
      decisions: z.array(decisionSchemas.output),
    }),
  })
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
        querystring: z.strictObject({ region: regionCode.optional().meta({ description: 'Only sources issued in this region.' }), ...textQuery, ...pageQuery, ...formatQuery }),
        response: { 200: listOf(source, 'SourceList'), ...problemResponses(400, 406) },
      },
    },
    async (request) => {
      const { region, q } = request.query
      const items = fastify.snapshot
        .current()
        .sources.filter((s) => (region === undefined || s.regionCode === region) && (q === undefined || matchesText(`${s.title} ${s.issuer} ${s.referenceNumber ?? ''}`, q)))
      return paginate(items, request.query, request.url)
    },
  )

  fastify.get(
    '/sources/:id',
    {
      config: { cache: true },
      schema: {
        tags: ['sources'],
        summary: 'One source with the facts citing it',
        description: 'The source document and every fact, of every kind and period, that cites it.',
        params: z.strictObject({ id: slug }),
        querystring: z.strictObject({ ...formatQuery }),
        response: { 200: sourceDetail, ...problemResponses(400, 404, 406) },
      },
    },
    async (request, reply) => {
      const found = sourceWithFacts(fastify.snapshot.current(), request.params.id)
      if (!found) throw notFound(`No source has the id "${request.params.id}".`, 'id')
      reply.header('etag', etagOf('sources', found.id, found.version))
      return found
    },
  )
}

export default sources
