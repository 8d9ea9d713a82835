import type { StoredCitation } from '../schemas/common.js'
import { type FactKind, factKindIds, type FactOf } from '../schemas/fact-kinds.js'
import type { Labels } from '../schemas/labels.js'
import type { CompareQuery } from './dimensions/index.js'
import { factHeadline } from './describe.js'
import { concernsCondition } from './facts.js'
import { regionProfile } from './regions.js'
import type { Snapshot } from './snapshot.js'

/** What happened on a date: a fact started to hold, stopped holding, or a decision was taken. */
export type TimelineChange = 'from' | 'until' | 'decision'

export interface TimelineEvent {
  date: string
  change: TimelineChange
  kind: FactKind
  factId: string
  /** What the fact says, in one line. */
  headline: Labels
  /** For an end: the fact that took its place, if one did. */
  supersededBy: string | null
  citations: StoredCitation[]
}

type AnyFact = FactOf<FactKind>

const changeOrder: Record<TimelineChange, number> = { until: 0, decision: 1, from: 2 }

/**
 * A region's history for a condition, up to the date asked: when each fact
 * started and stopped holding (its validFrom, and its validTo or the day before
 * a superseding fact starts), and each decision on its own date. Oldest first.
 * Nothing after the date is shown: a source says nothing of days after it.
 */
export function regionTimeline(snapshot: Snapshot, code: string, query: Pick<CompareQuery, 'condition' | 'asOf'>): TimelineEvent[] {
  const profile = regionProfile(snapshot, code)
  const events: TimelineEvent[] = []
  for (const kind of factKindIds) {
    const facts = (profile[kind] as AnyFact[]).filter((fact) => concernsCondition(snapshot, kind, fact, query.condition))
    const successor = new Map(facts.filter((f) => f.supersedes !== null).map((f) => [f.supersedes!, f.id]))
    for (const fact of facts) {
      const headline = factHeadline(snapshot, kind, fact)
      const base = { kind, factId: fact.id, headline, citations: fact.citations, supersededBy: null }
      if (kind === 'decisions') {
        events.push({ ...base, date: (fact as FactOf<'decisions'>).date ?? fact.validFrom, change: 'decision' })
        continue
      }
      events.push({ ...base, date: fact.validFrom, change: 'from' })
      const end = snapshot.ends[kind].get(fact.id) ?? null
      if (end !== null) events.push({ ...base, date: end, change: 'until', supersededBy: successor.get(fact.id) ?? null })
    }
  }
  return events
    .filter((e) => e.date <= query.asOf)
    .sort((a, b) => a.date.localeCompare(b.date) || changeOrder[a.change] - changeOrder[b.change] || a.factId.localeCompare(b.factId))
}
