import pg from 'pg'

/** The change log and the confirmations: the service may add to them and read them, never rewrite them. */
export const APPEND_ONLY_TABLES = ['changes', 'confirmations']
/** Migration bookkeeping: the service may read it (to see nothing is pending), not write it. */
export const READ_ONLY_TABLES = ['_prisma_migrations']
/** Webhook subscriptions and their deliveries: the service records and updates them, never deletes them (an unsubscribe is marked). */
export const KEPT_TABLES = ['webhook_subscriptions', 'webhook_deliveries']

const ident = (name: string) => pg.escapeIdentifier(name)

/** Creates the login role, or brings an existing one back to these attributes and password. Cluster-wide; run as a superuser. */
export async function ensureLoginRole(client: pg.Client, role: string, password: string): Promise<void> {
  const { rowCount } = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role])
  if (rowCount === 0) await client.query(`CREATE ROLE ${ident(role)} LOGIN`)
  await client.query(
    `ALTER ROLE ${ident(role)} WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS ` +
      `PASSWORD ${client.escapeLiteral(password)}`,
  )
}

/**
 * Grants the service role what the app needs in the database at `ownerUrl`,
 * connecting as the tables' owner (who runs the migrations): read and write
 * every table, except that the change log is append-only, the migration
 * table read-only and webhook records never deleted; use every sequence. Default privileges give the same to
 * tables a later migration creates, and running this again after migrating
 * (the service does, on every start) restores the exceptions.
 */
export async function grantServiceRole(ownerUrl: string, role: string): Promise<void> {
  const client = new pg.Client({ connectionString: ownerUrl })
  client.on('error', () => {})
  await client.connect()
  try {
    const { rows } = await client.query<{ db: string }>('SELECT current_database() AS db')
    const who = ident(role)
    await client.query('BEGIN')
    await client.query(`GRANT CONNECT ON DATABASE ${ident(rows[0]!.db)} TO ${who}`)
    await client.query(`GRANT USAGE ON SCHEMA public TO ${who}`)
    await client.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${who}`)
    await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${who}`)
    await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${who}`)
    await client.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${who}`)
    await client.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${who}`)
    const { rows: tables } = await client.query<{ name: string }>(
      "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename = ANY($1)",
      [[...APPEND_ONLY_TABLES, ...READ_ONLY_TABLES, ...KEPT_TABLES]],
    )
    for (const { name } of tables) {
      const denied = APPEND_ONLY_TABLES.includes(name)
        ? 'UPDATE, DELETE, TRUNCATE'
        : KEPT_TABLES.includes(name) ? 'DELETE, TRUNCATE' : 'INSERT, UPDATE, DELETE, TRUNCATE'
      await client.query(`REVOKE ${denied} ON ${ident(name)} FROM ${who}`)
    }
    await client.query('COMMIT')
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {})
    throw error
  } finally {
    await client.end()
  }
}
