import { z } from 'zod'
import { isoDate, regionCode, slug } from './common.js'
import { languages } from './labels.js'
import { asOfQuery, formatQuery, langQuery } from './list.js'

export const compareQuery = {
  condition: slug.default('me-cfs').meta({ description: 'The condition compared (default me-cfs).' }),
  ...asOfQuery,
  ...langQuery,
  ...formatQuery,
}

const regionRef = z.object({ code: regionCode, name: z.string() })

/**
 * The comparison answers, built around the cell schema and the dimension ids
 * (which the dimension modules define): every answer has the same rows, each
 * with its cells in region order.
 */
export function comparisonSchemas<C extends z.ZodType, D extends z.ZodType>(cell: C, dimensionId: D, statuses: readonly string[]) {
  const dimensionInfo = {
    id: dimensionId,
    label: z.string().meta({ description: "The dimension's name in the language asked for." }),
    question: z.string().meta({ description: 'The question its cells answer.' }),
    type: z.enum(['availability', 'amount', 'yes_no', 'list']).meta({
      description:
        'availability: offered, partly, paused, not_offered, municipal_responsibility or unknown; ' +
        'amount and list: known or unknown; yes_no: yes, no or unknown.',
    }),
  }
  const marks = {
    differs: z.boolean().meta({ description: 'True where at least two regions have known, different answers.' }),
    partlyKnown: z.boolean().meta({ description: "True where some regions' cells are known and others unknown." }),
  }
  const dimensionRow = z
    .object({ ...dimensionInfo, ...marks, cells: z.array(cell).meta({ description: 'One cell per region, in the order of `regions`.' }) })
    .meta({ id: 'DimensionRow', description: 'One dimension with a cell for each region compared.' })

  const comparison = z
    .object({
      asOf: isoDate,
      condition: z.string(),
      lang: z.enum(languages),
      regions: z.array(regionRef),
      dimensions: z.array(dimensionRow),
      differingDimensions: z.array(dimensionId),
    })
    .meta({ id: 'Comparison', description: 'A matrix of dimensions by regions.' })

  const dimensionAcrossRegions = z
    .object({
      asOf: isoDate,
      condition: z.string(),
      lang: z.enum(languages),
      dimension: z.object({ ...dimensionInfo, statuses: z.array(z.string()).meta({ description: 'The statuses this dimension answers with.' }) }),
      ...marks,
      cells: z.array(cell),
      statusCounts: z.record(z.string(), z.number().int()).meta({ description: "How many regions have each of the dimension's statuses." }),
      staleCount: z.number().int().meta({ description: "How many regions' cells are known but stale." }),
      numeric: z
        .object({ count: z.number().int(), min: z.number(), median: z.number(), max: z.number() })
        .nullable()
        .meta({ description: 'For amounts (fees): statistics over the regions with a known amount.' }),
    })
    .meta({ id: 'DimensionAcrossRegions' })

  const coverage = z
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
            z.object({
              id: dimensionId,
              label: z.string(),
              known: z.boolean(),
              stale: z.boolean(),
              status: z.enum(statuses as [string, ...string[]]),
              evidenceDate: isoDate.nullable(),
              evidenceStrength: z.enum(['primary', 'secondary', 'weak']).nullable(),
            }),
          ),
        }),
      ),
    })
    .meta({ id: 'Coverage', description: 'Where the evidence is, and where it is missing.' })

  return { dimensionRow, comparison, dimensionAcrossRegions, coverage }
}
