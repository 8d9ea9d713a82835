import type { Db } from '../db/client.js'
import type { FactKind } from '../schemas/curated.js'
import type { DecisionInput } from '../schemas/decisions.js'
import type { FeeInput } from '../schemas/fees.js'
import type { HomeCarePolicyInput } from '../schemas/home-care-policies.js'
import type { ProviderInput } from '../schemas/providers.js'
import type { ReferralRuleInput } from '../schemas/referral-rules.js'

export interface FactInputs {
  providers: ProviderInput
  fees: FeeInput
  referralRules: ReferralRuleInput
  homeCarePolicies: HomeCarePolicyInput
  decisions: DecisionInput
}

/** The citation column that points at each kind of fact. */
export const citationColumn = {
  providers: 'providerId',
  fees: 'feeId',
  referralRules: 'referralRuleId',
  homeCarePolicies: 'homeCarePolicyId',
  decisions: 'decisionId',
} as const satisfies Record<FactKind, string>

export const toDate = (value: string): Date => new Date(`${value}T00:00:00Z`)
const toDateOrNull = (value: string | null): Date | null => (value === null ? null : toDate(value))

function validity(input: { validFrom: string | null; validTo: string | null; lastVerifiedOn: string; notes: string | null }) {
  return {
    validFrom: toDateOrNull(input.validFrom),
    validTo: toDateOrNull(input.validTo),
    lastVerifiedOn: toDate(input.lastVerifiedOn),
    notes: input.notes,
  }
}

/**
 * Creates or replaces one fact (and its condition links), as the curated
 * loader and editors' writes both do. With `replaceCitations`, the fact's
 * current citations are retired (never deleted) and the input's take their
 * place; `defaultSourceId` fills in citations that do not name their source.
 */
export async function saveFact<K extends FactKind>(
  db: Db,
  kind: K,
  id: string,
  input: FactInputs[K],
  options: { defaultSourceId?: string; replaceCitations?: boolean } = {},
): Promise<void> {
  const now = new Date()
  switch (kind) {
    case 'providers': {
      const { citations, conditionIds, validFrom, validTo, lastVerifiedOn, notes, ...rest } = input as ProviderInput
      const row = { ...rest, ...validity({ validFrom, validTo, lastVerifiedOn, notes }), updatedAt: now }
      await db.provider.upsert({ where: { id }, create: { id, ...row }, update: { ...row, version: { increment: 1 } } })
      await db.providerCondition.deleteMany({ where: { providerId: id } })
      await db.providerCondition.createMany({ data: conditionIds.map((conditionId) => ({ providerId: id, conditionId })) })
      break
    }
    case 'fees': {
      const { citations, validFrom, validTo, lastVerifiedOn, notes, ...rest } = input as FeeInput
      const row = { ...rest, ...validity({ validFrom, validTo, lastVerifiedOn, notes }), updatedAt: now }
      await db.fee.upsert({ where: { id }, create: { id, ...row }, update: { ...row, version: { increment: 1 } } })
      break
    }
    case 'referralRules': {
      const { citations, validFrom, validTo, lastVerifiedOn, notes, ...rest } = input as ReferralRuleInput
      const row = { ...rest, ...validity({ validFrom, validTo, lastVerifiedOn, notes }), updatedAt: now }
      await db.referralRule.upsert({ where: { id }, create: { id, ...row }, update: { ...row, version: { increment: 1 } } })
      break
    }
    case 'homeCarePolicies': {
      const { citations, validFrom, validTo, lastVerifiedOn, notes, ...rest } = input as HomeCarePolicyInput
      const row = { ...rest, ...validity({ validFrom, validTo, lastVerifiedOn, notes }), updatedAt: now }
      await db.homeCarePolicy.upsert({ where: { id }, create: { id, ...row }, update: { ...row, version: { increment: 1 } } })
      break
    }
    case 'decisions': {
      const { citations, conditionIds, decidedOn, filedOn, validFrom, validTo, lastVerifiedOn, notes, ...rest } = input as DecisionInput
      const row = {
        ...rest,
        decidedOn: toDateOrNull(decidedOn),
        filedOn: toDateOrNull(filedOn),
        ...validity({ validFrom, validTo, lastVerifiedOn, notes }),
        updatedAt: now,
      }
      await db.decision.upsert({ where: { id }, create: { id, ...row }, update: { ...row, version: { increment: 1 } } })
      await db.decisionCondition.deleteMany({ where: { decisionId: id } })
      await db.decisionCondition.createMany({ data: conditionIds.map((conditionId) => ({ decisionId: id, conditionId })) })
      break
    }
  }
  if (options.replaceCitations === false) return
  const column = citationColumn[kind]
  await db.citation.updateMany({ where: { [column]: id, retiredAt: null }, data: { retiredAt: now } })
  await db.citation.createMany({
    data: input.citations.map((citation, position) => ({
      sourceId: citation.sourceId ?? options.defaultSourceId ?? '',
      locator: citation.locator,
      quote: citation.quote,
      supports: citation.supports,
      position,
      [column]: id,
    })),
  })
}
