import type { Db } from '../db/client.js'
import { nextLink } from '../domain/paginate.js'

/** A page of the change log after `since`, oldest first, with the cursor to continue from. */
export async function listChanges(db: Db, query: { since?: string; limit: number; resource?: string; recordId?: string }, url: string) {
  const since = BigInt(query.since ?? '0')
  const rows = await db.change.findMany({
    where: { id: { gt: since }, ...(query.resource ? { resource: query.resource, recordId: query.recordId } : {}) },
    orderBy: { id: 'asc' },
    take: query.limit + 1,
  })
  const items = rows.slice(0, query.limit).map((row) => ({
    id: row.id.toString(),
    resource: row.resource,
    recordId: row.recordId,
    action: row.action,
    actor: row.actorDisplay,
    at: row.at.toISOString(),
    before: row.before,
    after: row.after,
  }))
  const cursor = items.at(-1)?.id ?? since.toString()
  return { items, next: rows.length > query.limit ? nextLink(url, { since: cursor }) : null, cursor }
}
