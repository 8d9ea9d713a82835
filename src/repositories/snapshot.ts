import type { Db } from '../db/client.js'
import { type FactsByKind, type Snapshot, snapshotOf } from '../domain/snapshot.js'
import { factKindIds } from '../schemas/fact-kinds.js'
import { loadFacts } from './facts.js'
import { loadSources } from './sources.js'

/** Reads the whole dataset into a new snapshot. */
export async function loadSnapshot(db: Db): Promise<Snapshot> {
  const [regions, municipalities, conditions, sources, ...facts] = await Promise.all([
    db.region.findMany({ orderBy: { code: 'asc' }, select: { code: true, name: true, county: true } }),
    db.municipality.findMany({ orderBy: { code: 'asc' }, select: { code: true, name: true, regionCode: true } }),
    db.condition.findMany({ orderBy: { id: 'asc' }, select: { id: true, name: true, nameSv: true } }),
    loadSources(db),
    ...factKindIds.map((kind) => loadFacts(db, kind)),
  ])
  const byKind = Object.fromEntries(factKindIds.map((kind, index) => [kind, facts[index]])) as unknown as FactsByKind
  return snapshotOf({ regions, municipalities, conditions, sources, ...byKind })
}
