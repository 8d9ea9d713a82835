import type { Db } from '../db/client.js'
import { Prisma } from '../generated/prisma/client.js'
import type { Versioned } from '../domain/snapshot.js'
import { type FactInputOf, type FactKind, type FactOf, factKinds } from '../schemas/fact-kinds.js'
/** A fact as its own table holds it: everything but its citations, confirmations and what follows from them. */
export type StoredFact<K extends FactKind> = Versioned<Omit<FactOf<K>, 'citations' | 'confirmations' | 'evidenceDate'>>

/** How one kind of fact is read from and written to its Prisma model. */
interface FactTable<K extends FactKind> {
  /** Every fact of the kind (or the one with `id`), in id order. */
  find(db: Db, id?: string): Promise<StoredFact<K>[]>
  /** Creates the fact, or replaces its fields (and condition links) and moves its version on. */
  save(db: Db, id: string, input: Omit<FactInputOf<K>, 'citations'>): Promise<void>
}

type DateKey<T, D extends keyof T> = null extends T[D] ? Date | null : Date
/** A JSON column's value: null is written as the database's NULL. */
type JsonKey<T, K extends keyof T> = null extends T[K] ? Exclude<T[K], null> | typeof Prisma.DbNull : T[K]
/** A fact's fields as columns: its date fields as dates, texts as JSON, its condition list as link rows. */
type Columns<T, D extends keyof T> = {
  [K in Exclude<keyof T, 'conditionIds'>]: K extends D ? DateKey<T, K> : T[K] extends object | null ? JsonKey<T, K> : T[K]
}
/**
 * Database values as the snapshot holds them: dates as YYYY-MM-DD or ISO
 * timestamps. JSON columns (texts in both languages) take the type of the
 * fact's field: the snapshot checks every record against its stored schema.
 */
type Shown<R> = {
  [K in keyof R]: [Prisma.JsonValue] extends [R[K]] ? never : R[K] extends Date ? string : R[K] extends Date | null ? string | null : R[K]
}

const day = (value: Date) => value.toISOString().slice(0, 10)
const toDate = (value: string) => new Date(`${value}T00:00:00Z`)

function columns<T extends object, D extends keyof T & string>(input: T, dateFields: readonly D[], texts: readonly string[]): Columns<T, D> {
  const { conditionIds: _, ...rest } = input as T & { conditionIds?: unknown }
  const row: Record<string, unknown> = { ...rest }
  for (const field of dateFields) row[field] = typeof row[field] === 'string' ? toDate(row[field]) : null
  for (const field of texts) if (row[field] === null) row[field] = Prisma.DbNull
  return row as Columns<T, D>
}

function shown<R extends object>(row: R, dateFields: readonly string[]): Shown<R> {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(row)) {
    out[key] = value instanceof Date ? (dateFields.includes(key) ? day(value) : value.toISOString()) : value
  }
  return out as Shown<R>
}

/** Condition links as the API shows them: a sorted list of ids. */
function withConditionIds<R extends { conditions: { conditionId: string }[] }>(row: R) {
  const { conditions, ...rest } = row
  return { ...rest, conditionIds: conditions.map((c) => c.conditionId).sort() }
}

/** Link rows replacing a fact's conditions, in a nested write. */
const conditionLinks = (ids: string[]) => ({ create: ids.map((conditionId) => ({ conditionId })) })

/** Compile-time guard: every field a schema writes is a column of the model (a spread would let extras through). */
const only =
  <Create>() =>
  <Row extends { [K in keyof Row]: K extends keyof Create ? unknown : never }>(row: Row) =>
      row

const byId = (id?: string) => (id === undefined ? {} : { id })
const orderBy = { id: 'asc' } as const
const conditions = { conditions: { orderBy: { conditionId: 'asc' } } } as const
const now = () => new Date()

export const factTables: { [K in FactKind]: FactTable<K> } = {
  providers: {
    find: async (db, id) => {
      const rows = await db.provider.findMany({ where: byId(id), orderBy, include: conditions })
      return rows.map((row) => shown(withConditionIds(row), factKinds.providers.dateFields))
    },
    save: async (db, id, input) => {
      const row = only<Prisma.ProviderUncheckedCreateInput>()(columns(input, factKinds.providers.dateFields, factKinds.providers.schemas.texts))
      const links = conditionLinks(input.conditionIds)
      await db.provider.upsert({
        where: { id },
        create: { id, ...row, conditions: links },
        update: { ...row, conditions: { deleteMany: {}, ...links }, version: { increment: 1 }, updatedAt: now() },
      })
    },
  },
  fees: {
    find: async (db, id) => (await db.fee.findMany({ where: byId(id), orderBy })).map((row) => shown(row, factKinds.fees.dateFields)),
    save: async (db, id, input) => {
      const row = only<Prisma.FeeUncheckedCreateInput>()(columns(input, factKinds.fees.dateFields, factKinds.fees.schemas.texts))
      await db.fee.upsert({ where: { id }, create: { id, ...row }, update: { ...row, version: { increment: 1 }, updatedAt: now() } })
    },
  },
  referralRules: {
    find: async (db, id) => (await db.referralRule.findMany({ where: byId(id), orderBy })).map((row) => shown(row, factKinds.referralRules.dateFields)),
    save: async (db, id, input) => {
      const row = only<Prisma.ReferralRuleUncheckedCreateInput>()(columns(input, factKinds.referralRules.dateFields, factKinds.referralRules.schemas.texts))
      await db.referralRule.upsert({ where: { id }, create: { id, ...row }, update: { ...row, version: { increment: 1 }, updatedAt: now() } })
    },
  },
  homeCarePolicies: {
    find: async (db, id) => (await db.homeCarePolicy.findMany({ where: byId(id), orderBy })).map((row) => shown(row, factKinds.homeCarePolicies.dateFields)),
    save: async (db, id, input) => {
      const row = only<Prisma.HomeCarePolicyUncheckedCreateInput>()(
        columns(input, factKinds.homeCarePolicies.dateFields, factKinds.homeCarePolicies.schemas.texts),
      )
      await db.homeCarePolicy.upsert({ where: { id }, create: { id, ...row }, update: { ...row, version: { increment: 1 }, updatedAt: now() } })
    },
  },
  decisions: {
    find: async (db, id) => {
      const rows = await db.decision.findMany({ where: byId(id), orderBy, include: conditions })
      return rows.map((row) => shown(withConditionIds(row), factKinds.decisions.dateFields))
    },
    save: async (db, id, input) => {
      const row = only<Prisma.DecisionUncheckedCreateInput>()(columns(input, factKinds.decisions.dateFields, factKinds.decisions.schemas.texts))
      const links = conditionLinks(input.conditionIds)
      await db.decision.upsert({
        where: { id },
        create: { id, ...row, conditions: links },
        update: { ...row, conditions: { deleteMany: {}, ...links }, version: { increment: 1 }, updatedAt: now() },
      })
    },
  },
  specialistCare: {
    find: async (db, id) => {
      const rows = await db.specialistCareStatement.findMany({ where: byId(id), orderBy })
      return rows.map((row) => shown(row, factKinds.specialistCare.dateFields))
    },
    save: async (db, id, input) => {
      const row = only<Prisma.SpecialistCareStatementUncheckedCreateInput>()(
        columns(input, factKinds.specialistCare.dateFields, factKinds.specialistCare.schemas.texts),
      )
      await db.specialistCareStatement.upsert({ where: { id }, create: { id, ...row }, update: { ...row, version: { increment: 1 }, updatedAt: now() } })
    },
  },
}
