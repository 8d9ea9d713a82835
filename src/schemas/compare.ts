import { z } from 'zod'
import { cellStatuses, dimensionIds, languages } from './labels.js'
import { citation, isoDate, regionCode, slug } from './common.js'
import { asOfQuery, formatQuery } from './list.js'

export const dimensionId = z.enum(dimensionIds).meta({ id: 'DimensionId', description: 'A comparison dimension.' })
export const cellStatus = z.enum(cellStatuses).meta({ id: 'CellStatus', description: '"unknown" means no source on file, never "no".' })

export const compareQuery = {
  condition: slug.default('me-cfs').meta({ description: 'The condition compared (default me-cfs).' }),
  ...asOfQuery,
  lang: z.enum(languages).default('en').meta({ description: 'Language of labels: en or sv.' }),
  ...formatQuery,
}

export const cell = z
  .object({
    status: cellStatus,
    statusLabel: z.string().meta({ example: 'Yes' }),
    value: z.union([z.string(), z.number()]).nullable().meta({ description: 'The value where there is one: an amount, names, a count.', example: 300 }),
    summary: z.string().meta({
      description: 'One line for a person, in the asked language.',
      example: '300 SEK per specialist visit at Smärthjälpen Sverige AB',
    }),
    evidenceDate: isoDate.nullable().meta({ description: 'The newest date of the sources behind the cell.' }),
    stale: z.boolean().meta({ description: 'The evidence is older than the staleness horizon before `asOf`: the answer may no longer hold.' }),
    sourcesDisagree: z.boolean().meta({ description: 'Facts valid on the date say different things; each is cited.' }),
    factIds: z.array(z.string()).meta({ description: 'The facts behind the summary (for an unknown cell, the last known fact it names, if any).' }),
    citations: z.array(citation),
  })
  .meta({ id: 'Cell', description: 'What one region offers on one dimension, with the citations behind it.' })

export const regionRef = z.object({ code: regionCode, name: z.string() }).meta({ id: 'RegionRef' })

export const comparison = z
  .object({
    asOf: isoDate,
    condition: z.string(),
    lang: z.enum(languages),
    regions: z.array(regionRef),
    dimensions: z.array(
      z.object({
        id: dimensionId,
        label: z.string(),
        differs: z.boolean().meta({ description: 'True where at least two regions have known, different values.' }),
        partlyKnown: z.boolean().meta({ description: 'True where some regions\' cells are known and others unknown.' }),
        cells: z.record(z.string(), cell).meta({ description: 'Cells by region code.' }),
      }),
    ),
    differingDimensions: z.array(dimensionId),
  })
  .meta({ id: 'Comparison', description: 'A matrix of dimensions by regions.' })

export const dimensionAcrossRegions = z
  .object({
    asOf: isoDate,
    condition: z.string(),
    lang: z.enum(languages),
    dimension: z.object({ id: dimensionId, label: z.string() }),
    cells: z.array(cell.extend({ region: regionRef })),
    statusCounts: z.record(z.string(), z.number().int()).meta({ description: 'How many regions have each status.' }),
    staleCount: z.number().int().meta({ description: 'How many regions\' cells are known but stale.' }),
    numeric: z
      .object({ count: z.number().int(), min: z.number(), median: z.number(), max: z.number() })
      .nullable()
      .meta({ description: 'For numeric dimensions (fees): statistics over the regions with a value.' }),
  })
  .meta({ id: 'DimensionAcrossRegions' })

export const coverage = z
  .object({
    asOf: isoDate,
    condition: z.string(),
    lang: z.enum(languages),
    staleAfterMonths: z.number().int().meta({ description: 'The staleness horizon: evidence older than this before `asOf` makes a cell stale.' }),
    totals: z
      .object({ cells: z.number().int(), known: z.number().int(), stale: z.number().int(), unknown: z.number().int() })
      .meta({ description: 'Known (and not stale), stale, and unknown cells.' }),
    regions: z.array(
      regionRef.extend({
        known: z.number().int(),
        stale: z.number().int(),
        unknown: z.number().int(),
        evidenceDate: isoDate.nullable().meta({ description: 'The newest evidence behind any of its cells.' }),
        dimensions: z.array(
          z.object({ id: dimensionId, label: z.string(), known: z.boolean(), stale: z.boolean(), status: cellStatus, evidenceDate: isoDate.nullable() }),
        ),
      }),
    ),
  })
  .meta({ id: 'Coverage', description: 'Where the evidence is, and where it is missing.' })
