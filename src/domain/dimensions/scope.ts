// The facts of one region a rule reads: the providers covering the condition,
// which of them are the region's own offer, and the fees and referral rules
// that apply.
import type { Labels } from '../../schemas/labels.js'
import { asOfDay } from '../as-of.js'
import { text } from '../phrases.js'
import type { Snapshot } from '../snapshot.js'
import type { Fact, RegionFacts } from './cell.js'
import type { FactKind } from '../../schemas/fact-kinds.js'

const groupings = new WeakMap<readonly object[], Map<unknown, readonly object[]>>()
const none: readonly never[] = []

/**
 * The records of a collection in one region, in the collection's order: the
 * same as filtering it by `regionCode`. Grouped once per collection array, so a
 * snapshot update that leaves a collection alone keeps its grouping.
 */
export function inRegion<T extends { regionCode: string | null }>(records: readonly T[], regionCode: string): readonly T[] {
  let groups = groupings.get(records)
  if (!groups) {
    const grouped = new Map<unknown, T[]>()
    for (const record of records) {
      const group = grouped.get(record.regionCode)
      if (group) group.push(record)
      else grouped.set(record.regionCode, [record])
    }
    groups = grouped
    groupings.set(records, groups)
  }
  return (groups.get(regionCode) as readonly T[] | undefined) ?? none
}

const nameMaps = new WeakMap<readonly object[], Map<string, string>>()
/** Names by id (or code) of a collection, built once per collection array. */
export function namesOf<T>(records: readonly T[], key: (record: T) => string, name: (record: T) => string): Map<string, string> {
  let names = nameMaps.get(records as readonly object[])
  if (!names) {
    names = new Map(records.map((record) => [key(record), name(record)]))
    nameMaps.set(records as readonly object[], names)
  }
  return names
}

/** A provider's name by its id. */
export const providerNames = (snapshot: Snapshot) =>
  namesOf(
    snapshot.providers,
    (p) => p.id,
    (p) => p.name,
  )

export type Provider = Fact<'providers'>

/**
 * Whether a provider is the region's own offer: run by the region or a
 * municipality, or under contract with the region. A private clinic without an
 * agreement (or one whose operator no source names) is shown, but never makes
 * the region's answer "offered" on its own.
 */
export const countsForRegion = (provider: Pick<Provider, 'operatedAs'>) =>
  provider.operatedAs === 'region_run' || provider.operatedAs === 'contracted' || provider.operatedAs === 'municipal'

/** The facts of a kind, split into those holding on the date and those that ended before it. */
export function factsOn<K extends FactKind>({ snapshot, query }: RegionFacts, kind: K, facts: readonly Fact<K>[]) {
  return asOfDay(facts, query.asOf, snapshot.ends[kind])
}

/** The condition's short name in each language: "ME/CFS". */
export function conditionName(snapshot: Snapshot, condition: string): Labels {
  const found = snapshot.conditions.find((c) => c.id === condition)
  return text(found?.name.split(' (')[0] ?? condition, found?.nameSv.split(' (')[0] ?? condition)
}

/**
 * The region's providers covering the condition, and its fees and rules that
 * apply to it (a provider's when it covers the condition; region-wide ones
 * always). A rule or fee names the provider record it was written for; a later
 * record may have superseded that one (a clinic that paused), so
 * `providerOf` gives the record holding on the date, else the one named.
 */
export function regionScope(facts: RegionFacts) {
  const { snapshot, regionCode, query } = facts
  const providers = inRegion(snapshot.providers, regionCode).filter((p) => p.conditionIds.includes(query.condition))
  const byId = new Map(providers.map((p) => [p.id, p]))
  const now = new Map<string, Provider>()
  for (const current of factsOn(facts, 'providers', providers).current) {
    for (let p: Provider | undefined = current; p && !now.has(p.id); p = p.supersedes ? byId.get(p.supersedes) : undefined) now.set(p.id, current)
  }
  const applies = <T extends { regionCode: string; providerId: string | null }>(items: readonly T[]) =>
    inRegion(items, regionCode).filter((i) => i.providerId === null || byId.has(i.providerId))
  const providerOf = (id: string | null) => (id === null ? undefined : (now.get(id) ?? byId.get(id)))
  return { providers, providerOf, rules: applies(snapshot.referralRules), fees: applies(snapshot.fees) }
}

/** A provider as a value names it. */
export const providerRef = (p: Pick<Provider, 'id' | 'name' | 'shortName' | 'operatedAs'>) => ({
  id: p.id,
  name: p.name,
  shortName: p.shortName,
  operatedAs: p.operatedAs,
})
