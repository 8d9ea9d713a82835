import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { comparisonView, coverageView, dimensionView, viewQuery } from '../../domain/compare.js'
import { badRequest } from '../../domain/errors.js'
import { requireRegion } from '../../domain/regions.js'
import { cell, compareQuery, comparison, coverage, dimensionAcrossRegions, dimensionId } from '../../schemas/compare.js'
import { problemResponses } from '../../schemas/responses.js'

type CellRow = z.infer<typeof cell>
const cellColumns = (c: CellRow) => ({
  status: c.status,
  statusLabel: c.statusLabel,
  value: c.value,
  summary: c.summary,
  evidenceDate: c.evidenceDate,
  stale: c.stale,
  sourcesDisagree: c.sourcesDisagree,
  citations: c.citations,
})

const compare: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    '/compare/regions',
    {
      config: {
        cache: true,
        // One row per dimension and region: opens cleanly and pivots in a spreadsheet.
        csv: (payload: z.infer<typeof comparison>) =>
          payload.dimensions.flatMap((d) =>
            payload.regions.map((r) => ({
              dimension: d.id,
              label: d.label,
              differs: d.differs,
              partlyKnown: d.partlyKnown,
              regionCode: r.code,
              region: r.name,
              ...cellColumns(d.cells[r.code]!),
            })),
          ),
      },
      schema: {
        tags: ['compare'],
        summary: 'Compare regions side by side',
        description:
          'A matrix of dimensions by regions for one condition on one date. Each cell has a status, a value, a one-line summary and its citations; ' +
          '`differs` marks the dimensions where the regions differ. Without `regions`, all 21.',
        querystring: z.strictObject({
          regions: z
            .string()
            .regex(/^\d{2}(,\d{2})*$/, 'must be region codes separated by commas, e.g. 14,18,23')
            .optional()
            .meta({ description: 'Region codes, comma-separated.', example: '14,18,23' }),
          ...compareQuery,
        }),
        response: { 200: comparison, ...problemResponses(400, 404, 406) },
      },
    },
    async (request) => {
      const snapshot = fastify.snapshot.current()
      const query = viewQuery(snapshot, request.query, fastify.config.STALE_AFTER_MONTHS)
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
        csv: (payload: z.infer<typeof dimensionAcrossRegions>) =>
          payload.cells.map((c) => ({
            dimension: payload.dimension.id,
            label: payload.dimension.label,
            regionCode: c.region.code,
            region: c.region.name,
            ...cellColumns(c),
          })),
      },
      schema: {
        tags: ['compare'],
        summary: 'One dimension across all regions',
        description: 'Each region\'s cell for one dimension, counts per status, and min/median/max for numeric values such as fees.',
        params: z.strictObject({ dimension: z.string().meta({ description: 'A dimension id, e.g. specialist_visit_fee.', example: 'specialist_visit_fee' }) }),
        querystring: z.strictObject(compareQuery),
        response: { 200: dimensionAcrossRegions, ...problemResponses(400, 404, 406) },
      },
    },
    async (request) => {
      const parsed = dimensionId.safeParse(request.params.dimension)
      if (!parsed.success) {
        throw badRequest(`Unknown dimension "${request.params.dimension}"; the dimensions are ${dimensionId.options.join(', ')}.`, 'dimension')
      }
      const snapshot = fastify.snapshot.current()
      return dimensionView(snapshot, parsed.data, viewQuery(snapshot, request.query, fastify.config.STALE_AFTER_MONTHS))
    },
  )

  fastify.get(
    '/coverage',
    {
      config: {
        cache: true,
        csv: (payload: z.infer<typeof coverage>) =>
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
            })),
          ),
      },
      schema: {
        tags: ['compare'],
        summary: 'Where the evidence is missing',
        description: 'Per region and dimension: whether anything is known on the date, and when it was last verified.',
        querystring: z.strictObject(compareQuery),
        response: { 200: coverage, ...problemResponses(400, 404, 406) },
      },
    },
    async (request) => {
      const snapshot = fastify.snapshot.current()
      return coverageView(snapshot, viewQuery(snapshot, request.query, fastify.config.STALE_AFTER_MONTHS))
    },
  )
}

export default compare
