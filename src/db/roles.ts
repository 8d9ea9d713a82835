import pg from 'pg'

/** The change log, the confirmations and the key audit: the service may add to them and read them, never rewrite them. */
export const APPEND_ONLY_TABLES = ['changes', 'confirmations', 'api_key_events']
/**
 * Tables whose history the service may not rewrite, except the columns named: it may add keys and
 * revoke them (set revoked_at, once: a trigger refuses undoing it), never change who a key was for,
 * its role, hash or creation, nor delete one.
 */
export const UPDATABLE_COLUMNS: Record<string, string[]> = { api_keys: ['revoked_at'] }
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
    `ALTER ROLE ${ident(role)} WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS ` + `PASSWORD ${client.escapeLiteral(password)}`,
  )
}

/**
 * Grants the service role what the app needs in the database at `ownerUrl`,
 * connecting as the tables' owner (who runs the migrations): read and write
 * every table, except that the change log, the confirmations and the key audit
 * are append-only, keys may only be added and revoked, webhook records are
 * never deleted and the migration table is read-only; use every sequence.
 * Default privileges give the same to
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
      [[...APPEND_ONLY_TABLES, ...Object.keys(UPDATABLE_COLUMNS), ...KEPT_TABLES, ...READ_ONLY_TABLES]],
    )
    for (const { name } of tables) {
      const denied = READ_ONLY_TABLES.includes(name)
        ? 'INSERT, UPDATE, DELETE, TRUNCATE'
        : KEPT_TABLES.includes(name)
          ? 'DELETE, TRUNCATE'
          : 'UPDATE, DELETE, TRUNCATE'
      await client.query(`REVOKE ${denied} ON ${ident(name)} FROM ${who}`)
      // After the REVOKE, which takes column privileges with it.
      const columns = UPDATABLE_COLUMNS[name]
      if (columns) await client.query(`GRANT UPDATE (${columns.map(ident).join(', ')}) ON ${ident(name)} TO ${who}`)
    }
    await client.query('COMMIT')
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {})
    throw error
  } finally {
    await client.end()
  }
}
