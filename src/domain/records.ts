import type { Db } from '../db/client.js'
import type { Citation } from '../schemas/common.js'
import type { FactKind } from '../schemas/curated.js'
import type { Decision } from '../schemas/decisions.js'
import type { Fee } from '../schemas/fees.js'
import type { HomeCarePolicy } from '../schemas/home-care-policies.js'
import type { Provider } from '../schemas/providers.js'
import type { ReferralRule } from '../schemas/referral-rules.js'
import type { Source } from '../schemas/sources.js'
import { citationColumn } from './fact-store.js'

/** Each kind of fact as the API shows it. */
export interface FactsByKind {
  providers: Provider
  fees: Fee
  referralRules: ReferralRule
  homeCarePolicies: HomeCarePolicy
  decisions: Decision
}

/** A record and the version its ETag is made of. */
export type Versioned<T> = T & { version: number }

const day = (value: Date): string => value.toISOString().slice(0, 10)
const dayOrNull = (value: Date | null): string | null => (value === null ? null : day(value))

function common(row: { id: string; validFrom: Date | null; validTo: Date | null; lastVerifiedOn: Date; notes: string | null; createdAt: Date; updatedAt: Date; version: number }) {
  return {
    id: row.id,
    validFrom: dayOrNull(row.validFrom),
    validTo: dayOrNull(row.validTo),
    lastVerifiedOn: day(row.lastVerifiedOn),
    notes: row.notes,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  }
}

export async function loadSources(db: Db, id?: string): Promise<Versioned<Source>[]> {
  const rows = await db.source.findMany({ where: id === undefined ? {} : { id }, orderBy: { id: 'asc' } })
  return rows.map(({ publishedOn, createdAt, updatedAt, retiredAt, ...rest }) => ({
    ...rest,
    publishedOn: dayOrNull(publishedOn),
    retiredAt: retiredAt?.toISOString() ?? null,
    createdAt: createdAt.toISOString(),
    updatedAt: updatedAt.toISOString(),
  }))
}

/** Active citations of one kind of fact (or one fact), grouped by fact id. */
async function loadCitations(db: Db, kind: FactKind, id?: string): Promise<Map<string, Citation[]>> {
  const column = citationColumn[kind]
  const rows = await db.citation.findMany({
    where: { retiredAt: null, ...(id === undefined ? { [column]: { not: null } } : { [column]: id }) },
    orderBy: [{ position: 'asc' }, { id: 'asc' }],
    include: { source: { select: { title: true } } },
  })
  const byFact = new Map<string, Citation[]>()
  for (const row of rows) {
    const factId = row[column]!
    const list = byFact.get(factId) ?? []
    list.push({ id: row.id, sourceId: row.sourceId, sourceTitle: row.source.title, locator: row.locator, quote: row.quote, supports: row.supports })
    byFact.set(factId, list)
  }
  return byFact
}

/** Facts of one kind (or the one with `id`) with their citations, in id order. */
export async function loadFacts<K extends FactKind>(db: Db, kind: K, id?: string): Promise<Versioned<FactsByKind[K]>[]> {
  const where = id === undefined ? {} : { id }
  const orderBy = { id: 'asc' } as const
  const citations = await loadCitations(db, kind, id)
  const cited = (factId: string) => citations.get(factId) ?? []
  const facts = await (async (): Promise<Versioned<FactsByKind[FactKind]>[]> => {
    switch (kind) {
      case 'providers':
        return (await db.provider.findMany({ where, orderBy, include: { conditions: { orderBy: { conditionId: 'asc' } } } })).map((p) => ({
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
          citations: cited(p.id),
        }))
      case 'fees':
        return (await db.fee.findMany({ where, orderBy })).map((f) => ({
          ...common(f),
          regionCode: f.regionCode,
          providerId: f.providerId,
          visitType: f.visitType,
          amountSek: f.amountSek,
          countsTowardHighCostCeiling: f.countsTowardHighCostCeiling,
          status: f.status,
          citations: cited(f.id),
        }))
      case 'referralRules':
        return (await db.referralRule.findMany({ where, orderBy })).map((r) => ({
          ...common(r),
          regionCode: r.regionCode,
          providerId: r.providerId,
          pathway: r.pathway,
          requiresFullyInvestigated: r.requiresFullyInvestigated,
          prerequisites: r.prerequisites,
          maxTreatmentOccasions: r.maxTreatmentOccasions,
          ageGroup: r.ageGroup,
          status: r.status,
          citations: cited(r.id),
        }))
      case 'homeCarePolicies':
        return (await db.homeCarePolicy.findMany({ where, orderBy })).map((h) => ({
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
          citations: cited(h.id),
        }))
      case 'decisions':
        return (await db.decision.findMany({ where, orderBy, include: { conditions: { orderBy: { conditionId: 'asc' } } } })).map((d) => ({
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
          citations: cited(d.id),
        }))
    }
  })()
  return facts as unknown as Versioned<FactsByKind[K]>[]
}
