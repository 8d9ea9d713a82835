import { z } from 'zod'
import { AgeGroup, ReferralPathway, ReferralStatus } from '../generated/prisma/enums.js'
import { factSchemas, regionCode, slug } from './common.js'
import { localizedText } from './localized.js'

export const referralRuleSchemas = factSchemas('ReferralRule', {
  regionCode,
  providerId: slug.nullable(),
  pathway: z.enum(ReferralPathway).meta({ description: 'Who may refer: primary care, any doctor, or the patient (self-referral).' }),
  requiresFullyInvestigated: z.boolean().nullable().meta({ description: 'Whether the patient must be "färdigutredd".' }),
  prerequisites: localizedText({ max: 1000, nullable: true, description: 'Other prerequisites or terms the source states, in the project\'s words.' }),
  maxTreatmentOccasions: z.number().int().min(1).max(10_000).nullable(),
  ageGroup: z.enum(AgeGroup),
  status: z.enum(ReferralStatus),
}, {
  example: {
    regionCode: '14',
    providerId: 'vgr-smarthjalpen',
    pathway: 'self_referral',
    requiresFullyInvestigated: true,
    prerequisites: { sv: 'Ingen annan bakomliggande diagnos som förklarar symtomen.', en: 'No other underlying diagnosis that explains the symptoms.' },
    maxTreatmentOccasions: 20,
    ageGroup: 'adults',
    status: 'allowed',
    validFrom: '2021-03-31',
    validTo: '2021-12-31',
    notes: null,
    citations: [{
      kind: 'quote',
      sourceId: 'vgr-2021-smarthjalpen-me',
      locator: null,
      quote: 'Det är också möjligt att själv söka till Smärthjälpen genom så kallad egenremiss.',
      supports: 'pathway, status',
    }],
  },
})
export type ReferralRuleInput = z.infer<typeof referralRuleSchemas.input>
export type ReferralRule = z.infer<typeof referralRuleSchemas.output>
