import { z } from 'zod'
import { decisionSchemas } from './decisions.js'
import { feeSchemas } from './fees.js'
import { homeCarePolicySchemas } from './home-care-policies.js'
import { providerSchemas } from './providers.js'
import { referralRuleSchemas } from './referral-rules.js'
import { sourceRecord } from './sources.js'

/** One curated data file: a source document and every fact it supports. */
export const curatedFile = z.strictObject({
  source: sourceRecord,
  providers: z.array(providerSchemas.record).default([]),
  fees: z.array(feeSchemas.record).default([]),
  referralRules: z.array(referralRuleSchemas.record).default([]),
  homeCarePolicies: z.array(homeCarePolicySchemas.record).default([]),
  decisions: z.array(decisionSchemas.record).default([]),
})
export type CuratedFile = z.infer<typeof curatedFile>
export type FactKind = Exclude<keyof CuratedFile, 'source'>
export const factKinds = ['providers', 'fees', 'referralRules', 'homeCarePolicies', 'decisions'] as const satisfies readonly FactKind[]
