import { randomBytes } from 'node:crypto'
import type { TestContext } from 'node:test'
import pg from 'pg'

export const TEMPLATE_DATABASE = 'regionkollen_test_template'

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl)
  url.pathname = `/${database}`
  return url.toString()
}

function serverUrl(): string {
  const url = process.env.TEST_SERVER_URL
  if (!url) throw new Error('Run the tests with `npm test`: it starts the test database.')
  return url
}

/** A connection to `url` for the length of `work`. */
export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

export const admin = <T>(work: (client: pg.Client) => Promise<T>): Promise<T> => withClient(serverUrl(), work)

/** The same database as another user. */
export function asUser(url: string, user: string, password: string): string {
  const parsed = new URL(url)
  parsed.username = user
  parsed.password = password
  return parsed.toString()
}

/**
 * A database of this test's own, dropped afterwards: a copy of the migrated
 * and loaded template, or (empty: true) a blank one.
 */
export async function testDatabase(t: TestContext, options: { empty?: boolean } = {}): Promise<string> {
  const name = `test_${randomBytes(6).toString('hex')}`
  await admin((client) => client.query(options.empty ? `CREATE DATABASE ${name}` : `CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`))
  t.after(() => admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)))
  return databaseUrl(serverUrl(), name)
}
