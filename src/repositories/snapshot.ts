import type { Db } from '../db/client.js'
import { type FactsByKind, type Snapshot, snapshotOf } from '../domain/snapshot.js'
import { factKindIds, factKinds } from '../schemas/fact-kinds.js'
import { source } from '../schemas/sources.js'
import { loadFacts } from './facts.js'
import { loadSources } from './sources.js'

/** A stored record the API could not serve (it fails its own schema), left out of the snapshot. */
export interface Unservable {
  resource: string
  id: string
  problem: string
}

/**
 * Reads the whole dataset into a new snapshot. A record that fails its output
 * schema (a bad row written past the API) is left out and reported, so one
 * bad record never takes a whole list down.
 */
export async function loadSnapshot(db: Db): Promise<{ snapshot: Snapshot; unservable: Unservable[] }> {
  const [regions, municipalities, conditions, sources, ...facts] = await Promise.all([
    db.region.findMany({ orderBy: { code: 'asc' }, select: { code: true, name: true, county: true } }),
    db.municipality.findMany({ orderBy: { code: 'asc' }, select: { code: true, name: true, regionCode: true } }),
    db.condition.findMany({ orderBy: { id: 'asc' }, select: { id: true, name: true, nameSv: true } }),
    loadSources(db),
    ...factKindIds.map((kind) => loadFacts(db, kind)),
  ])
  const unservable: Unservable[] = []
  const servable = <T extends { id: string }>(resource: string, schema: { safeParse(value: unknown): { success: boolean; error?: { message: string } } }, records: T[]) =>
    records.filter((record) => {
      const parsed = schema.safeParse(record)
      if (!parsed.success) unservable.push({ resource, id: record.id, problem: parsed.error?.message ?? 'invalid' })
      return parsed.success
    })
  const byKind = Object.fromEntries(
    factKindIds.map((kind, index) => [kind, servable(factKinds[kind].path, factKinds[kind].schemas.output, facts[index]!)]),
  ) as unknown as FactsByKind
  const snapshot = snapshotOf({ regions, municipalities, conditions, sources: servable('sources', source, sources), ...byKind })
  return { snapshot, unservable }
}
