import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { paginate } from '../../domain/paginate.js'
import { notFound } from '../../domain/errors.js'
import { matchesText, requireRegion } from '../../domain/regions.js'
import { municipalityCode, regionCode } from '../../schemas/common.js'
import { formatQuery, langQuery, listOf, pageQuery, textQuery } from '../../schemas/list.js'
import { municipality } from '../../schemas/regions.js'
import { problemResponses } from '../../schemas/responses.js'
import { oneRow } from '../../plugins/app/formats.js'

const municipalities: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    '/municipalities',
    {
      config: { cache: true, csv: (payload: { items: Record<string, unknown>[] }) => payload.items },
      schema: {
        tags: ['municipalities'],
        summary: 'List the municipalities',
        description: 'The 290 municipalities ordered by SCB code, optionally those of one region.',
        querystring: z.strictObject({
          region: regionCode.optional().meta({ description: 'Only this region\'s municipalities.' }),
          ...textQuery,
          ...pageQuery,
          ...langQuery,
          ...formatQuery,
        }),
        response: { 200: listOf(municipality, 'MunicipalityList'), ...problemResponses(400, 404, 406) },
      },
    },
    async (request) => {
      const snapshot = fastify.snapshot.current()
      const { region, q } = request.query
      if (region !== undefined) requireRegion(snapshot, region, 'region')
      const items = snapshot.municipalities.filter((m) => (region === undefined || m.regionCode === region) && (q === undefined || matchesText(m.name, q)))
      return paginate(items, request.query, request.url)
    },
  )

  fastify.get(
    '/municipalities/:code',
    {
      config: { cache: true, csv: oneRow },
      schema: {
        tags: ['municipalities'],
        summary: 'One municipality',
        description: 'A municipality by its four-digit SCB code.',
        params: z.strictObject({ code: municipalityCode }),
        querystring: z.strictObject({ ...langQuery, ...formatQuery }),
        response: { 200: municipality, ...problemResponses(400, 404, 406) },
      },
    },
    async (request) => {
      const found = fastify.snapshot.current().municipalities.find((m) => m.code === request.params.code)
      if (!found) throw notFound(`No municipality has the code "${request.params.code}".`, 'code')
      return found
    },
  )
}

export default municipalities
