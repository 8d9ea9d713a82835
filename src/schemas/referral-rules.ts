import { z } from 'zod'
import { AgeGroup, ReferralPathway, ReferralStatus } from '../generated/prisma/enums.js'
import { factSchemas, regionCode, slug } from './common.js'

export const referralRuleSchemas = factSchemas('ReferralRule', {
  regionCode,
  providerId: slug.nullable(),
  pathway: z.enum(ReferralPathway).meta({ description: 'Who may refer: primary care, any doctor, or the patient (self-referral).' }),
  requiresFullyInvestigated: z.boolean().nullable().meta({ description: 'Whether the patient must be "färdigutredd".' }),
  prerequisites: z.string().max(1000).nullable(),
  maxTreatmentOccasions: z.number().int().min(1).max(10_000).nullable(),
  ageGroup: z.enum(AgeGroup),
  status: z.enum(ReferralStatus),
})
export type ReferralRuleInput = z.infer<typeof referralRuleSchemas.input>
export type ReferralRule = z.infer<typeof referralRuleSchemas.output>
