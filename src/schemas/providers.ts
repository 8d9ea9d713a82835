import { z } from 'zod'
import { ProviderKind, ProviderOperation, ProviderStatus } from '../generated/prisma/enums.js'
import { factSchemas, municipalityCode, regionCode, slug } from './common.js'

export const providerSchemas = factSchemas('Provider', {
  name: z.string().min(1).max(200).meta({ example: 'Smärthjälpen Sverige AB' }),
  kind: z.enum(ProviderKind),
  operatedAs: z.enum(ProviderOperation).meta({ description: 'Region-run, contracted by the region, municipal or private.' }),
  regionCode,
  municipalityCode: municipalityCode.nullable(),
  address: z.string().max(300).nullable(),
  description: z.string().min(1).max(1000),
  conditionIds: z.array(slug).meta({ description: 'Conditions the provider covers.', example: ['me-cfs'] }),
  status: z.enum(ProviderStatus).meta({ description: '"unknown" when no source says whether it operates.' }),
})
export type ProviderInput = z.infer<typeof providerSchemas.input>
export type Provider = z.infer<typeof providerSchemas.output>
