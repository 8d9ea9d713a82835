// npm run test:browser: the pages in a real browser. Prepares PostgreSQL the way
// test/run.ts does (embedded, unless TEST_DATABASE_URL names a server; a migrated
// and loaded template database), then runs test/browser/*.browser.ts (or the files
// named on the command line); each test clones its own database from the template.
import { spawn } from 'node:child_process'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { createDatabaseClient } from '../../src/db/client.js'
import { startEmbeddedDatabase } from '../../src/db/embedded.js'
import { applyMigrations } from '../../src/db/migrate.js'
import { loadDataset } from '../../src/data/load.js'
import { databaseUrl, TEMPLATE_DATABASE } from '../helpers/database.js'

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

const started = Date.now()
const here = import.meta.dirname
const named = process.argv.slice(2)
const files =
  named.length > 0
    ? named.map((file) => path.resolve(file))
    : (await readdir(here)).filter((name) => name.endsWith('.browser.ts')).sort().map((name) => path.join(here, name))

const quiet = { info: () => {}, warn: console.warn, debug: () => {} }
let serverUrl = process.env.TEST_DATABASE_URL
let stop = async () => {}
if (!serverUrl) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'regionkollen-browser-'))
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

  const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', ...files], {
    stdio: 'inherit',
    env: { ...process.env, TEST_SERVER_URL: serverUrl },
  })
  exitCode = await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)))
} catch (error) {
  console.error(error)
} finally {
  await stop()
}
console.log(`browser tests: ${((Date.now() - started) / 1000).toFixed(1)} s in all, database included`)
process.exit(exitCode)
