import { z } from 'zod'
import type { Db } from '../../db/client.js'
import { refuse } from '../../domain/write-results.js'
import { type CitationBody, citationBody, type StoredCitationRecord, storedCitationRecord } from '../../schemas/citations.js'
import { factKinds } from '../../schemas/fact-kinds.js'
import { citationColumns, citationOf, citedFact, citedSource, loadFacts } from '../facts.js'
import { bumpFact, checkEvidence, defineWriter, refused, type StoredRecord } from '../write-core.js'

export type StoredCitation = StoredCitationRecord & { version: number }

/** One citation with the fact it backs, retired or not. */
export async function readCitation(db: Db, id: string): Promise<StoredCitation | undefined> {
  if (!z.uuid().safeParse(id).success) return undefined
  const row = await db.citation.findUnique({ where: { id }, include: { source: citedSource } })
  if (!row) return undefined
  return {
    ...citationOf(row),
    ...citedFact(row),
    retiredAt: row.retiredAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  }
}

/** Citations as resources of their own: added to a fact, corrected, retired (never a fact's last), each a change to the fact too. */
export const citationWriter = defineWriter<StoredRecord>({
  resource: 'citations',
  etagKey: 'citations',
  table: 'citations',
  canName: (id) => z.uuid().safeParse(id).success,
  idCast: '::uuid',
  input: citationBody,
  output: storedCitationRecord,
  read: readCitation as (db: Db, id: string) => Promise<StoredRecord | undefined>,
  async insert(tx, input) {
    const { factKind, factId, ...citation } = input as CitationBody
    if ((await loadFacts(tx, factKind, factId)).length === 0) {
      refused(refuse.unprocessable(`No ${factKinds[factKind].path} record has the id "${factId}".`, 'factId'))
    }
    await checkEvidence(tx, [citation])
    const column = factKinds[factKind].citationColumn
    const position = await tx.citation.count({ where: { [column]: factId } })
    const created = await tx.citation.create({ data: { ...citationColumns(citation), position, [column]: factId } })
    await bumpFact(tx, factKind, factId)
    return created.id
  },
  async replace(tx, id, merged, before) {
    const { factKind, factId, ...citation } = merged as CitationBody
    if (factKind !== before.factKind || factId !== before.factId) {
      refused(refuse.unprocessable('A citation cannot move to another fact; retire it and cite the other fact instead.', 'factId'))
    }
    await checkEvidence(tx, [citation])
    await tx.citation.update({ where: { id }, data: { ...citationColumns(citation), version: { increment: 1 }, updatedAt: new Date() } })
    await bumpFact(tx, factKind, factId)
  },
  async retire(tx, id, before) {
    const cited = before as unknown as StoredCitation
    if (cited.retiredAt !== null) refused(refuse.conflict('The record is already retired.', 'id', 'already-retired'))
    // Every fact keeps at least one citation.
    const active = await tx.citation.count({ where: { [factKinds[cited.factKind].citationColumn]: cited.factId, retiredAt: null } })
    if (active <= 1) refused(refuse.conflict('Every fact keeps at least one citation: add another before retiring this one.', 'id', 'last-citation'))
    await tx.citation.update({ where: { id }, data: { retiredAt: new Date(), version: { increment: 1 }, updatedAt: new Date() } })
    await bumpFact(tx, cited.factKind, cited.factId)
  },
})
