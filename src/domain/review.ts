// What editors should check next: the answers that are stale or unknown on a
// date, the most important to patients first, then those whose evidence is
// oldest, each with what it last rested on and the call that would confirm it.
import { type FactKind, factKindIds, type FactOf } from '../schemas/fact-kinds.js'
import type { Language } from '../schemas/labels.js'
import { regionCell } from './compare.js'
import { type CompareQuery, dimensionIds, dimensions, statusLabels } from './dimensions/index.js'
import type { Snapshot } from './snapshot.js'

const kindOfFact = new WeakMap<Snapshot, Map<string, FactKind>>()
/** Which kind each fact is of, by id. */
function kindsById(snapshot: Snapshot): Map<string, FactKind> {
  let kinds = kindOfFact.get(snapshot)
  if (!kinds) {
    kinds = new Map(factKindIds.flatMap((kind) => (snapshot[kind] as { id: string }[]).map((f) => [f.id, kind] as const)))
    kindOfFact.set(snapshot, kinds)
  }
  return kinds
}

export interface ReviewQuery extends CompareQuery {
  lang: Language
}

export function reviewQueue(snapshot: Snapshot, query: ReviewQuery) {
  const kinds = kindsById(snapshot)
  const entries = snapshot.regions.flatMap((region) =>
    dimensionIds.flatMap((id) => {
      const cell = regionCell(snapshot, region.code, id, query)
      if (!cell.stale && cell.status !== 'unknown') return []
      const facts = cell.factIds.map((factId, index) => {
        const kind = kinds.get(factId)!
        const fact = (snapshot[kind] as FactOf<FactKind>[]).find((f) => f.id === factId)!
        const sources = [
          ...new Map(fact.citations.map((c) => [c.sourceId, { id: c.sourceId, title: c.sourceTitle, url: c.sourceUrl, date: c.sourceDate }])).values(),
        ]
        return { kind, id: factId, deciding: index < cell.decidingCount, evidenceDate: fact.evidenceDate, sources }
      })
      // A stale answer is confirmed on its deciding fact, against the source it cites first; an unknown one needs a new fact.
      const decisive = facts.find((f) => f.deciding)
      const first = decisive && (snapshot[decisive.kind] as FactOf<FactKind>[]).find((f) => f.id === decisive.id)!.citations[0]
      const confirm =
        decisive && first
          ? {
              method: 'POST' as const,
              path: '/v1/confirmations' as const,
              body: {
                factKind: decisive.kind,
                factId: decisive.id,
                sourceId: first.sourceId,
                checkedOn: query.asOf,
                locator: first.locator,
                note: { sv: 'Vad källan säger i dag, med egna ord.', en: 'What the source says today, in our own words.' },
              },
            }
          : null
      return [
        {
          region: { code: region.code, name: region.name },
          dimension: { id, label: dimensions[id].label[query.lang] },
          priority: dimensions[id].priority,
          status: cell.status,
          statusLabel: statusLabels[cell.status][query.lang],
          short: cell.short[query.lang],
          stale: cell.stale,
          evidenceDate: cell.evidenceDate,
          evidenceStrength: cell.evidenceStrength,
          summary: cell.summary[query.lang],
          facts,
          confirm,
        },
      ]
    }),
  )
  // Most important first; then the oldest evidence (none at all is oldest); then by region.
  const age = (date: string | null) => date ?? ''
  return entries.sort((a, b) => a.priority - b.priority || age(a.evidenceDate).localeCompare(age(b.evidenceDate)) || a.region.code.localeCompare(b.region.code))
}
