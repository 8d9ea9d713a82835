// The PostgreSQL a test run uses: embedded (unless TEST_DATABASE_URL names a server),
// with a migrated and loaded template database each test clones.
import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { createDatabaseClient } from '../../src/db/client.js'
import { freePort, startEmbeddedDatabase } from '../../src/db/embedded.js'
import { applyMigrations } from '../../src/db/migrate.js'
import { loadDataset } from '../../src/data/load.js'
import { databaseUrl, TEMPLATE_DATABASE } from './database.js'

const quiet = { info: () => {}, warn: console.warn, debug: () => {} }

async function prepareTemplate(serverUrl: string) {
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
}

/** Runs the test files on node's test runner against a prepared server; resolves to the exit code. */
export async function runTests(files: string[], { concurrency, folderPrefix }: { concurrency: number; folderPrefix: string }): Promise<number> {
  let serverUrl = process.env.TEST_DATABASE_URL
  let stop = async () => {}
  if (!serverUrl) {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), folderPrefix))
    const embedded = await startEmbeddedDatabase({ dataDir, port: await freePort(), log: quiet })
    serverUrl = embedded.serverUrl
    stop = async () => {
      await embedded.stop()
      await rm(dataDir, { recursive: true, force: true })
    }
  }
  try {
    await prepareTemplate(serverUrl)
    const child = spawn(process.execPath, ['--import', 'tsx', '--test', `--test-concurrency=${concurrency}`, ...files], {
      stdio: 'inherit',
      env: { ...process.env, TEST_SERVER_URL: serverUrl },
    })
    return await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)))
  } catch (error) {
    console.error(error)
    return 1
  } finally {
    await stop()
  }
}
