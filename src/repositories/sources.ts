import type { Db } from '../db/client.js'
import type { Versioned } from '../domain/snapshot.js'
import { Prisma } from '../generated/prisma/client.js'
import type { Localized } from '../schemas/localized.js'
import { type SourceInput, sourceDate, type StoredSource } from '../schemas/sources.js'

const day = (value: Date | null) => (value === null ? null : value.toISOString().slice(0, 10))
const toDate = (value: string | null) => (value === null ? null : new Date(`${value}T00:00:00Z`))

export async function loadSources(db: Db, id?: string): Promise<Versioned<StoredSource>[]> {
  const rows = await db.source.findMany({ where: id === undefined ? {} : { id }, orderBy: { id: 'asc' } })
  return rows.map(({ publishedOn, updatedOn, notBefore, createdAt, updatedAt, retiredAt, dateNote, note, ...rest }) => {
    const dates = { publishedOn: day(publishedOn), updatedOn: day(updatedOn), notBefore: day(notBefore) }
    return {
      ...rest,
      ...dates,
      dateNote: dateNote as Localized | null,
      note: note as Localized | null,
      evidenceDate: sourceDate(dates).date,
      secondary: rest.strength !== 'primary',
      held: rest.fileName !== null,
      retiredAt: retiredAt?.toISOString() ?? null,
      createdAt: createdAt.toISOString(),
      updatedAt: updatedAt.toISOString(),
    }
  })
}

/** Creates a source, or replaces its fields and moves its version on. */
export async function saveSource(db: Db, id: string, input: SourceInput): Promise<void> {
  const row = {
    ...input,
    publishedOn: toDate(input.publishedOn),
    updatedOn: toDate(input.updatedOn),
    notBefore: toDate(input.notBefore),
    dateNote: input.dateNote ?? Prisma.DbNull,
    note: input.note ?? Prisma.DbNull,
    updatedAt: new Date(),
  }
  await db.source.upsert({ where: { id }, create: { id, ...row }, update: { ...row, version: { increment: 1 } } })
}
