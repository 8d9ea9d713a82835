import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import internals from '@prisma/internals'
import pg from 'pg'
import { applyMigrations, migrationsDir, readMigrations } from '../../src/db/migrate.js'
import { testDatabase } from '../helpers/database.js'

async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query<T>(sql, params)).rows
  } finally {
    await client.end()
  }
}

test('migrations are applied once and recorded as prisma migrate deploy records them', async (t) => {
  const url = await testDatabase(t, { empty: true })
  const migrations = await readMigrations()
  assert.ok(migrations.length > 0)

  assert.deepEqual(await applyMigrations(url), migrations.map((m) => m.name))
  assert.deepEqual(await applyMigrations(url), [], 'a second run applies nothing')

  const rows = await query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number; rolled_back_at: Date | null }>(
    url,
    'SELECT migration_name, checksum, finished_at, applied_steps_count, rolled_back_at FROM "_prisma_migrations" ORDER BY migration_name',
  )
  assert.equal(rows.length, migrations.length)
  for (const [index, row] of rows.entries()) {
    const file = await readFile(path.join(migrationsDir, row.migration_name, 'migration.sql'))
    assert.equal(row.migration_name, migrations[index]!.name)
    assert.equal(row.checksum, createHash('sha256').update(file).digest('hex'), 'checksum is the SHA-256 of migration.sql')
    assert.ok(row.finished_at instanceof Date)
    assert.equal(row.rolled_back_at, null)
    assert.equal(row.applied_steps_count, 1)
  }
})

test('a migration edited after it was applied is refused', async (t) => {
  const url = await testDatabase(t, { empty: true })
  const dir = await mkdtemp(path.join(os.tmpdir(), 'migrations-'))
  await cp(migrationsDir, dir, { recursive: true })
  await applyMigrations(url, dir)
  const [first] = await readMigrations(dir)
  await writeFile(path.join(dir, first!.name, 'migration.sql'), `${first!.sql}\n-- edited\n`)
  await assert.rejects(applyMigrations(url, dir), /was modified after it was applied/)
})

test('a failing migration leaves no trace and no record', async (t) => {
  const url = await testDatabase(t, { empty: true })
  const dir = await mkdtemp(path.join(os.tmpdir(), 'migrations-'))
  await cp(migrationsDir, dir, { recursive: true })
  await applyMigrations(url, dir)
  const broken = path.join(dir, '99999999999999_broken')
  await cp(path.join(dir, (await readMigrations(dir))[0]!.name), broken, { recursive: true })
  await writeFile(path.join(broken, 'migration.sql'), 'CREATE TABLE half_done (id int);\nSELECT no_such_function();\n')
  await assert.rejects(applyMigrations(url, dir), /99999999999999_broken failed/)
  const tables = await query(url, "SELECT 1 FROM information_schema.tables WHERE table_name = 'half_done'")
  assert.equal(tables.length, 0, 'the failed migration was rolled back')
  const records = await query(url, "SELECT 1 FROM \"_prisma_migrations\" WHERE migration_name = '99999999999999_broken'")
  assert.equal(records.length, 0)
})

// What the migrations build must be what schema.prisma describes: every model
// and field, with its type and nullability, and every enum with its values.
test('schema.prisma and the migrated database do not drift apart', async (t) => {
  const url = await testDatabase(t, { empty: true })
  await applyMigrations(url)
  const { datamodel } = await internals.getDMMF({ datamodel: await readFile(path.resolve(import.meta.dirname, '../../prisma/schema.prisma'), 'utf8') })

  type Column = { table_name: string; column_name: string; data_type: string; udt_name: string; is_nullable: string; character_maximum_length: number | null }
  const columns = await query<Column>(
    url,
    "SELECT table_name, column_name, data_type, udt_name, is_nullable, character_maximum_length FROM information_schema.columns WHERE table_schema = 'public'",
  )
  const byTable = new Map<string, typeof columns>()
  for (const column of columns) byTable.set(column.table_name, [...(byTable.get(column.table_name) ?? []), column])
  const problems: string[] = []

  const expectedTables = new Set(datamodel.models.map((m) => m.dbName ?? m.name))
  for (const table of byTable.keys()) {
    if (table !== '_prisma_migrations' && !expectedTables.has(table)) problems.push(`table ${table} is in the database but not in schema.prisma`)
  }

  for (const model of datamodel.models) {
    const table = model.dbName ?? model.name
    const dbColumns = new Map((byTable.get(table) ?? []).map((c) => [c.column_name, c]))
    if (dbColumns.size === 0) {
      problems.push(`model ${model.name}: table ${table} is missing`)
      continue
    }
    const scalarFields = model.fields.filter((f) => f.kind !== 'object')
    const fieldColumns = new Set(scalarFields.map((f) => f.dbName ?? f.name))
    for (const column of dbColumns.keys()) if (!fieldColumns.has(column)) problems.push(`${table}.${column} is in the database but not in schema.prisma`)

    for (const field of scalarFields) {
      const column = dbColumns.get(field.dbName ?? field.name)
      const where = `${model.name}.${field.name}`
      if (!column) {
        problems.push(`${where}: column missing`)
        continue
      }
      const [native, args] = (field.nativeType ?? [null, []]) as [string | null, string[]]
      let expected: { data_type: string; udt_name?: string; length?: number }
      if (field.kind === 'enum') expected = { data_type: 'USER-DEFINED', udt_name: field.type }
      else if (native === 'VarChar') expected = { data_type: 'character varying', length: Number(args[0]) }
      else if (native === 'Date') expected = { data_type: 'date' }
      else if (native === 'Timestamptz') expected = { data_type: 'timestamp with time zone' }
      else if (native === 'Uuid') expected = { data_type: 'uuid' }
      else if (native !== null) throw new Error(`${where}: add native type ${native} to this check`)
      else {
        const defaults: Record<string, string> = {
          String: 'text',
          Int: 'integer',
          Boolean: 'boolean',
          DateTime: 'timestamp without time zone',
          Json: 'jsonb',
          BigInt: 'bigint',
          Float: 'double precision',
        }
        expected = { data_type: defaults[field.type] ?? `unmapped ${field.type}` }
      }
      if (field.isList) {
        const element = field.kind === 'enum' ? field.type : ({ String: 'text', Int: 'int4', Boolean: 'bool' } as Record<string, string>)[field.type]
        if (column.data_type !== 'ARRAY' || column.udt_name !== `_${element}`) {
          problems.push(`${where}: expected an array of ${element}, found ${column.udt_name}`)
        }
        continue
      }
      if (column.data_type !== expected.data_type) problems.push(`${where}: expected ${expected.data_type}, found ${column.data_type}`)
      if (expected.udt_name && column.udt_name !== expected.udt_name) problems.push(`${where}: expected enum ${expected.udt_name}, found ${column.udt_name}`)
      if (expected.length !== undefined && column.character_maximum_length !== expected.length) {
        problems.push(`${where}: expected length ${expected.length}, found ${column.character_maximum_length}`)
      }
      if ((column.is_nullable === 'NO') !== field.isRequired) {
        problems.push(`${where}: expected ${field.isRequired ? 'NOT NULL' : 'nullable'}, found ${column.is_nullable === 'NO' ? 'NOT NULL' : 'nullable'}`)
      }
    }
  }

  const enumValues = await query<{ name: string; values: string[] }>(
    url,
    'SELECT t.typname AS name, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text[] AS values ' +
      'FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname',
  )
  const dbEnums = new Map(enumValues.map((e) => [e.name, e.values]))
  for (const schemaEnum of datamodel.enums) {
    const values = schemaEnum.values.map((v) => v.dbName ?? v.name)
    assert.ok(dbEnums.has(schemaEnum.name), `enum ${schemaEnum.name} is missing in the database`)
    assert.deepEqual(dbEnums.get(schemaEnum.name), values, `enum ${schemaEnum.name} values differ`)
  }
  assert.equal(dbEnums.size, datamodel.enums.length, 'the database has enums schema.prisma does not')
  assert.deepEqual(problems, [])
})
