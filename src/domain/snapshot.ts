import { createHash } from 'node:crypto'
import { type FactKind, factKindIds, type FactOf } from '../schemas/fact-kinds.js'
import { endsOf } from './as-of.js'
import type { Condition, Municipality, Region } from '../schemas/regions.js'
import type { StoredSource } from '../schemas/sources.js'

/** A record and the version its ETag is made of. */
export type Versioned<T> = T & { version: number }

/** Every fact of every kind, by kind. */
export type FactsByKind = { [K in FactKind]: Versioned<FactOf<K>>[] }

export interface SnapshotContent extends FactsByKind {
  regions: Region[]
  municipalities: Municipality[]
  conditions: Condition[]
  sources: Versioned<StoredSource>[]
}

/**
 * The whole dataset, shaped as the API shows it. Every read is a pure function
 * over one immutable snapshot; a write makes a new one, sharing what it did
 * not change.
 */
export interface Snapshot extends SnapshotContent {
  /** Changes whenever any content changes, and is the same for the same content everywhere; the base of every cache key. */
  version: string
  /** When this snapshot started serving: built whole, or updated by a change. */
  builtAt: Date
  /** When each fact stops holding, by kind: its validTo, or the day before a fact superseding it starts. */
  ends: Record<FactKind, Map<string, string | null>>
  /** The newest change-log entry it reflects (0 when none). */
  changeId: bigint
  /** The XOR of every record's digest: a content hash that one changed record updates in constant time. */
  digest: bigint
  /**
   * Like `version`, but blind to the bookkeeping fields (notes, version,
   * createdAt, updatedAt): answers that never show them, such as the
   * comparisons, stay valid across an edit of a note.
   */
  substanceVersion: string
  substanceDigest: bigint
}

export type FactRecord = Snapshot[FactKind][number]

type Collection = keyof SnapshotContent
const collections: Collection[] = ['regions', 'municipalities', 'conditions', 'sources', ...factKindIds]

/** What a record says apart from its bookkeeping: who wrote what when, and notes for editors. */
export const bookkeepingFields = ['notes', 'version', 'createdAt', 'updatedAt'] as const

const hash128 = (collection: Collection, text: string) => {
  const hash = createHash('sha256').update(collection).update('\n').update(text).digest()
  return (hash.readBigUInt64BE(0) << 64n) | hash.readBigUInt64BE(8)
}

/** One record's 128-bit digests, of all of it and of its substance; records of different collections never collide. */
function digestsOf(collection: Collection, record: object): { all: bigint; substance: bigint } {
  const substance: Record<string, unknown> = { ...record }
  let bookkept = false
  for (const field of bookkeepingFields) {
    if (!(field in substance)) continue
    delete substance[field]
    bookkept = true
  }
  const all = hash128(collection, JSON.stringify(record))
  return { all, substance: bookkept ? hash128(collection, JSON.stringify(substance)) : all }
}

const versionOf = (digest: bigint) => Buffer.from(digest.toString(16).padStart(32, '0'), 'hex').toString('base64url')

/** Ids in one order everywhere (code units, as PostgreSQL's C collation), whatever the database's collation. */
export const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

const endsOfKind = (content: SnapshotContent, kind: FactKind) => endsOf(content[kind] as FactsByKind[FactKind][number][])

/** A snapshot of the content, versioned by a hash of it; records with ids are put in id order. */
export function snapshotOf(content: SnapshotContent, changeId = 0n): Snapshot {
  const sorted = { ...content }
  for (const kind of ['sources', ...factKindIds] as const) {
    const records = content[kind] as { id: string }[]
    if (records.some((record, i) => i > 0 && byId(records[i - 1]!, record) > 0)) (sorted[kind] as { id: string }[]) = [...records].sort(byId)
  }
  let digest = 0n
  let substanceDigest = 0n
  for (const collection of collections) {
    for (const record of sorted[collection]) {
      const digests = digestsOf(collection, record)
      digest ^= digests.all
      substanceDigest ^= digests.substance
    }
  }
  const ends = Object.fromEntries(factKindIds.map((kind) => [kind, endsOfKind(sorted, kind)])) as Snapshot['ends']
  return { ...sorted, version: versionOf(digest), builtAt: new Date(), ends, changeId, digest, substanceVersion: versionOf(substanceDigest), substanceDigest }
}

type Dated = { id: string; validFrom?: string; validTo?: string | null; supersedes?: string | null }

/** What changed: each record's new state by id, or null when it is no longer served. */
export type SnapshotChanges = { [C in 'sources' | FactKind]?: Map<string, SnapshotContent[C][number] | null> }

/** Where a record with this id is, or would go, in records kept in id order. */
function positionOf(records: readonly { id: string }[], id: string): { index: number; found: boolean } {
  let low = 0
  let high = records.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (records[middle]!.id < id) low = middle + 1
    else high = middle
  }
  return { index: low, found: low < records.length && records[low]!.id === id }
}

/**
 * The snapshot with some records replaced, added or left out, and the change
 * log read up to `changeId`: the same snapshot a full rebuild would make from
 * the same content, at the cost of the records that changed.
 */
export function withChanges(snapshot: Snapshot, changes: SnapshotChanges, changeId: bigint): Snapshot {
  const next: SnapshotContent = { ...snapshot }
  let digest = snapshot.digest
  let substanceDigest = snapshot.substanceDigest
  const ends = { ...snapshot.ends }
  const toggle = (collection: Collection, record: object) => {
    const digests = digestsOf(collection, record)
    digest ^= digests.all
    substanceDigest ^= digests.substance
  }
  for (const collection of ['sources', ...factKindIds] as const) {
    const changed = changes[collection]
    if (!changed || changed.size === 0) continue
    const records = [...(snapshot[collection] as Dated[])]
    // When facts end depends on their periods and what supersedes what: unless those changed, the ends stay.
    let periodsChanged = false
    for (const [id, record] of changed as Map<string, Dated | null>) {
      const { index, found } = positionOf(records, id)
      const old = found ? records[index]! : undefined
      if (!old || !record || old.validFrom !== record.validFrom || old.validTo !== record.validTo || old.supersedes !== record.supersedes) periodsChanged = true
      if (old) {
        toggle(collection, old)
        if (record) records[index] = record
        else records.splice(index, 1)
      } else if (record) {
        records.splice(index, 0, record)
      }
      if (record) toggle(collection, record)
    }
    ;(next[collection] as Dated[]) = records
    if (collection !== 'sources' && periodsChanged) ends[collection] = endsOfKind(next, collection)
  }
  const latest = changeId > snapshot.changeId ? changeId : snapshot.changeId
  const versions = { version: versionOf(digest), digest, substanceVersion: versionOf(substanceDigest), substanceDigest }
  return { ...next, ...versions, builtAt: new Date(), ends, changeId: latest }
}

/** Whether a fact holds on a day: its period covers the day and no later fact has superseded it by then. */
export function holdsOn(snapshot: Snapshot, kind: FactKind, fact: { id: string; validFrom: string }, day: string): boolean {
  const end = snapshot.ends[kind].get(fact.id) ?? null
  return fact.validFrom <= day && (end === null || end >= day)
}
