import type { Db } from '../db/client.js'
import { nextLink } from '../domain/paginate.js'

/** One change-log entry as the feed, the stream and webhooks show it. */
export interface ChangeItem {
  id: string
  resource: string
  recordId: string
  action: 'create' | 'update' | 'retire'
  actor: string
  at: string
  before: unknown
  after: unknown
}

type ChangeRow = {
  id: bigint
  resource: string
  recordId: string
  action: ChangeItem['action']
  actorDisplay: string
  at: Date
  before: unknown
  after: unknown
}

/** A change-log row as the API shows it: the display name, never the key's name. */
export const changeItemOf = (row: ChangeRow): ChangeItem => ({
  id: row.id.toString(),
  resource: row.resource,
  recordId: row.recordId,
  action: row.action,
  actor: row.actorDisplay,
  at: row.at.toISOString(),
  before: row.before,
  after: row.after,
})

/** Committed entries after `after` (and not after `upTo`), oldest first, at most `limit`. */
export async function changesAfter(db: Db, after: bigint, limit: number, upTo?: bigint): Promise<{ id: bigint; item: ChangeItem }[]> {
  const rows = await db.change.findMany({
    where: { id: upTo === undefined ? { gt: after } : { gt: after, lte: upTo } },
    orderBy: { id: 'asc' },
    take: limit,
  })
  return rows.map((row) => ({ id: row.id, item: changeItemOf(row) }))
}

/** The newest entry's id (0 for an empty log). */
export async function latestChange(db: Db): Promise<bigint> {
  const newest = await db.change.findFirst({ orderBy: { id: 'desc' }, select: { id: true } })
  return newest?.id ?? 0n
}

/**
 * A page of the change log after `since`, oldest first, in the envelope of
 * every list: the cursor to continue from, the next page and the one before.
 */
export async function listChanges(
  db: Db,
  query: { since?: string; limit: number; resource?: string; recordId?: string; confirmedKind?: string },
  url: string,
) {
  const since = BigInt(query.since ?? '0')
  // A fact's history has its own versions and the confirmations of it.
  const record = query.resource ? [{ resource: query.resource, recordId: query.recordId }] : []
  const confirmations = query.confirmedKind
    ? [{
        resource: 'confirmations',
        AND: [{ after: { path: ['factKind'], equals: query.confirmedKind } }, { after: { path: ['factId'], equals: query.recordId } }],
      }]
    : []
  const scope = query.resource ? { OR: [...record, ...confirmations] } : {}
  const [rows, total, before] = await Promise.all([
    db.change.findMany({ where: { id: { gt: since }, ...scope }, orderBy: { id: 'asc' }, take: query.limit + 1 }),
    db.change.count({ where: { id: { gt: since }, ...scope } }),
    // The page before starts after the entry `limit` places before `since` (or at the start).
    since > 0n
      ? db.change.findMany({ where: { id: { lte: since }, ...scope }, orderBy: { id: 'desc' }, skip: query.limit, take: 1, select: { id: true } })
      : [],
  ])
  const items = rows.slice(0, query.limit).map(changeItemOf)
  const cursor = items.at(-1)?.id ?? since.toString()
  const link = (after: string) => nextLink(url, { since: after, limit: String(query.limit) })
  const next = rows.length > query.limit ? link(cursor) : null
  const prev = since > 0n ? link(before[0]?.id.toString() ?? '0') : null
  return { items, page: { total, limit: query.limit, offset: null, cursor, next, prev } }
}
