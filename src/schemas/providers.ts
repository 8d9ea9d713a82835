import { z } from 'zod'
import { ProviderKind, ProviderOperation, ProviderStatus } from '../generated/prisma/enums.js'
import { factSchemas, isoDate, municipalityCode, regionCode, slug } from './common.js'
import { localizedText } from './localized.js'

export const providerSchemas = factSchemas(
  'Provider',
  {
    name: z.string().min(1).max(200).meta({ example: 'Smärthjälpen Sverige AB' }),
    shortName: z
      .string()
      .min(1)
      .max(40)
      .nullable()
      .default(null)
      .meta({ description: 'A short name for a map tile or a narrow column; null when the name is short.', example: 'Smärthjälpen' }),
    kind: z.enum(ProviderKind).meta({ description: 'A multidisciplinary conference advises other doctors: it is not a clinic patients are referred to.' }),
    operatedAs: z.enum(ProviderOperation).meta({
      description: "Region-run, contracted by the region, municipal, or private (without an agreement with the region: not the region's own offer).",
    }),
    contractStart: isoDate
      .nullable()
      .default(null)
      .meta({ description: 'For a contracted provider: the first day of its contract with the region, where a source states it.' }),
    contractEnd: isoDate.nullable().default(null).meta({ description: 'For a contracted provider: the last day of its contract, where a source states it.' }),
    regionCode,
    municipalityCode: municipalityCode.nullable(),
    address: z.string().max(300).nullable().meta({ description: 'Street address, as the source gives it (HSDS: address).' }),
    website: z
      .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
      .max(2000)
      .nullable()
      .default(null)
      .meta({ description: "The provider's own web page (HSDS: website), where a source gives it." }),
    phone: z
      .string()
      .min(3)
      .max(40)
      .nullable()
      .default(null)
      .meta({ description: 'A phone number as the source writes it (HSDS: phone.number).', example: '031-10 10 10' }),
    email: z.email().max(200).nullable().default(null).meta({ description: 'A contact e-mail address (HSDS: email), where a source gives it.' }),
    scheduleDescription: localizedText({
      max: 500,
      nullable: true,
      optional: true,
      description: 'Opening days or hours as the sources state them (HSDS: schedule.description).',
    }),
    description: localizedText({ max: 1000, description: "What the provider does, in the project's words." }),
    conditionIds: z.array(slug).meta({ description: 'Conditions the provider covers.', example: ['me-cfs'] }),
    status: z.enum(ProviderStatus).meta({ description: '"paused": takes no new referrals; "unknown" when no source says whether it operates.' }),
  },
  {
    example: {
      name: 'Smärthjälpen Sverige AB',
      shortName: 'Smärthjälpen',
      kind: 'company',
      operatedAs: 'contracted',
      contractStart: '2017-11-01',
      contractEnd: '2021-12-31',
      regionCode: '14',
      municipalityCode: '1480',
      address: 'Anders Personsgatan 12, Göteborg',
      website: null,
      phone: null,
      email: null,
      scheduleDescription: null,
      description: {
        sv: 'Specialistmottagning på avtal med regionen för vuxna med misstänkt fibromyalgi, långvarig smärta och/eller ME.',
        en: 'Contracted specialist clinic for adults with suspected fibromyalgia, long-term pain and/or ME.',
      },
      conditionIds: ['fibromyalgia', 'long-term-pain', 'me-cfs'],
      status: 'operating',
      validFrom: '2021-03-31',
      validTo: '2021-12-31',
      notes: {
        sv: 'Avtalet gällde från 1 november 2017; sidan anger dess innehåll först per 31 mars 2021.',
        en: 'The contract ran from 2017-11-01; the page states its scope only as of 2021-03-31.',
      },
      citations: [
        {
          kind: 'quote',
          sourceId: 'vgr-2021-smarthjalpen-me',
          locator: 'Bakgrund och nuläge',
          quote: 'Avtalet med Smärthjälpen har därför förlängts och gäller nu under hela 2021.',
          supports: 'validTo',
        },
      ],
    },
  },
)
export type ProviderInput = z.infer<typeof providerSchemas.input>
export type Provider = z.infer<typeof providerSchemas.output>
