import { createHash } from 'node:crypto'
import type { Db } from '../db/client.js'
import type { Citation } from '../schemas/common.js'
import type { Decision } from '../schemas/decisions.js'
import type { Fee } from '../schemas/fees.js'
import type { HomeCarePolicy } from '../schemas/home-care-policies.js'
import type { Provider } from '../schemas/providers.js'
import type { ReferralRule } from '../schemas/referral-rules.js'
import type { Condition, Municipality, Region } from '../schemas/regions.js'
import type { Source } from '../schemas/sources.js'

/**
 * The whole dataset, shaped as the API shows it. It is small (thousands of
 * rows), so every read is a pure function over one immutable snapshot.
 */
export interface Snapshot {
  /** Changes whenever any content changes; the base of every ETag. */
  version: string
  builtAt: Date
  regions: Region[]
  municipalities: Municipality[]
  conditions: Condition[]
  sources: Source[]
  providers: Provider[]
  fees: Fee[]
  referralRules: ReferralRule[]
  homeCarePolicies: HomeCarePolicy[]
  decisions: Decision[]
}

export type FactRecord = Provider | Fee | ReferralRule | HomeCarePolicy | Decision

const day = (value: Date): string => value.toISOString().slice(0, 10)
const dayOrNull = (value: Date | null): string | null => (value === null ? null : day(value))

function common(row: { id: string; validFrom: Date | null; validTo: Date | null; lastVerifiedOn: Date; notes: string | null; createdAt: Date; updatedAt: Date }) {
  return {
    id: row.id,
    validFrom: dayOrNull(row.validFrom),
    validTo: dayOrNull(row.validTo),
    lastVerifiedOn: day(row.lastVerifiedOn),
    notes: row.notes,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }
}

export async function loadSnapshot(db: Db): Promise<Snapshot> {
  const [regions, municipalities, conditions, sources, providers, fees, referralRules, homeCarePolicies, decisions, citations] = await Promise.all([
    db.region.findMany({ orderBy: { code: 'asc' } }),
    db.municipality.findMany({ orderBy: { code: 'asc' } }),
    db.condition.findMany({ orderBy: { id: 'asc' } }),
    db.source.findMany({ orderBy: { id: 'asc' } }),
    db.provider.findMany({ orderBy: { id: 'asc' }, include: { conditions: { orderBy: { conditionId: 'asc' } } } }),
    db.fee.findMany({ orderBy: { id: 'asc' } }),
    db.referralRule.findMany({ orderBy: { id: 'asc' } }),
    db.homeCarePolicy.findMany({ orderBy: { id: 'asc' } }),
    db.decision.findMany({ orderBy: { id: 'asc' }, include: { conditions: { orderBy: { conditionId: 'asc' } } } }),
    db.citation.findMany({ orderBy: [{ position: 'asc' }, { id: 'asc' }] }),
  ])

  const sourceTitles = new Map(sources.map((s) => [s.id, s.title]))
  const citationsOf = new Map<string, Citation[]>()
  for (const c of citations) {
    const factKey = c.providerId ? `p:${c.providerId}` : c.feeId ? `f:${c.feeId}` : c.referralRuleId ? `r:${c.referralRuleId}` : c.homeCarePolicyId ? `h:${c.homeCarePolicyId}` : `d:${c.decisionId}`
    const list = citationsOf.get(factKey) ?? []
    list.push({ id: c.id, sourceId: c.sourceId, sourceTitle: sourceTitles.get(c.sourceId) ?? c.sourceId, locator: c.locator, quote: c.quote, supports: c.supports })
    citationsOf.set(factKey, list)
  }
  const cited = (key: string) => citationsOf.get(key) ?? []

  const content = {
    regions: regions.map(({ code, name, county }) => ({ code, name, county })),
    municipalities: municipalities.map(({ code, name, regionCode }) => ({ code, name, regionCode })),
    conditions: conditions.map(({ id, name, nameSv }) => ({ id, name, nameSv })),
    sources: sources.map((s) => ({ ...s, publishedOn: dayOrNull(s.publishedOn), createdAt: s.createdAt.toISOString(), updatedAt: s.updatedAt.toISOString() })),
    providers: providers.map((p) => ({
      ...common(p),
      name: p.name,
      kind: p.kind,
      operatedAs: p.operatedAs,
      regionCode: p.regionCode,
      municipalityCode: p.municipalityCode,
      address: p.address,
      description: p.description,
      conditionIds: p.conditions.map((c) => c.conditionId),
      status: p.status,
      citations: cited(`p:${p.id}`),
    })),
    fees: fees.map((f) => ({
      ...common(f),
      regionCode: f.regionCode,
      providerId: f.providerId,
      visitType: f.visitType,
      amountSek: f.amountSek,
      countsTowardHighCostCeiling: f.countsTowardHighCostCeiling,
      status: f.status,
      citations: cited(`f:${f.id}`),
    })),
    referralRules: referralRules.map((r) => ({
      ...common(r),
      regionCode: r.regionCode,
      providerId: r.providerId,
      pathway: r.pathway,
      requiresFullyInvestigated: r.requiresFullyInvestigated,
      prerequisites: r.prerequisites,
      maxTreatmentOccasions: r.maxTreatmentOccasions,
      ageGroup: r.ageGroup,
      status: r.status,
      citations: cited(`r:${r.id}`),
    })),
    homeCarePolicies: homeCarePolicies.map((h) => ({
      ...common(h),
      jurisdictionLevel: h.jurisdictionLevel,
      regionCode: h.regionCode,
      municipalityCode: h.municipalityCode,
      service: h.service,
      conditionId: h.conditionId,
      status: h.status,
      legalBasis: h.legalBasis,
      grounds: h.grounds,
      decisionId: h.decisionId,
      citations: cited(`h:${h.id}`),
    })),
    decisions: decisions.map((d) => ({
      ...common(d),
      jurisdictionLevel: d.jurisdictionLevel,
      regionCode: d.regionCode,
      kind: d.kind,
      title: d.title,
      body: d.body,
      decidedOn: dayOrNull(d.decidedOn),
      filedOn: dayOrNull(d.filedOn),
      referenceNumber: d.referenceNumber,
      proposer: d.proposer,
      proposerParty: d.proposerParty,
      respondent: d.respondent,
      proposals: d.proposals,
      summary: d.summary,
      conditionIds: d.conditions.map((c) => c.conditionId),
      votesFor: d.votesFor,
      votesAgainst: d.votesAgainst,
      votesAbstained: d.votesAbstained,
      status: d.status,
      citations: cited(`d:${d.id}`),
    })),
  }
  const version = createHash('sha256').update(JSON.stringify(content)).digest('base64url').slice(0, 16)
  return { version, builtAt: new Date(), ...content }
}
