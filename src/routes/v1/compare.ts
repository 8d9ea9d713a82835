import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { comparisonView, coverageView, dimensionView, viewQuery } from '../../domain/compare.js'
import { csvDelimiters } from '../../domain/csv.js'
import { comparison, coverage, dimensionAcrossRegions } from '../../domain/dimensions/answers.js'
import { type DimensionId, dimensionIds } from '../../domain/dimensions/index.js'
import { longColumns, regionColumn, rowsCsv } from './comparison-csv.js'
import { notFound } from '../../domain/errors.js'
import { requireRegion } from '../../domain/regions.js'
import { compareQuery } from '../../schemas/compare.js'
import { problemResponses } from '../../schemas/responses.js'
import { comparisonSerializerCompiler } from './compare-serializer.js'
import type { SpreadsheetQuery } from '../../plugins/app/formats.js'

/** Spreadsheet options of the comparison CSVs; JSON answers ignore them. */
const spreadsheetQuery = {
  layout: z
    .enum(['long', 'wide'])
    .optional()
    .meta({ description: 'CSV layout: `long` (default), one row per dimension and region; `wide`, one row per dimension and one column per region.' }),
  delimiter: z
    .enum(Object.keys(csvDelimiters) as [keyof typeof csvDelimiters])
    .optional()
    .meta({ description: 'CSV separator: `comma` (default) or `semicolon`, as Swedish spreadsheets expect.' }),
}

type Comparison = z.infer<typeof comparison>
type DimensionAcrossRegions = z.infer<typeof dimensionAcrossRegions>
type Coverage = z.infer<typeof coverage>

const coverageWords = {
  known: { en: 'current', sv: 'aktuellt' },
  stale: { en: 'old evidence', sv: 'äldre uppgift' },
  unknown: { en: 'unknown', sv: 'okänt' },
}
const coverageLong = (payload: Coverage) =>
  payload.regions.flatMap((r) =>
    r.dimensions.map((d) => ({
      regionCode: r.code,
      region: r.name,
      dimension: d.id,
      label: d.label,
      known: d.known,
      stale: d.stale,
      status: d.status,
      evidenceDate: d.evidenceDate,
      evidenceStrength: d.evidenceStrength,
    })),
  )
const coverageWide = (payload: Coverage) =>
  (payload.regions[0]?.dimensions ?? []).map((d, i) => ({
    dimension: d.id,
    label: d.label,
    ...Object.fromEntries(
      payload.regions.map((r) => {
        const cell = r.dimensions[i]!
        return [regionColumn(r), coverageWords[cell.known ? 'known' : cell.stale ? 'stale' : 'unknown'][payload.lang]]
      }),
    ),
  }))

const compare: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    '/compare/regions',
    {
      config: {
        cache: true,
        csv: (payload: Comparison, query: SpreadsheetQuery) => rowsCsv(payload.dimensions, query, payload.lang),
        csvColumns: (query: SpreadsheetQuery) => (query.layout === 'wide' ? undefined : longColumns),
        // regionkollen-compare-14-18-23-2021-06-01.csv
        csvName: (query: { regions?: string }) => `compare-${query.regions ? [...new Set(query.regions.split(','))].join('-') : 'all'}`,
      },
      schema: {
        tags: ['compare'],
        summary: 'Compare regions side by side',
        description:
          'A matrix of dimensions by regions for one condition on one date: each dimension a row with one cell per region. Each cell has its ' +
          "dimension's status and typed value, a short answer, a summary and its citations; `differs` marks the dimensions where the regions " +
          'differ. Without `regions`, all 21.',
        querystring: z.strictObject({
          regions: z
            .string()
            .regex(/^\d{2}(,\d{2})*$/, 'must be region codes separated by commas, e.g. 14,18,23')
            .optional()
            .meta({ description: 'Region codes, comma-separated.', example: '14,18,23' }),
          ...compareQuery,
          ...spreadsheetQuery,
        }),
        response: { 200: comparison, ...problemResponses(400, 404, 406) },
      },
      // The same bytes as zod's serializer, each cell checked once rather than on every answer.
      serializerCompiler: comparisonSerializerCompiler,
    },
    async (request) => {
      const snapshot = fastify.snapshot.current()
      const query = viewQuery(snapshot, request.query, request.lang, fastify.config.STALE_AFTER_MONTHS)
      const codes = request.query.regions ? [...new Set(request.query.regions.split(','))] : snapshot.regions.map((r) => r.code)
      for (const code of codes) requireRegion(snapshot, code, 'regions')
      return comparisonView(snapshot, codes, query)
    },
  )

  fastify.get(
    '/compare/dimensions/:dimension',
    {
      config: {
        cache: true,
        csv: (payload: DimensionAcrossRegions, query: SpreadsheetQuery) =>
          rowsCsv([{ ...payload.dimension, differs: payload.differs, partlyKnown: payload.partlyKnown, cells: payload.cells }], query, payload.lang),
        csvColumns: (query: SpreadsheetQuery) => (query.layout === 'wide' ? undefined : longColumns),
      },
      schema: {
        tags: ['compare'],
        summary: 'One dimension across all regions',
        description:
          "Each region's cell for one dimension, counts per status, and min/median/max for amounts such as fees. " +
          'An unknown dimension is a 404 naming the dimensions.',
        params: z.strictObject({
          dimension: z.string().meta({ description: 'A dimension id.', example: 'specialist_visit_fee', enum: dimensionIds }),
        }),
        querystring: z.strictObject({ ...compareQuery, ...spreadsheetQuery }),
        response: { 200: dimensionAcrossRegions, ...problemResponses(400, 404, 406) },
      },
    },
    async (request) => {
      const dimension = request.params.dimension as DimensionId
      if (!dimensionIds.includes(dimension)) {
        throw notFound(`There is no dimension "${request.params.dimension}"; the dimensions are ${dimensionIds.join(', ')}.`, 'dimension')
      }
      const snapshot = fastify.snapshot.current()
      return dimensionView(snapshot, dimension, viewQuery(snapshot, request.query, request.lang, fastify.config.STALE_AFTER_MONTHS))
    },
  )

  fastify.get(
    '/coverage',
    {
      config: {
        cache: true,
        csv: (payload: Coverage, query: SpreadsheetQuery) => (query.layout === 'wide' ? coverageWide(payload) : coverageLong(payload)),
      },
      schema: {
        tags: ['compare'],
        summary: 'Where the evidence is missing',
        description: 'Per region and dimension: whether anything is known on the date, how recent its evidence is, and how strong its sources are.',
        querystring: z.strictObject({ ...compareQuery, ...spreadsheetQuery }),
        response: { 200: coverage, ...problemResponses(400, 404, 406) },
      },
    },
    async (request) => {
      const snapshot = fastify.snapshot.current()
      return coverageView(snapshot, viewQuery(snapshot, request.query, request.lang, fastify.config.STALE_AFTER_MONTHS))
    },
  )
}

export default compare
