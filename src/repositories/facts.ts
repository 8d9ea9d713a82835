import type { Db } from '../db/client.js'
import type { Versioned } from '../domain/snapshot.js'
import type { Citation, CitationInput } from '../schemas/common.js'
import { type FactInputOf, type FactKind, type FactOf, factKinds } from '../schemas/fact-kinds.js'
import { secondaryPublishers, sourceDate } from '../schemas/sources.js'
import { factTables } from './fact-tables.js'

const day = (value: Date | null) => (value === null ? null : value.toISOString().slice(0, 10))

/** What a citation shows of its source: enough to cite it in a letter without another request. */
export const citedSource = {
  select: { title: true, issuer: true, url: true, publisherType: true, publishedOn: true, updatedOn: true, notBefore: true },
} as const

type CitationRow = {
  id: string
  kind: Citation['kind']
  sourceId: string
  locator: string | null
  quote: string | null
  reference: string | null
  supports: string | null
  source: { title: string; issuer: string; url: string | null; publisherType: string; publishedOn: Date | null; updatedOn: Date | null; notBefore: Date | null }
}

/** A citation row as the API shows it. */
export function citationOf(row: CitationRow): Citation {
  const { date, kind } = sourceDate({ publishedOn: day(row.source.publishedOn), updatedOn: day(row.source.updatedOn), notBefore: day(row.source.notBefore) })
  return {
    id: row.id,
    kind: row.kind,
    sourceId: row.sourceId,
    sourceTitle: row.source.title,
    sourceIssuer: row.source.issuer,
    sourceUrl: row.source.url,
    sourceDate: date,
    sourceDateKind: kind,
    secondary: (secondaryPublishers as readonly string[]).includes(row.source.publisherType),
    locator: row.locator,
    quote: row.quote,
    reference: row.reference,
    supports: row.supports,
  }
}

/** Active citations of one kind of fact (or one fact), grouped by fact id, in their order. */
async function loadCitations(db: Db, kind: FactKind, id?: string): Promise<Map<string, Citation[]>> {
  const column = factKinds[kind].citationColumn
  const rows = await db.citation.findMany({
    where: { retiredAt: null, [column]: id ?? { not: null } },
    orderBy: [{ position: 'asc' }, { id: 'asc' }],
    include: { source: citedSource },
  })
  const byFact = new Map<string, Citation[]>()
  for (const row of rows) {
    const factId = (row as unknown as Record<string, string>)[column]!
    byFact.set(factId, [...(byFact.get(factId) ?? []), citationOf(row)])
  }
  return byFact
}

/** The newest date of the sources behind a fact: how recent its evidence is. */
export const evidenceDateOf = (citations: Citation[]) => citations.reduce((newest, c) => (c.sourceDate > newest ? c.sourceDate : newest), '0000-01-01')

/** Facts of one kind (or the one with `id`) with their citations, in id order. */
export async function loadFacts<K extends FactKind>(db: Db, kind: K, id?: string): Promise<Versioned<FactOf<K>>[]> {
  const [rows, citations] = await Promise.all([factTables[kind].find(db, id), loadCitations(db, kind, id)])
  return rows.map((row) => {
    const cited = citations.get(row.id) ?? []
    return { ...row, citations: cited, evidenceDate: evidenceDateOf(cited) } as Versioned<FactOf<K>>
  })
}

/** A citation's columns, as the curated loader and editors' writes save it. */
export const citationColumns = (citation: CitationInput, defaultSourceId?: string) => ({
  kind: citation.kind,
  sourceId: citation.sourceId ?? defaultSourceId ?? '',
  locator: citation.locator,
  quote: citation.quote,
  reference: citation.reference,
  supports: citation.supports,
})

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
  const { citations, ...fields } = input as FactInputOf<K> & { citations: CitationInput[] }
  await factTables[kind].save(db, id, fields as Omit<FactInputOf<K>, 'citations'>)
  if (options.replaceCitations === false) return
  const column = factKinds[kind].citationColumn
  await db.citation.updateMany({ where: { [column]: id, retiredAt: null }, data: { retiredAt: new Date() } })
  await db.citation.createMany({
    data: citations.map((citation, position) => ({ ...citationColumns(citation, options.defaultSourceId), position, [column]: id })),
  })
}

/** The kind a citation backs, and the fact's id. */
export function citedFact(row: Record<string, unknown>): { factKind: FactKind; factId: string } {
  const factKind = (Object.keys(factKinds) as FactKind[]).find((kind) => row[factKinds[kind].citationColumn] != null)!
  return { factKind, factId: row[factKinds[factKind].citationColumn] as string }
}
