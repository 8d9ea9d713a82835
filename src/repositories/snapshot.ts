import type { Db } from '../db/client.js'
import { type FactsByKind, type Snapshot, type SnapshotChanges, snapshotOf, withChanges } from '../domain/snapshot.js'
import { type FactKind, factKindIds, factKinds, kindOfPath } from '../schemas/fact-kinds.js'
import { storedSource } from '../schemas/sources.js'
import { citedFact, loadFacts } from './facts.js'
import { loadSources } from './sources.js'

/** A stored record the API could not serve (it fails its own schema), left out of the snapshot. */
export interface Unservable {
  resource: string
  id: string
  problem: string
}

/** One entry of the change log, as far as the snapshot needs it. */
export interface ChangeRow {
  id: bigint
  resource: string
  recordId: string
}

type Schema = { safeParse(value: unknown): { success: boolean; error?: { message: string } } }

/** Records that pass their output schema; the others are reported and left out. */
function servable<T extends { id: string }>(resource: string, schema: Schema, records: T[], unservable: Unservable[]): T[] {
  return records.filter((record) => {
    const parsed = schema.safeParse(record)
    if (!parsed.success) unservable.push({ resource, id: record.id, problem: parsed.error?.message ?? 'invalid' })
    return parsed.success
  })
}

/** How far back, below the newest entry, a full read looks for entries not yet committed. */
export const GAP_WINDOW = 1000n

/**
 * Reads the whole dataset into a new snapshot. A record that fails its output
 * schema (a bad row written past the API) is left out and reported, so one
 * bad record never takes a whole list down. The change log's newest entry is
 * read first: the snapshot reflects at least every change up to it, except
 * those below it not yet committed, which `pending` names.
 */
export async function loadSnapshot(db: Db): Promise<{ snapshot: Snapshot; unservable: Unservable[]; pending: bigint[] }> {
  const [{ latest }] = await db.$queryRaw<[{ latest: bigint }]>`SELECT coalesce(max(id), 0)::bigint AS latest FROM changes`
  const pending = await missingChanges(db, latest > GAP_WINDOW ? latest - GAP_WINDOW : 0n, latest)
  const [regions, municipalities, conditions, sources, ...facts] = await Promise.all([
    db.region.findMany({ orderBy: { code: 'asc' }, select: { code: true, name: true, county: true } }),
    db.municipality.findMany({ orderBy: { code: 'asc' }, select: { code: true, name: true, regionCode: true } }),
    db.condition.findMany({ orderBy: { id: 'asc' }, select: { id: true, name: true, nameSv: true } }),
    loadSources(db),
    ...factKindIds.map((kind) => loadFacts(db, kind)),
  ])
  const unservable: Unservable[] = []
  const byKind = Object.fromEntries(
    factKindIds.map((kind, index) => [kind, servable(factKinds[kind].path, factKinds[kind].schemas.stored, facts[index]!, unservable)]),
  ) as unknown as FactsByKind
  const content = { regions, municipalities, conditions, sources: servable('sources', storedSource, sources, unservable), ...byKind }
  return { snapshot: snapshotOf(content, latest), unservable, pending }
}

/** Change-log ids in (after, upTo] that are not there (yet): a transaction still open, or one rolled back. */
export async function missingChanges(db: Db, after: bigint, upTo: bigint): Promise<bigint[]> {
  if (upTo <= after) return []
  const rows = await db.$queryRaw<{ id: bigint }[]>`SELECT g.id FROM generate_series(${after + 1n}::bigint, ${upTo}::bigint) AS g(id)
    WHERE NOT EXISTS (SELECT 1 FROM changes c WHERE c.id = g.id)`
  return rows.map((row) => row.id)
}

/** Anything that runs SQL as node-postgres does: the pool, a client. */
export interface Queryable {
  query<R extends object>(text: string, values: unknown[]): Promise<{ rows: R[] }>
}

/**
 * Change-log entries after `after`, and any of `also` (ids that were missing), in order; at most `limit`.
 * Asked after every write, so it goes straight to the pool rather than through the ORM.
 */
export async function changesSince(db: Queryable, after: bigint, also: bigint[], limit: number): Promise<ChangeRow[]> {
  const { rows } = await db.query<{ id: string; resource: string; recordId: string }>(
    'SELECT id::text, resource, record_id AS "recordId" FROM changes WHERE id > $1::bigint OR id = ANY($2::bigint[]) ORDER BY id LIMIT $3',
    [String(after), also.map(String), limit],
  )
  return rows.map((row) => ({ id: BigInt(row.id), resource: row.resource, recordId: row.recordId }))
}

/** Reloading more facts of a kind than this reads the whole kind instead, in two queries. */
const PER_RECORD_LIMIT = 50

const citationColumns = Object.fromEntries(factKindIds.map((kind) => [factKinds[kind].citationColumn, true])) as Record<string, true>

/**
 * The snapshot with the records these changes touched read again: a fact, a
 * citation's or a confirmation's fact, a source and every fact citing it. Undefined when a change
 * is of a kind the snapshot does not know, for a full rebuild instead.
 */
export async function updateSnapshot(db: Db, snapshot: Snapshot, changes: ChangeRow[]): Promise<{ snapshot: Snapshot; unservable: Unservable[] } | undefined> {
  const facts = new Map<FactKind, Set<string>>(factKindIds.map((kind) => [kind, new Set()]))
  const sourceIds = new Set<string>()
  const citationIds = new Set<string>()
  const confirmationIds = new Set<string>()
  for (const change of changes) {
    if (change.resource === 'sources') sourceIds.add(change.recordId)
    else if (change.resource === 'citations') citationIds.add(change.recordId)
    else if (change.resource === 'confirmations') confirmationIds.add(change.recordId)
    else {
      const kind = kindOfPath(change.resource)
      if (!kind) return undefined
      facts.get(kind)!.add(change.recordId)
    }
  }
  // A citation or a confirmation shows in its fact; a source shows in every citation and confirmation of it.
  const cited = await Promise.all([
    citationIds.size === 0 ? [] : db.citation.findMany({ where: { id: { in: [...citationIds] } }, select: citationColumns }),
    confirmationIds.size === 0 ? [] : db.confirmation.findMany({ where: { id: { in: [...confirmationIds] } }, select: citationColumns }),
    sourceIds.size === 0 ? [] : db.citation.findMany({ where: { sourceId: { in: [...sourceIds] }, retiredAt: null }, select: citationColumns }),
    sourceIds.size === 0 ? [] : db.confirmation.findMany({ where: { sourceId: { in: [...sourceIds] } }, select: citationColumns }),
  ])
  for (const row of cited.flat()) {
    const { factKind, factId } = citedFact(row as Record<string, unknown>)
    facts.get(factKind)!.add(factId)
  }

  const unservable: Unservable[] = []
  const changed: SnapshotChanges = {}
  const reloadSources = [...sourceIds].map(async (id) => {
    const [record] = servable('sources', storedSource, await loadSources(db, id), unservable)
    return [id, record ?? null] as const
  })
  const reloadFacts = [...facts].filter(([, ids]) => ids.size > 0).map(async ([kind, ids]) => {
    const schema = factKinds[kind].schemas.stored
    let byId: Map<string, FactsByKind[FactKind][number] | null>
    if (ids.size > PER_RECORD_LIMIT) {
      // Every fact of the kind is read, so every one is replaced (and any gone is left out).
      const all = servable(factKinds[kind].path, schema, await loadFacts(db, kind), unservable)
      byId = new Map<string, FactsByKind[FactKind][number] | null>((snapshot[kind] as { id: string }[]).map((f) => [f.id, null]))
      for (const fact of all) byId.set(fact.id, fact)
    } else {
      const one = async (id: string) => [id, servable(factKinds[kind].path, schema, await loadFacts(db, kind, id), unservable)[0] ?? null] as const
      const loaded = await Promise.all([...ids].map(one))
      byId = new Map(loaded)
    }
    ;(changed as Record<string, unknown>)[kind] = byId
  })
  const [sources] = await Promise.all([Promise.all(reloadSources), Promise.all(reloadFacts)])
  if (sources.length > 0) changed.sources = new Map(sources)
  const latest = changes.reduce((max, change) => (change.id > max ? change.id : max), snapshot.changeId)
  return { snapshot: withChanges(snapshot, changed, latest), unservable }
}
