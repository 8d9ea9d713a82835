import { createHash, randomUUID } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import pg from 'pg'

export const migrationsDir = path.resolve(import.meta.dirname, '../../prisma/migrations')

// The same lock id and bookkeeping table as `prisma migrate deploy`, so that
// a machine with Prisma's schema engine sees exactly the state we leave.
const PRISMA_MIGRATE_LOCK_ID = 72707369

const createMigrationsTable = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`

export interface Migration {
  name: string
  sql: string
  checksum: string
}

export async function readMigrations(dir = migrationsDir): Promise<Migration[]> {
  const entries = await readdir(dir, { withFileTypes: true })
  const names = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, 'migration.sql'), 'utf8')
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') }
    }),
  )
}

export class MigrationError extends Error {}

const INSUFFICIENT_PRIVILEGE = '42501'

/** A role without the right to change the schema: say so, and how to migrate instead. */
function refused(error: unknown, what: string): MigrationError | undefined {
  if ((error as { code?: string }).code !== INSUFFICIENT_PRIVILEGE) return undefined
  return new MigrationError(
    `The database role may not ${what} (${(error as Error).message}); ` +
      'apply the migrations as the schema owner (DATABASE_URL=<owner URL> npm run db:migrate), then start with this role.',
    { cause: error },
  )
}

/**
 * Applies the migrations in prisma/migrations that the database has not seen,
 * each in its own transaction, and returns the names applied. Refuses to go on
 * when an applied migration's file has changed or a migration failed earlier.
 */
export async function applyMigrations(databaseUrl: string, dir = migrationsDir): Promise<string[]> {
  const migrations = await readMigrations(dir)
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 10_000 })
  client.on('error', () => {})
  await client.connect()
  try {
    await client.query('SELECT pg_advisory_lock($1)', [PRISMA_MIGRATE_LOCK_ID])
    // A role that may not create tables (the service's own) can still check that nothing is pending.
    const { rows: [bookkeeping] } = await client.query<{ exists: boolean }>("SELECT to_regclass('\"_prisma_migrations\"') IS NOT NULL AS exists")
    if (!bookkeeping!.exists) {
      await client.query(createMigrationsTable).catch((error: unknown) => {
        throw refused(error, 'create the migrations table') ?? error
      })
    }
    const { rows } = await client.query<{ migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null }>(
      'SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"',
    )
    const applied = new Map(rows.filter((row) => row.rolled_back_at === null).map((row) => [row.migration_name, row]))
    const done: string[] = []
    for (const migration of migrations) {
      const row = applied.get(migration.name)
      if (row) {
        if (row.finished_at === null) {
          throw new MigrationError(
            `Migration ${migration.name} failed earlier and must be resolved by hand: ` +
              'finish or undo its changes in the database, then delete its row from _prisma_migrations.',
          )
        }
        if (row.checksum !== migration.checksum) {
          throw new MigrationError(
            `Migration ${migration.name} was modified after it was applied: restore its migration.sql and put the change in a new migration.`,
          )
        }
        continue
      }
      await client.query('BEGIN')
      try {
        await client.query(migration.sql)
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
           VALUES ($1, $2, $3, now(), now(), 1)`,
          [randomUUID(), migration.checksum, migration.name],
        )
        await client.query('COMMIT')
      } catch (error) {
        await client.query('ROLLBACK')
        throw refused(error, `apply ${migration.name}`) ??
          new MigrationError(`Migration ${migration.name} failed: ${(error as Error).message}`, { cause: error })
      }
      done.push(migration.name)
    }
    return done
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [PRISMA_MIGRATE_LOCK_ID]).catch(() => {})
    await client.end()
  }
}
