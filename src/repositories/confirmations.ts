import type { Db, PrismaClient, TransactionClient } from '../db/client.js'
import { today } from '../domain/as-of.js'
import { type Refusal, refuse, type WriteResult } from '../domain/write-results.js'
import type { StoredConfirmation } from '../schemas/common.js'
import { confirmationInput, type ConfirmationInput } from '../schemas/confirmations.js'
import { type FactKind, factKinds } from '../schemas/fact-kinds.js'
import { sourceDate } from '../schemas/sources.js'
import { confirmationOf, citedFact, citedSource, loadFacts } from './facts.js'
import { loadSources } from './sources.js'
import { type Actor, bumpFact, logChange } from './writes.js'

const factColumns = Object.fromEntries(Object.values(factKinds).map((spec) => [spec.citationColumn, true])) as Record<string, true>

/** A confirmation with the fact it confirms. */
export type ConfirmationRecord = StoredConfirmation & { factKind: FactKind; factId: string }

export async function readConfirmation(db: Db, id: string): Promise<ConfirmationRecord | undefined> {
  const row = await db.confirmation.findUnique({ where: { id }, include: { source: citedSource } })
  return row ? { ...confirmationOf(row), ...citedFact(row as unknown as Record<string, unknown>) } : undefined
}

/** The confirmation of this fact by this source on this day, if one is recorded. */
async function findConfirmation(db: Db, input: ConfirmationInput): Promise<ConfirmationRecord | undefined> {
  const column = factKinds[input.factKind].citationColumn
  const row = await db.confirmation.findFirst({
    where: { [column]: input.factId, sourceId: input.sourceId, checkedOn: new Date(`${input.checkedOn}T00:00:00Z`) },
    select: { id: true, ...factColumns },
  })
  return row ? readConfirmation(db, row.id) : undefined
}

/**
 * Records a confirmation, once: the same fact, source and day again returns
 * the one recorded (`created: false`) and changes nothing. A new one moves
 * the fact's version on and is logged, in the caller's transaction.
 */
export async function recordConfirmation(
  tx: TransactionClient,
  input: ConfirmationInput,
  actor: Actor,
): Promise<{ created: boolean; record: ConfirmationRecord }> {
  const column = factKinds[input.factKind].citationColumn
  const inserted = await tx.$queryRawUnsafe<{ id: string }[]>(
    `INSERT INTO confirmations (id, source_id, checked_on, locator, note, actor, actor_display, "${column.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}")
     VALUES (gen_random_uuid(), $1, $2::date, $3, $4::jsonb, $5, $6, $7) ON CONFLICT DO NOTHING RETURNING id::text`,
    input.sourceId,
    input.checkedOn,
    input.locator,
    JSON.stringify(input.note),
    actor.name,
    actor.displayName,
    input.factId,
  )
  if (inserted.length === 0) return { created: false, record: (await findConfirmation(tx, input))! }
  const record = (await readConfirmation(tx, inserted[0]!.id))!
  await bumpFact(tx, input.factKind, input.factId)
  await logChange(tx, 'confirmations', record.id, 'create', actor, undefined, record)
  return { created: true, record }
}

/** Confirmations of facts, newest first: of one fact, or of one source, or all. */
export async function listConfirmations(db: Db, query: { factKind?: FactKind; factId?: string; sourceId?: string }): Promise<ConfirmationRecord[]> {
  const fact = query.factKind && query.factId ? { [factKinds[query.factKind].citationColumn]: query.factId } : {}
  const rows = await db.confirmation.findMany({
    where: { ...fact, ...(query.sourceId ? { sourceId: query.sourceId } : {}) },
    orderBy: [{ checkedOn: 'desc' }, { createdAt: 'desc' }, { id: 'asc' }],
    include: { source: citedSource },
  })
  return rows.map((row) => ({ ...confirmationOf(row), ...citedFact(row as unknown as Record<string, unknown>) }))
}

/**
 * What an editor's confirmation must be: the fact and the source exist, the
 * check is no older than the source (a source is evidence as of its own date)
 * and not in the future, and falls within the fact's own period (`end`: when
 * the fact stops holding, its validTo or the day before a fact superseding it).
 */
async function problemWith(db: Db, input: ConfirmationInput, end: (kind: FactKind, id: string) => string | null): Promise<Refusal | undefined> {
  const [fact] = await loadFacts(db, input.factKind, input.factId)
  if (!fact) return refuse.unprocessable(`No ${factKinds[input.factKind].noun} has the id "${input.factId}".`, 'factId')
  const [source] = await loadSources(db, input.sourceId)
  if (!source) return refuse.unprocessable(`No source has the id "${input.sourceId}": create it first (POST /v1/sources).`, 'sourceId')
  const own = sourceDate(source).date
  if (input.checkedOn < own) {
    return refuse.unprocessable(`checkedOn ${input.checkedOn} is before the source's own date (${own}): a source is evidence as of its date.`, 'checkedOn')
  }
  if (input.checkedOn > today()) return refuse.unprocessable(`checkedOn ${input.checkedOn} is in the future.`, 'checkedOn')
  if (input.checkedOn < fact.validFrom) return refuse.unprocessable(`checkedOn ${input.checkedOn} is before the fact holds (${fact.validFrom}).`, 'checkedOn')
  const ends = end(input.factKind, input.factId)
  if (ends !== null && input.checkedOn > ends) {
    return refuse.unprocessable(
      `The fact stopped holding on ${ends}: a later check cannot confirm it. Record what the source says now as a new fact.`,
      'checkedOn',
    )
  }
  return undefined
}

/**
 * An editor's confirmation: checked, then recorded in one transaction with its
 * change-log entry. The same fact, source and day again answers the one
 * recorded, unchanged.
 */
export async function confirmFact(
  prisma: PrismaClient,
  body: unknown,
  actor: Actor,
  end: (kind: FactKind, id: string) => string | null,
): Promise<WriteResult<ConfirmationRecord>> {
  const parsed = confirmationInput.safeParse(body)
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({ path: ['body', ...issue.path].join('.'), message: issue.message }))
    const first = parsed.error.issues[0]
    const field = first?.code === 'unrecognized_keys' ? first.keys[0]! : first?.path.length ? String(first.path[0]) : 'body'
    return refuse.invalid(`The body is invalid: ${issues.map((e) => `${e.path}: ${e.message}`).join('; ')}`, field, issues)
  }
  return prisma.$transaction(async (tx) => {
    const problem = await problemWith(tx, parsed.data, end)
    if (problem) return problem
    const { created, record } = await recordConfirmation(tx, parsed.data, actor)
    return { outcome: created ? 'created' : 'unchanged', record, etag: `"${record.id}"` } as const
  })
}
