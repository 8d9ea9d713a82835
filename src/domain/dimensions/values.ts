// Parts of the cells' values that several dimensions share.
import { z } from 'zod'
import { AgeGroup, HomeCareStatus, LegalBasis, PolicyEvidence, ProviderOperation, ReferralPathway } from '../../generated/prisma/enums.js'
import { isoDate, regionCode, slug } from '../../schemas/common.js'

export const providerRefSchema = z
  .object({
    id: slug,
    name: z.string(),
    shortName: z.string().nullable(),
    operatedAs: z.enum(ProviderOperation).meta({ description: "region_run, contracted or municipal providers are the region's offer; private ones are not." }),
  })
  .meta({ id: 'ProviderRef' })

export const regionRefSchema = z.object({ code: regionCode, name: z.string() }).meta({ id: 'RegionRef' })

export const channelSchema = z
  .object({
    channel: z.enum(ReferralPathway).meta({ description: 'Who may refer: primary care, any doctor, or the patient (self-referral).' }),
    provider: providerRefSchema.nullable().meta({ description: "The provider referred to; null for a rule of the region's specialist care as a whole." }),
    status: z
      .enum(['open', 'closed', 'unknown'])
      .meta({ description: 'open: referrals this way are taken; closed: they are not (for now, if the provider is paused).' }),
    requiresFullyInvestigated: z.boolean().nullable().meta({ description: 'The patient must be "färdigutredd" first; null if no source says.' }),
    ageGroup: z.enum(AgeGroup),
    maxTreatmentOccasions: z.number().int().nullable(),
    prerequisites: z.string().nullable().meta({ description: 'Other terms the source states, in the language asked for.' }),
    validFrom: isoDate,
    evidenceDate: isoDate,
  })
  .meta({ id: 'ReferralChannel' })

export const policySchema = {
  policyStatus: z.enum(HomeCareStatus).meta({ description: 'What the source says, as recorded in the home-care policy.' }),
  legalBasis: z.enum(LegalBasis).nullable(),
  basis: z.enum(PolicyEvidence).meta({ description: 'What it rests on: a statement, a proposal (not a decision) or interviews with needs assessors.' }),
  ageGroup: z.enum(AgeGroup),
  conditionSpecific: z.boolean().meta({ description: 'Whether the policy is specific to the condition asked about, rather than for all patients.' }),
  evidenceDate: isoDate,
}

export const factIdSchema = slug
