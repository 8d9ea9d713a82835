import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { comparisonView, coverageView, dimensionView, viewQuery } from '../../domain/compare.js'
import { citationText, csvDelimiters } from '../../domain/csv.js'
import { badRequest } from '../../domain/errors.js'
import { requireRegion } from '../../domain/regions.js'
import { cell, compareQuery, comparison, coverage, dimensionAcrossRegions, dimensionId } from '../../schemas/compare.js'
import { problemResponses } from '../../schemas/responses.js'
import { comparisonSerializerCompiler } from './compare-serializer.js'
import type { SpreadsheetQuery } from '../../plugins/app/formats.js'

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

type Region = { code: string; name: string }
/** A region's column in a wide CSV: its name and code. */
const regionColumn = (r: Region) => `${r.name} (${r.code})`
/** A cell in one spreadsheet cell: its answer, whether stale, and its summary. */
const cellText = (c: CellRow) => `${c.statusLabel}${c.stale ? ' (stale)' : ''}: ${c.summary}`
/** A wide row: the cells of a dimension, one column per region, and all their citations, each led by its region. */
const wideRow = (cells: { region: Region; cell: CellRow }[]) => ({
  ...Object.fromEntries(cells.map(({ region, cell }) => [regionColumn(region), cellText(cell)])),
  citations: cells.flatMap(({ region, cell }) => cell.citations.map((c) => `${region.name}: ${citationText(c)}`)).join(' | '),
})

type Comparison = z.infer<typeof comparison>
// One row per dimension and region: opens cleanly and pivots in a spreadsheet.
const comparisonLong = (payload: Comparison) =>
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
  )
const comparisonWide = (payload: Comparison) =>
  payload.dimensions.map((d) => ({
    dimension: d.id,
    label: d.label,
    differs: d.differs,
    partlyKnown: d.partlyKnown,
    ...wideRow(payload.regions.map((r) => ({ region: r, cell: d.cells[r.code]! }))),
  }))

type DimensionAcrossRegions = z.infer<typeof dimensionAcrossRegions>
const dimensionLong = (payload: DimensionAcrossRegions) =>
  payload.cells.map((c) => ({
    dimension: payload.dimension.id,
    label: payload.dimension.label,
    regionCode: c.region.code,
    region: c.region.name,
    ...cellColumns(c),
  }))
const dimensionWide = (payload: DimensionAcrossRegions) => [
  { dimension: payload.dimension.id, label: payload.dimension.label, ...wideRow(payload.cells.map((c) => ({ region: c.region, cell: c }))) },
]

type Coverage = z.infer<typeof coverage>
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
    })),
  )
const coverageWide = (payload: Coverage) =>
  (payload.regions[0]?.dimensions ?? []).map((d, i) => ({
    dimension: d.id,
    label: d.label,
    ...Object.fromEntries(
      payload.regions.map((r) => {
        const cell = r.dimensions[i]!
        return [regionColumn(r), cell.known ? 'known' : cell.stale ? 'stale' : 'unknown']
      }),
    ),
  }))

const compare: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    '/compare/regions',
    {
      config: {
        cache: true,
        csv: (payload: Comparison, query: SpreadsheetQuery) =>
          (query.layout === 'wide' ? comparisonWide(payload) : comparisonLong(payload)),
        // regionkollen-compare-14-18-23-2021-06-01.csv
        csvName: (query: { regions?: string }) => `compare-${query.regions ? [...new Set(query.regions.split(','))].join('-') : 'all'}`,
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
          ...spreadsheetQuery,
        }),
        response: { 200: comparison, ...problemResponses(400, 404, 406) },
      },
      // The same bytes as zod's serializer, each cell checked once rather than on every answer.
      serializerCompiler: comparisonSerializerCompiler,
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
        csv: (payload: DimensionAcrossRegions, query: SpreadsheetQuery) =>
          (query.layout === 'wide' ? dimensionWide(payload) : dimensionLong(payload)),
      },
      schema: {
        tags: ['compare'],
        summary: 'One dimension across all regions',
        description: 'Each region\'s cell for one dimension, counts per status, and min/median/max for numeric values such as fees.',
        params: z.strictObject({ dimension: z.string().meta({ description: 'A dimension id, e.g. specialist_visit_fee.', example: 'specialist_visit_fee' }) }),
        querystring: z.strictObject({ ...compareQuery, ...spreadsheetQuery }),
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
        csv: (payload: Coverage, query: SpreadsheetQuery) =>
          (query.layout === 'wide' ? coverageWide(payload) : coverageLong(payload)),
      },
      schema: {
        tags: ['compare'],
        summary: 'Where the evidence is missing',
        description: 'Per region and dimension: whether anything is known on the date, and when it was last verified.',
        querystring: z.strictObject({ ...compareQuery, ...spreadsheetQuery }),
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
