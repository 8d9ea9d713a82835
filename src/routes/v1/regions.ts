import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { regionProfileView, viewQuery } from '../../domain/compare.js'
import { paginate } from '../../domain/paginate.js'
import { matchesText, regionProfile, requireRegion } from '../../domain/regions.js'
import { isoDate, regionCode } from '../../schemas/common.js'
import { compareQuery } from '../../schemas/compare.js'
import { dimensionRow } from '../../domain/dimensions/answers.js'
import { localizeFactLists } from '../../domain/localize.js'
import { factListsShape, kindsInWords } from '../../schemas/fact-kinds.js'
import { formatQuery, langQuery, listOf, pageQuery, textQuery } from '../../schemas/list.js'
import { region } from '../../schemas/regions.js'
import { problemResponses } from '../../schemas/responses.js'
import { oneRow, type SpreadsheetQuery } from '../../plugins/app/formats.js'
import { longColumns, rowsCsv } from './comparison-csv.js'

const regionDetail = region
  .extend({
    municipalityCount: z.number().int(),
    ...factListsShape(),
  })
  .meta({
    id: 'RegionDetail',
    description: 'A region with every fact recorded for it, each with its citations. Empty lists mean nothing is known, not that nothing exists.',
  })

const regionProfileSchema = regionDetail
  .extend({
    asOf: isoDate,
    condition: z.string(),
    lang: z.enum(['en', 'sv']),
    dimensions: z.array(dimensionRow).meta({ description: 'The region\'s cell on every dimension, in the comparison\'s row shape (one cell each).' }),
  })
  .meta({ id: 'RegionProfile', description: 'One region on every dimension, with the facts valid on the date.' })

const regions: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    '/regions',
    {
      config: { cache: true, csv: (payload: { items: Record<string, unknown>[] }) => payload.items },
      schema: {
        tags: ['regions'],
        summary: 'List the regions',
        description: 'The 21 regions, ordered by SCB county code.',
        querystring: z.strictObject({ ...textQuery, ...pageQuery, ...langQuery, ...formatQuery }),
        response: { 200: listOf(region, 'RegionList'), ...problemResponses(400, 406) },
      },
    },
    async (request) => {
      const { q } = request.query
      const regions = fastify.snapshot.current().regions
      return paginate(q === undefined ? regions : regions.filter((r) => matchesText(`${r.name} ${r.county}`, q)), request.query, request.url)
    },
  )

  fastify.get(
    '/regions/:code',
    {
      config: { cache: true, csv: oneRow },
      schema: {
        tags: ['regions'],
        summary: 'One region with its facts',
        description: `The region with its ${kindsInWords}, each with citations.`,
        params: z.strictObject({ code: regionCode }),
        querystring: z.strictObject({ ...langQuery, ...formatQuery }),
        response: { 200: regionDetail, ...problemResponses(400, 404, 406) },
      },
    },
    async (request) => {
      const { code, name, county, municipalityCount, ...facts } = regionProfile(fastify.snapshot.current(), request.params.code)
      return { code, name, county, municipalityCount, ...localizeFactLists(facts, request.lang) }
    },
  )

  fastify.get(
    '/regions/:code/profile',
    {
      config: {
        cache: true,
        csv: (payload: z.infer<typeof regionProfileSchema>, query: SpreadsheetQuery) => rowsCsv(payload.dimensions, query, payload.lang),
        csvColumns: () => longColumns,
      },
      schema: {
        tags: ['regions', 'compare'],
        summary: 'Everything about one region',
        description: 'The region\'s cell on every comparison dimension, and the facts valid on `asOf` (default today), each with its citations.',
        params: z.strictObject({ code: regionCode }),
        querystring: z.strictObject(compareQuery),
        response: { 200: regionProfileSchema, ...problemResponses(400, 404, 406) },
      },
    },
    async (request) => {
      const snapshot = fastify.snapshot.current()
      const { code } = request.params
      requireRegion(snapshot, code)
      const { dimensions, asOf, condition, lang, code: _, name, county, municipalityCount, ...facts } = regionProfileView(
        snapshot,
        code,
        viewQuery(snapshot, request.query, request.lang, fastify.config.STALE_AFTER_MONTHS),
      )
      return { code, name, county, municipalityCount, ...localizeFactLists(facts, lang), asOf, condition, lang, dimensions }
    },
  )
}

export default regions
