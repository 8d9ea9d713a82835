import type { Db } from '../db/client.js'
import type { Versioned } from '../domain/snapshot.js'
import { Prisma } from '../generated/prisma/client.js'
import type { SourceStrength } from '../generated/prisma/enums.js'
import type { CitationInput, StoredCitation, StoredConfirmation } from '../schemas/common.js'
import { type FactInputOf, type FactKind, type FactOf, factKinds } from '../schemas/fact-kinds.js'
import type { Localized } from '../schemas/localized.js'
import { sourceDate } from '../schemas/sources.js'
import { factTables } from './fact-tables.js'

const day = (value: Date | null) => (value === null ? null : value.toISOString().slice(0, 10))

/** What a citation shows of its source: enough to cite it in a letter without another request. */
export const citedSource = {
  select: { title: true, issuer: true, url: true, strength: true, publishedOn: true, updatedOn: true, notBefore: true },
} as const

type CitedSource = {
  title: string
  issuer: string
  url: string | null
  strength: SourceStrength
  publishedOn: Date | null
  updatedOn: Date | null
  notBefore: Date | null
}
type CitationRow = {
  id: string
  kind: StoredCitation['kind']
  sourceId: string
  locator: string | null
  quote: string | null
  reference: unknown
  supports: string | null
  source: CitedSource
}

/** A citation row as the snapshot holds it (its reference in both languages). */
export function citationOf(row: CitationRow): StoredCitation {
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
    sourceStrength: row.source.strength,
    secondary: row.source.strength !== 'primary',
    locator: row.locator,
    quote: row.quote,
    reference: row.reference as Localized | null,
    supports: row.supports,
  }
}

/** Active citations of one kind of fact (or one fact), grouped by fact id, in their order. */
async function loadCitations(db: Db, kind: FactKind, id?: string): Promise<Map<string, StoredCitation[]>> {
  const column = factKinds[kind].citationColumn
  const rows = await db.citation.findMany({
    where: { retiredAt: null, [column]: id ?? { not: null } },
    orderBy: [{ position: 'asc' }, { id: 'asc' }],
    include: { source: citedSource },
  })
  return groupByFact(rows, column, citationOf)
}

function groupByFact<R, T>(rows: R[], column: string, shown: (row: R) => T): Map<string, T[]> {
  const byFact = new Map<string, T[]>()
  for (const row of rows) {
    const factId = (row as unknown as Record<string, string>)[column]!
    const list = byFact.get(factId)
    if (list) list.push(shown(row))
    else byFact.set(factId, [shown(row)])
  }
  return byFact
}

type ConfirmationRow = {
  id: string
  sourceId: string
  checkedOn: Date
  locator: string | null
  note: unknown
  actorDisplay: string
  createdAt: Date
  source: CitedSource
}

/** A confirmation row as the snapshot holds it. */
export function confirmationOf(row: ConfirmationRow): StoredConfirmation {
  return {
    id: row.id,
    sourceId: row.sourceId,
    sourceTitle: row.source.title,
    sourceIssuer: row.source.issuer,
    sourceUrl: row.source.url,
    sourceStrength: row.source.strength,
    checkedOn: day(row.checkedOn)!,
    locator: row.locator,
    note: row.note as Localized,
    confirmedBy: row.actorDisplay,
    createdAt: row.createdAt.toISOString(),
  }
}

/** Confirmations of one kind of fact (or one fact), grouped by fact id, oldest check first. */
async function loadConfirmations(db: Db, kind: FactKind, id?: string): Promise<Map<string, StoredConfirmation[]>> {
  const column = factKinds[kind].citationColumn
  const rows = await db.confirmation.findMany({
    where: { [column]: id ?? { not: null } },
    orderBy: [{ checkedOn: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }],
    include: { source: citedSource },
  })
  return groupByFact(rows, column, confirmationOf)
}

/** The newest date of the sources behind a fact, and of its confirmations: how recent its evidence is. */
export function evidenceDateOf(citations: readonly StoredCitation[], confirmations: readonly StoredConfirmation[] = []) {
  let newest = '0000-01-01'
  for (const c of citations) if (c.sourceDate > newest) newest = c.sourceDate
  for (const c of confirmations) if (c.checkedOn > newest) newest = c.checkedOn
  return newest
}

/** Facts of one kind (or the one with `id`) with their citations and confirmations, in id order. */
export async function loadFacts<K extends FactKind>(db: Db, kind: K, id?: string): Promise<Versioned<FactOf<K>>[]> {
  const [rows, citations, confirmations] = await Promise.all([
    factTables[kind].find(db, id),
    loadCitations(db, kind, id),
    loadConfirmations(db, kind, id),
  ])
  return rows.map((row) => {
    const cited = citations.get(row.id) ?? []
    const confirmed = confirmations.get(row.id) ?? []
    return { ...row, citations: cited, confirmations: confirmed, evidenceDate: evidenceDateOf(cited, confirmed) } as Versioned<FactOf<K>>
  })
}

/** A citation's columns, as the curated loader and editors' writes save it. */
export const citationColumns = (citation: CitationInput, defaultSourceId?: string) => ({
  kind: citation.kind,
  sourceId: citation.sourceId ?? defaultSourceId ?? '',
  locator: citation.locator,
  quote: citation.quote,
  reference: citation.reference ?? Prisma.DbNull,
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
