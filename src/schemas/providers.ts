import { z } from 'zod'
import { ProviderKind, ProviderOperation, ProviderStatus } from '../generated/prisma/enums.js'
import { factSchemas, municipalityCode, regionCode, slug } from './common.js'

export const providerSchemas = factSchemas('Provider', {
  name: z.string().min(1).max(200).meta({ example: 'Smärthjälpen Sverige AB' }),
  kind: z.enum(ProviderKind).meta({ description: 'A multidisciplinary conference advises other doctors: it is not a clinic patients are referred to.' }),
  operatedAs: z.enum(ProviderOperation).meta({ description: 'Region-run, contracted by the region, municipal or private.' }),
  regionCode,
  municipalityCode: municipalityCode.nullable(),
  address: z.string().max(300).nullable(),
  description: z.string().min(1).max(1000),
  conditionIds: z.array(slug).meta({ description: 'Conditions the provider covers.', example: ['me-cfs'] }),
  status: z.enum(ProviderStatus).meta({ description: '"paused": takes no new referrals; "unknown" when no source says whether it operates.' }),
}, {
  example: {
    name: 'Smärthjälpen Sverige AB',
    kind: 'company',
    operatedAs: 'contracted',
    regionCode: '14',
    municipalityCode: '1480',
    address: 'Anders Personsgatan 12, Göteborg',
    description: 'Contracted specialist clinic for adults with suspected fibromyalgia, long-term pain and/or ME.',
    conditionIds: ['fibromyalgia', 'long-term-pain', 'me-cfs'],
    status: 'operating',
    validFrom: '2021-03-31',
    validTo: '2021-12-31',
    notes: 'The contract ran since 2017-11-01; the page states its scope only as of 2021-03-31.',
    citations: [{
      kind: 'quote',
      sourceId: 'vgr-2021-smarthjalpen-me',
      locator: 'Bakgrund och nuläge',
      quote: 'Avtalet med Smärthjälpen har därför förlängts och gäller nu under hela 2021.',
      supports: 'validTo',
    }],
  },
})
export type ProviderInput = z.infer<typeof providerSchemas.input>
export type Provider = z.infer<typeof providerSchemas.output>
