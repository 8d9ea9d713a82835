// SIGTERM to the real server process (`node --import tsx src/server.ts`, as `npm start` runs it)
// exits 0 within 10 s whether the embedded database is up, has been restarted by the
// service, is gone, or is being restarted, and leaves no PostgreSQL process behind.
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtemp, rename, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { assertNoPostgres, cleanEnv, clusterDirOf, freePort, postmasterPid, type ServerProcess, startServer, waitFor } from './processes.js'

const LIMIT_MS = 10_000

test('SIGTERM exits 0 within 10 s in every state of the embedded database, and no PostgreSQL is ever left behind', async (t) => {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'regionkollen-shutdown-'))
  let server: ServerProcess | undefined
  t.after(async () => {
    if (server && server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGKILL')
    await rm(dataDir, { recursive: true, force: true })
  })
  const start = async () => {
    const port = await freePort()
    server = startServer({ port, env: cleanEnv({ PORT: String(port), DATA_DIR: dataDir, DATABASE_CHECK_INTERVAL_MS: '200' }) })
    await server.ready()
    return { server, clusterDir: await clusterDirOf(server) }
  }
  const stop = async (state: string, running: ServerProcess, clusterDir: string) => {
    const { code, ms } = await running.terminate('SIGTERM')
    t.diagnostic(`SIGTERM with the database ${state}: exit code ${code} after ${ms} ms`)
    assert.equal(code, 0, `exit code with the database ${state}:\n${running.output().slice(-3000)}`)
    assert.ok(ms < LIMIT_MS, `exited ${ms} ms after SIGTERM with the database ${state}`)
    await assertNoPostgres(clusterDir)
  }
  const readiness = async (running: ServerProcess) => (await fetch(`http://127.0.0.1:${running.port}/health/ready`)).status

  await t.test('up', async () => {
    const { server, clusterDir } = await start()
    await stop('up', server, clusterDir)
  })

  await t.test('restarted by the service after its postmaster was killed', async () => {
    const { server, clusterDir } = await start()
    const killed = await postmasterPid(clusterDir)
    process.kill(killed, 'SIGKILL')
    await server.waitForMessage(/running again/, 30_000)
    await waitFor('readiness', async () => (await readiness(server)) === 200, 15_000)
    assert.notEqual(await postmasterPid(clusterDir), killed)
    await stop('restarted by the service', server, clusterDir)
  })

  await t.test('gone (killed, and every restart fails)', async () => {
    const { server, clusterDir } = await start()
    const killed = await postmasterPid(clusterDir)
    process.kill(killed, 'SIGKILL')
    // The data folder goes away with it, so every restart attempt fails until it is back.
    const away = `${clusterDir}.away`
    await rename(clusterDir, away)
    try {
      await server.waitForMessage(/Restart attempt 2 failed/, 30_000)
      assert.equal(await readiness(server), 503)
      await stop('gone', server, clusterDir)
    } finally {
      await rename(away, clusterDir)
    }
  })

  // Not a shutdown but the lack of one: killed outright, the service cannot stop its database,
  // so the database stops itself (its parent-death signal, set through util-linux's setpriv).
  const hasSetpriv = spawnSync('setpriv', ['--pdeathsig', 'INT', 'true']).status === 0
  await t.test('the service killed outright (SIGKILL)', { skip: !hasSetpriv && 'no setpriv --pdeathsig here' }, async () => {
    const { server, clusterDir } = await start()
    const { signal } = await server.terminate('SIGKILL').then(() => server.exited)
    assert.equal(signal, 'SIGKILL')
    await assertNoPostgres(clusterDir)
  })

  await t.test('being restarted', async () => {
    const { server, clusterDir } = await start()
    process.kill(await postmasterPid(clusterDir), 'SIGKILL')
    // SIGTERM the moment the service starts the new postmaster.
    await server.waitForMessage(/Restarting the embedded PostgreSQL/, 30_000)
    await stop('being restarted', server, clusterDir)
    assert.ok(!server.messages.some((message) => /running again/.test(message)), 'the SIGTERM came before the restart finished')
  })
})
