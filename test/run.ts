// npm test: starts one PostgreSQL for the whole run (embedded, unless
// TEST_DATABASE_URL names a server), prepares a migrated and loaded template
// database, then runs every test file; each file clones its own database.
import { spawn } from 'node:child_process'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { createDatabaseClient } from '../src/db/client.js'
import { startEmbeddedDatabase } from '../src/db/embedded.js'
import { applyMigrations } from '../src/db/migrate.js'
import { loadDataset } from '../src/data/load.js'
import { databaseUrl, TEMPLATE_DATABASE } from './helpers/database.js'

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

async function testFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.test.ts'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => process.argv.length <= 2 || process.argv.slice(2).some((filter) => file.includes(filter)))
    .sort()
}

const quiet = { info: () => {}, warn: console.warn, debug: () => {} }
let serverUrl = process.env.TEST_DATABASE_URL
let stop = async () => {}
if (!serverUrl) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'regionkollen-test-'))
  const embedded = await startEmbeddedDatabase({ dataDir, port: await freePort(), log: quiet })
  serverUrl = embedded.serverUrl
  stop = async () => {
    await embedded.stop()
    await rm(dataDir, { recursive: true, force: true })
  }
}

let exitCode = 1
try {
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE}`)
  await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`)
  await admin.end()
  const templateUrl = databaseUrl(serverUrl, TEMPLATE_DATABASE)
  await applyMigrations(templateUrl)
  const loader = createDatabaseClient(templateUrl, { max: 2, connectionTimeoutMillis: 5000, statementTimeoutMillis: 30_000 })
  await loadDataset(loader.prisma)
  await loader.close()

  const files = await testFiles(path.resolve(import.meta.dirname))
  const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...files], {
    stdio: 'inherit',
    env: { ...process.env, TEST_SERVER_URL: serverUrl },
  })
  exitCode = await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)))
} catch (error) {
  console.error(error)
} finally {
  await stop()
}
process.exit(exitCode)
