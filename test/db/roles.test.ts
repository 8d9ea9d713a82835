// The service's limited role on a real PostgreSQL: the change log and the key audit are
// append-only, keys may only be added and revoked (once), and the README's SQL grants exactly
// what the code grants, so a server set up by hand (or by compose) is the embedded one's equal.
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { type TestContext, test } from 'node:test'
import { grantServiceRole } from '../../src/db/roles.js'
import { admin, asUser, testDatabase, withClient } from '../helpers/database.js'

/** A login role of this test's own, dropped with what it was granted afterwards. */
async function loginRole(t: TestContext, urls: string[]) {
  const role = `rk_role_${randomBytes(4).toString('hex')}`
  const password = randomBytes(12).toString('hex')
  await admin((client) => client.query(`CREATE ROLE ${role} LOGIN PASSWORD '${password}'`))
  t.after(async () => {
    for (const url of urls) await withClient(url, (client) => client.query(`DROP OWNED BY ${role}`)).catch(() => {})
    await admin((client) => client.query(`DROP ROLE IF EXISTS ${role}`))
  })
  return { role, password }
}

const denied = { code: '42501' }

test('the service role may add to the key audit and revoke keys, never rewrite or delete them', async (t) => {
  const url = await testDatabase(t)
  const { role, password } = await loginRole(t, [url])
  await grantServiceRole(url, role)
  await withClient(asUser(url, role, password), async (client) => {
    await client.query("INSERT INTO api_keys (name, role, display_name, key_hash) VALUES ('k1', 'admin', 'admin', 'hash-1')")
    await client.query("INSERT INTO api_key_events (key_name, action, \"by\") VALUES ('k1', 'create', 'test')")
    assert.equal((await client.query('SELECT count(*)::int AS n FROM api_key_events')).rows[0].n, 1, 'and read it')

    // The audit: no UPDATE, DELETE or TRUNCATE.
    await assert.rejects(client.query("UPDATE api_key_events SET \"by\" = 'forged'"), denied)
    await assert.rejects(client.query("UPDATE api_key_events SET action = 'revoke'"), denied)
    await assert.rejects(client.query('DELETE FROM api_key_events'), denied)
    await assert.rejects(client.query('TRUNCATE api_key_events'), denied)
    // The keys: who, which role, which hash and when never change; no key is deleted.
    for (const column of ["name = 'k2'", "role = 'editor'", "display_name = 'x'", "key_hash = 'hash-2'", 'created_at = now()']) {
      await assert.rejects(client.query(`UPDATE api_keys SET ${column} WHERE name = 'k1'`), denied, column)
    }
    await assert.rejects(client.query("DELETE FROM api_keys WHERE name = 'k1'"), denied)
    await assert.rejects(client.query('TRUNCATE api_keys'), denied)
    // Revoking is allowed, once: a revocation is final.
    assert.equal((await client.query("UPDATE api_keys SET revoked_at = now() WHERE name = 'k1' AND revoked_at IS NULL")).rowCount, 1)
    await assert.rejects(client.query("UPDATE api_keys SET revoked_at = NULL WHERE name = 'k1'"), { code: '23514', message: /revocation is final/ })
    // The change log stays append-only as before.
    await assert.rejects(client.query('DELETE FROM changes'), denied)
  })
})

/** The README's grants, for this role and database. */
async function readmeGrants(role: string, database: string): Promise<string[]> {
  const readme = await readFile(path.resolve(import.meta.dirname, '../../README.md'), 'utf8')
  const section = readme.slice(readme.indexOf('**A limited role with `DATABASE_URL`.**'))
  const blocks = [...section.matchAll(/```sql\n([\s\S]*?)```/g)].slice(0, 2).map((match) => match[1]!)
  assert.match(blocks[0]!, /^CREATE ROLE regionkollen_app LOGIN PASSWORD/)
  return blocks[1]!
    .split(';')
    .map((statement) => statement.trim())
    .filter(Boolean)
    .map((statement) => statement.replaceAll('regionkollen_app', role).replace('ON DATABASE regionkollen ', `ON DATABASE ${database} `))
}

/** Every privilege a role holds in the database: on it, the schema, each table, column and sequence, and by default. */
async function privileges(url: string, role: string): Promise<string[]> {
  return withClient(url, async (client) => {
    const oid = (await client.query('SELECT oid FROM pg_roles WHERE rolname = $1', [role])).rows[0].oid
    const rows = await client.query<{ what: string }>(
      `SELECT 'database ' || a.privilege_type AS what FROM pg_database d, aclexplode(d.datacl) a WHERE d.datname = current_database() AND a.grantee = $1
       UNION ALL SELECT 'schema ' || n.nspname || ' ' || a.privilege_type FROM pg_namespace n, aclexplode(n.nspacl) a WHERE a.grantee = $1
       UNION ALL SELECT c.relkind::text || ' ' || c.relname || ' ' || a.privilege_type FROM pg_class c, aclexplode(c.relacl) a WHERE a.grantee = $1
       UNION ALL SELECT 'column ' || c.relname || '.' || t.attname || ' ' || a.privilege_type
         FROM pg_attribute t JOIN pg_class c ON c.oid = t.attrelid, aclexplode(t.attacl) a WHERE a.grantee = $1
       UNION ALL SELECT 'default ' || d.defaclobjtype::text || ' ' || a.privilege_type FROM pg_default_acl d, aclexplode(d.defaclacl) a WHERE a.grantee = $1`,
      [oid],
    )
    return rows.rows.map((row) => row.what).sort()
  })
}

test('the README\'s SQL grants exactly what the service grants itself', async (t) => {
  const url = await testDatabase(t)
  const database = new URL(url).pathname.slice(1)
  const byCode = await loginRole(t, [url])
  const byReadme = await loginRole(t, [url])
  await grantServiceRole(url, byCode.role)
  await withClient(url, async (client) => {
    for (const statement of await readmeGrants(byReadme.role, database)) await client.query(statement)
  })
  const expected = await privileges(url, byCode.role)
  assert.ok(expected.includes('r changes INSERT') && expected.includes('column api_keys.revoked_at UPDATE'), expected.join('\n'))
  assert.ok(!expected.includes('r api_key_events UPDATE') && !expected.includes('r api_keys DELETE'))
  assert.deepEqual(await privileges(url, byReadme.role), expected)

  // Granting again (every start does) changes nothing.
  await grantServiceRole(url, byCode.role)
  assert.deepEqual(await privileges(url, byCode.role), expected)
})
