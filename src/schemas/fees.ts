import { z } from 'zod'
import { FeeStatus, VisitType } from '../generated/prisma/enums.js'
import { factSchemas, regionCode, slug } from './common.js'

export const feeSchemas = factSchemas('Fee', {
  regionCode,
  providerId: slug.nullable().meta({ description: 'The provider charging it, or null for a region-wide fee.' }),
  visitType: z.enum(VisitType),
  amountSek: z.number().int().min(0).max(1_000_000).nullable().meta({ description: 'Whole Swedish kronor.', example: 300 }),
  countsTowardHighCostCeiling: z.boolean().nullable().meta({ description: 'Whether the fee counts toward högkostnadsskyddet; null if unknown.' }),
  status: z.enum(FeeStatus),
}, {
  example: {
    regionCode: '14',
    providerId: 'vgr-smarthjalpen',
    visitType: 'specialist_visit',
    amountSek: 300,
    countsTowardHighCostCeiling: true,
    status: 'charged',
    validFrom: '2021-03-31',
    validTo: '2021-12-31',
    notes: null,
    citations: [{
      kind: 'quote',
      sourceId: 'vgr-2021-smarthjalpen-me',
      locator: null,
      quote: 'Patientavgiften ingår i högkostnadsskyddet.',
      supports: 'countsTowardHighCostCeiling',
    }],
  },
})
export type FeeInput = z.infer<typeof feeSchemas.input>
export type Fee = z.infer<typeof feeSchemas.output>
