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
    summary: z.string().meta({ description: 'One line for a person.', example: '300 SEK per specialist visit at Smärthjälpen Sverige AB' }),
    lastVerifiedOn: isoDate.nullable(),
    factIds: z.array(z.string()),
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
        differs: z.boolean().meta({ description: 'True where the regions\' cells differ.' }),
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
    totals: z.object({ cells: z.number().int(), known: z.number().int(), unknown: z.number().int() }),
    regions: z.array(
      regionRef.extend({
        known: z.number().int(),
        unknown: z.number().int(),
        lastVerifiedOn: isoDate.nullable().meta({ description: 'The most recent verification of any of its cells.' }),
        dimensions: z.array(z.object({ id: dimensionId, label: z.string(), known: z.boolean(), status: cellStatus, lastVerifiedOn: isoDate.nullable() })),
      }),
    ),
  })
  .meta({ id: 'Coverage', description: 'Where the evidence is, and where it is missing.' })
