import { z } from 'zod'
import { factKindIds, factKinds } from './fact-kinds.js'
import { isoDate } from './common.js'
import { condition, municipality, region } from './regions.js'
import { storedSource } from './sources.js'

export const datasetExport = z
  .object({
    asOf: isoDate.meta({ description: 'The date the export answers for.' }),
    cursor: z.string().meta({
      description: 'The change-log position this export reflects: follow `/v1/changes?since=` or `/v1/changes/stream?since=` from it to stay in step.',
      example: '4242',
    }),
    version: z.string().meta({ description: 'The dataset\'s version (a hash of its content): the same on every instance for the same data.' }),
    regions: z.array(region),
    municipalities: z.array(municipality),
    conditions: z.array(condition),
    sources: z.array(storedSource).meta({ description: 'Every source the facts cite or that confirms them.' }),
    facts: z
      .object(Object.fromEntries(factKindIds.map((kind) => [kind, z.array(factKinds[kind].schemas.stored)])))
      .meta({ description: 'Every fact holding on `asOf`, by kind, with its citations and confirmations.' }),
  })
  .meta({ id: 'DatasetExport', description: 'The whole dataset on one date, every text in Swedish and English.' })

export const exportQuery = {
  asOf: isoDate.optional().meta({ description: 'The date to export (default: today, Swedish time).', example: '2021-06-01' }),
  format: z.enum(['json', 'ndjson']).optional().meta({
    description: 'JSON (default) or NDJSON, one record a line; `Accept: application/x-ndjson` does the same.',
  }),
}
