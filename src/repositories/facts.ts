import type { Db } from '../db/client.js'
import type { Citation } from '../schemas/common.js'
import { type FactInputOf, type FactKind, type FactOf, factKinds } from '../schemas/fact-kinds.js'
import type { Versioned } from '../domain/snapshot.js'
import { factTables } from './fact-tables.js'

/** Active citations of one kind of fact (or one fact), grouped by fact id, in their order. */
async function loadCitations(db: Db, kind: FactKind, id?: string): Promise<Map<string, Citation[]>> {
  const column = factKinds[kind].citationColumn
  const rows = await db.citation.findMany({
    where: { retiredAt: null, [column]: id ?? { not: null } },
    orderBy: [{ position: 'asc' }, { id: 'asc' }],
    include: { source: { select: { title: true } } },
  })
  const byFact = new Map<string, Citation[]>()
  for (const row of rows) {
    const factId = (row as unknown as Record<string, string>)[column]!
    const list = byFact.get(factId) ?? []
    list.push({ id: row.id, sourceId: row.sourceId, sourceTitle: row.source.title, locator: row.locator, quote: row.quote, supports: row.supports })
    byFact.set(factId, list)
  }
  return byFact
}

/** Facts of one kind (or the one with `id`) with their citations, in id order. */
export async function loadFacts<K extends FactKind>(db: Db, kind: K, id?: string): Promise<Versioned<FactOf<K>>[]> {
  const [rows, citations] = await Promise.all([factTables[kind].find(db, id), loadCitations(db, kind, id)])
  return rows.map((row) => ({ ...row, citations: citations.get(row.id) ?? [] }) as Versioned<FactOf<K>>)
}

/**
 * Creates or replaces one fact, as the curated loader and editors' writes
 * both do. With `replaceCitations` (the default), the fact's current citations
 * are retired (never deleted) and the input's take their place;
 * `defaultSourceId` fills in citations that do not name their source.
 */
export async function saveFact<K extends FactKind>(
  db: Db,
  kind: K,
  id: string,
  input: FactInputOf<K>,
  options: { defaultSourceId?: string; replaceCitations?: boolean } = {},
): Promise<void> {
  const { citations, ...fields } = input as FactInputOf<K> & { citations: FactInputOf<'fees'>['citations'] }
  await factTables[kind].save(db, id, fields as Omit<FactInputOf<K>, 'citations'>)
  if (options.replaceCitations === false) return
  const column = factKinds[kind].citationColumn
  await db.citation.updateMany({ where: { [column]: id, retiredAt: null }, data: { retiredAt: new Date() } })
  await db.citation.createMany({
    data: citations.map((citation, position) => ({
      sourceId: citation.sourceId ?? options.defaultSourceId ?? '',
      locator: citation.locator,
      quote: citation.quote,
      supports: citation.supports,
      position,
      [column]: id,
    })),
  })
}

/** The kind a citation backs, and the fact's id. */
export function citedFact(row: Record<string, unknown>): { factKind: FactKind; factId: string } {
  const factKind = (Object.keys(factKinds) as FactKind[]).find((kind) => row[factKinds[kind].citationColumn] != null)!
  return { factKind, factId: row[factKinds[factKind].citationColumn] as string }
}
