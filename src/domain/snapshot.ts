import { createHash } from 'node:crypto'
import type { FactKind, FactOf } from '../schemas/fact-kinds.js'
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
}

export type FactRecord = Snapshot[FactKind][number]

/** A snapshot of the content, versioned by a hash of it. */
export function snapshotOf(content: SnapshotContent): Snapshot {
  const version = createHash('sha256').update(JSON.stringify(content)).digest('base64url').slice(0, 16)
  return { version, builtAt: new Date(), ...content }
}
