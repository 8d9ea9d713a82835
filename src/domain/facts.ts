import { type FactKind, type FactOf, factKinds } from '../schemas/fact-kinds.js'
import { matchesText, requireCondition, requireRegion } from './regions.js'
import { holdsOn, type Snapshot, type Versioned } from './snapshot.js'

/** Whether a fact concerns a condition, by how its kind links to conditions. */
export function concernsCondition<K extends FactKind>(snapshot: Snapshot, kind: K, fact: FactOf<K>, condition: string): boolean {
  const link = factKinds[kind].conditionLink
  const f = fact as { conditionIds?: string[]; conditionId?: string | null; providerId?: string | null }
  switch (link.via) {
    case 'list':
      return (link.emptyMeansAll && f.conditionIds!.length === 0) || f.conditionIds!.includes(condition)
    case 'field':
      return f.conditionId === null || f.conditionId === condition
    case 'provider':
      return f.providerId === null || snapshot.providers.some((p) => p.id === f.providerId && p.conditionIds.includes(condition))
  }
}

export interface FactListQuery {
  asOf: string
  region?: string
  condition?: string
  q?: string
  [filter: string]: unknown
}

/** The facts of a kind valid on `asOf` that pass every filter of the query. */
export function listFacts<K extends FactKind>(snapshot: Snapshot, kind: K, query: FactListQuery): Versioned<FactOf<K>>[] {
  const { asOf, region, condition, q } = query
  if (region !== undefined) requireRegion(snapshot, region, 'region')
  if (condition !== undefined) requireCondition(snapshot, condition)
  const spec = factKinds[kind]
  const filters = Object.entries(spec.filters).filter(([name]) => query[name] !== undefined)
  const search = 'search' in spec ? (spec.search as (fact: FactOf<K>) => string) : undefined
  return (snapshot[kind] as unknown as Versioned<FactOf<K>>[]).filter(
    (fact) =>
      holdsOn(snapshot, kind, fact, asOf) &&
      (region === undefined || fact.regionCode === region) &&
      (condition === undefined || concernsCondition(snapshot, kind, fact, condition)) &&
      filters.every(([name, filter]) => (filter.valueOf as (f: FactOf<K>) => string | null)(fact) === query[name]) &&
      (q === undefined || (search !== undefined && matchesText(search(fact), q))),
  )
}
