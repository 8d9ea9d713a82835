import { type FactKind, factKindIds } from '../schemas/fact-kinds.js'
import { notFound } from './errors.js'
import { type FactsByKind, holdsOn, type Snapshot } from './snapshot.js'

/** Case-insensitive search in Swedish text. */
export const matchesText = (text: string, q: string) => text.toLocaleLowerCase('sv').includes(q.toLocaleLowerCase('sv'))

/** The region with this code, or a 404 naming the parameter that asked for it. */
export function requireRegion(snapshot: Snapshot, code: string, parameter = 'code') {
  const region = snapshot.regions.find((r) => r.code === code)
  if (!region) throw notFound(`No region has the code "${code}".`, parameter)
  return region
}

/** The condition with this id, or a 404 naming the parameter that asked for it. */
export function requireCondition(snapshot: Snapshot, id: string, parameter = 'condition') {
  const condition = snapshot.conditions.find((c) => c.id === id)
  if (!condition) throw notFound(`No condition has the id "${id}".`, parameter)
  return condition
}

/** Each kind's facts that pass a test, by kind. */
function factsWhere(snapshot: Snapshot, test: (fact: Snapshot[FactKind][number], kind: FactKind) => boolean): FactsByKind {
  const entries = factKindIds.map((kind) => [kind, (snapshot[kind] as Snapshot[FactKind]).filter((fact) => test(fact, kind))])
  return Object.fromEntries(entries) as unknown as FactsByKind
}

/** A region and every fact recorded for it (on a day, if given); a 404 for an unknown code. */
export function regionProfile(snapshot: Snapshot, code: string, day?: string) {
  const region = requireRegion(snapshot, code)
  return {
    ...region,
    municipalityCount: snapshot.municipalities.filter((m) => m.regionCode === code).length,
    ...factsWhere(snapshot, (fact, kind) => fact.regionCode === code && (day === undefined || holdsOn(snapshot, kind, fact, day))),
  }
}

/** A source and every fact citing it, by kind; a 404 for an unknown source. */
export function sourceWithFacts(snapshot: Snapshot, id: string) {
  const source = snapshot.sources.find((s) => s.id === id)
  if (!source) throw notFound(`No source has the id "${id}".`, 'id')
  return { ...source, facts: factsWhere(snapshot, (fact) => fact.citations.some((c) => c.sourceId === id)) }
}
