import type { Db, TransactionClient } from '../db/client.js'
import type { StoredConfirmation } from '../schemas/common.js'
import type { ConfirmationInput } from '../schemas/confirmations.js'
import { type FactKind, factKinds } from '../schemas/fact-kinds.js'
import { confirmationOf, citedFact, citedSource } from './facts.js'
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
export async function recordConfirmation(tx: TransactionClient, input: ConfirmationInput, actor: Actor): Promise<{ created: boolean; record: ConfirmationRecord }> {
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
