import { z } from 'zod'
import { SpecialistCareStatus } from '../generated/prisma/enums.js'
import { factSchemas, regionCode, slug } from './common.js'
import { localizedText } from './localized.js'

export const specialistCareSchemas = factSchemas(
  'SpecialistCareStatement',
  {
    regionCode,
    conditionId: slug.meta({ example: 'me-cfs' }),
    status: z.enum(SpecialistCareStatus).meta({
      description: '"none": a source says the region has no specialist care for the condition; "elsewhere": it sends patients to another region.',
    }),
    referredToRegionCode: regionCode.nullable().meta({ description: 'Where patients are sent, for "elsewhere".' }),
    description: localizedText({ max: 1000, description: "What the source says, in the project's own words." }),
  },
  {
    example: {
      regionCode: '22',
      conditionId: 'me-cfs',
      status: 'none',
      referredToRegionCode: null,
      description: {
        sv: 'Ett regionalt nyhetsinslag säger att länet saknar mottagning för ME-patienter.',
        en: 'A regional news report says the county has no clinic for ME patients.',
      },
      validFrom: '2019-09-01',
      validTo: null,
      notes: null,
      citations: [
        {
          kind: 'reference',
          sourceId: 'vasternorrland-svt-me-sjuka-vadjar-om-vard',
          locator: 'första stycket',
          reference: {
            sv: 'Patienter lämnade över en namninsamling till regionfullmäktiges ordförande; inslaget säger att länet saknar ME-mottagning.',
            en: 'Patients handed a petition to the regional council chair; the report says the county has no ME clinic.',
          },
          supports: 'status',
        },
      ],
    },
    check: (value, ctx) => {
      if ((value.status === 'elsewhere') !== (value.referredToRegionCode !== null)) {
        ctx.addIssue({ code: 'custom', path: ['referredToRegionCode'], message: 'referredToRegionCode is set for the status "elsewhere", and only then' })
      }
    },
  },
)
export type SpecialistCareInput = z.infer<typeof specialistCareSchemas.input>
export type SpecialistCare = z.infer<typeof specialistCareSchemas.output>
