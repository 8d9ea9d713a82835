import { createHash } from 'node:crypto'
import { type FactKind, factKindIds, type FactOf } from '../schemas/fact-kinds.js'
import { endsOf } from './as-of.js'
import type { Condition, Municipality, Region } from '../schemas/regions.js'
import type { Source } from '../schemas/sources.js'

/** A record and the version its ETag is made of. */
export type Versioned<T> = T & { version: number }

/** Every fact of every kind, by kind. */
export type FactsByKind = { [K in FactKind]: Versioned<FactOf<K>>[] }

export interface SnapshotContent extends FactsByKind {
  regions: Region[]
  municipalities: Municipality[]
  conditions: Condition[]
  sources: Versioned<Source>[]
}

/**
 * The whole dataset, shaped as the API shows it. It is small (thousands of
 * rows), so every read is a pure function over one immutable snapshot.
 */
export interface Snapshot extends SnapshotContent {
  /** Changes whenever any content changes; the base of every cache key. */
  version: string
  builtAt: Date
  /** When each fact stops holding, by kind: its validTo, or the day before a fact superseding it starts. */
  ends: Record<FactKind, Map<string, string | null>>
}

export type FactRecord = Snapshot[FactKind][number]

/** A snapshot of the content, versioned by a hash of it. */
export function snapshotOf(content: SnapshotContent): Snapshot {
  const version = createHash('sha256').update(JSON.stringify(content)).digest('base64url').slice(0, 16)
  const ends = Object.fromEntries(factKindIds.map((kind) => [kind, endsOf(content[kind] as FactsByKind[FactKind][number][])])) as Snapshot['ends']
  return { version, builtAt: new Date(), ends, ...content }
}

/** Whether a fact holds on a day: its period covers the day and no later fact has superseded it by then. */
export function holdsOn(snapshot: Snapshot, kind: FactKind, fact: { id: string; validFrom: string }, day: string): boolean {
  const end = snapshot.ends[kind].get(fact.id) ?? null
  return fact.validFrom <= day && (end === null || end >= day)
}
