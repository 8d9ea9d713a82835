import pg from 'pg'

/** Every row of every table, in a stable order: to show that something changed nothing. */
export async function dumpDatabase(url: string): Promise<Record<string, unknown[]>> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const { rows: tables } = await client.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name",
    )
    const dump: Record<string, unknown[]> = {}
    for (const { table_name: table } of tables) {
      const { rows } = await client.query(`SELECT * FROM "${table}"`)
      dump[table] = rows.map((row) => JSON.stringify(row)).sort()
    }
    return dump
  } finally {
    await client.end()
  }
}
