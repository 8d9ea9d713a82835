// Every command (and the server) ends a failure with one line on stderr that names the
// problem and the fix, and a non-zero exit code; never a stack trace.
import assert from 'node:assert/strict'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { cleanEnv, cli, freePort, processesIn, root, runCommand } from './processes.js'

async function busyPort(): Promise<{ port: number; close(): void }> {
  const server = net.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { port: (server.address() as net.AddressInfo).port, close: () => server.close() }
}

test('every command fails with one clear line, never a stack trace', async (t) => {
  const busy = await busyPort()
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'regionkollen-commands-'))
  t.after(async () => {
    busy.close()
    await rm(dataDir, { recursive: true, force: true })
  })
  const closed = await freePort()
  const busyDb = { DATA_DIR: dataDir, EMBEDDED_DB_PORT: String(busy.port) }
  const portInUse = new RegExp(`^Port ${busy.port} is already in use.*Set EMBEDDED_DB_PORT to a free port`)
  const cases: { name: string; args: string[]; env?: Record<string, string>; expect: RegExp; code?: number }[] = [
    {
      name: 'keys:create beside a busy port',
      args: cli('keys', 'create', '--name', 'a', '--role', 'editor'),
      env: busyDb,
      expect: portInUse,
    },
    { name: 'keys:revoke beside a busy port', args: cli('keys', 'revoke', '--name', 'a'), env: busyDb, expect: portInUse },
    { name: 'openapi beside a busy port', args: cli('openapi'), env: busyDb, expect: portInUse },
    { name: 'db:migrate beside a busy port', args: cli('migrate'), env: busyDb, expect: portInUse },
    {
      name: 'db:migrate with nothing at DATABASE_URL',
      args: cli('migrate'),
      env: { DATABASE_URL: `postgresql://someone:secret@127.0.0.1:${closed}/regionkollen` },
      expect: new RegExp(`^Cannot connect to the database someone@127\\.0\\.0\\.1:${closed}/regionkollen: nothing accepts connections there\\. ` +
        'Check DATABASE_URL'),
    },
    {
      name: 'keys:create with a bad setting',
      args: cli('keys', 'create', '--name', 'a', '--role', 'editor'),
      env: { EMBEDDED_DB_PORT: 'many' },
      expect: /^Invalid configuration: EMBEDDED_DB_PORT: .+\. Fix that in the environment and retry\.$/,
    },
    { name: 'keys:create without arguments', args: cli('keys', 'create'), expect: /^Usage: npm run keys:create -- --name <who>/, code: 2 },
    { name: 'keys:create with an unknown option', args: cli('keys', 'create', '--nmae', 'a'), expect: /^Unknown option '--nmae'.*Usage:/, code: 2 },
    {
      name: 'keys:create with an unknown role',
      args: cli('keys', 'create', '--name', 'a', '--role', 'boss'),
      env: busyDb,
      expect: /^--role: .+Usage:/,
      code: 2,
    },
    { name: 'data:verify without a folder', args: cli('verify-data'), expect: /^Usage: npm run data:verify -- <folder/, code: 2 },
    {
      name: 'data:verify with a folder that does not exist',
      args: cli('verify-data', '/nonexistent/sources'),
      expect: /^\/nonexistent\/sources is not a folder; give the folder with the source documents as text/,
    },
    {
      name: 'data:report to a place that cannot be written',
      args: cli('report-data', '/dev/null/review.md'),
      expect: /^Cannot write the report to \/dev\/null\/review\.md: .+; name a writable file/,
    },
    {
      name: 'the server beside a busy port',
      args: [process.execPath, '--import', 'tsx', 'src/server.ts'],
      env: { ...busyDb, PORT: String(await freePort()) },
      expect: portInUse,
      code: 1,
    },
  ]
  const check = async ({ name, args, env = {}, expect, code }: (typeof cases)[number]) => {
    const result = await runCommand(args, { cwd: root, env: cleanEnv(env) })
    const lines = result.stderr.trim().split('\n')
    t.diagnostic(`${name}: exit ${result.code}: ${result.stderr.trim()}`)
    assert.equal(lines.length, 1, `${name}: one line on stderr, got:\n${result.stderr}`)
    assert.match(lines[0]!.replace(/^Cannot start: /, ''), expect, name)
    assert.doesNotMatch(result.stderr + result.stdout, /^\s+at /m, `${name}: no stack trace`)
    assert.equal(result.code, code ?? 1, `${name}: exit code`)
  }
  // A few at a time: each is a Node process compiling TypeScript, and other test files run beside this one.
  const queue = [...cases]
  await Promise.all([1, 2, 3].map(async () => {
    for (let next = queue.shift(); next; next = queue.shift()) await check(next)
  }))
  assert.deepEqual(await readdir(dataDir), [], 'no database was made for commands that could not start one')
})

test('the server, when its HTTP port is taken, says so in one line and stops its database', async (t) => {
  const busy = await busyPort()
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'regionkollen-listen-'))
  t.after(async () => {
    busy.close()
    await rm(dataDir, { recursive: true, force: true })
  })
  const result = await runCommand([process.execPath, '--import', 'tsx', 'src/server.ts'], {
    env: cleanEnv({ DATA_DIR: dataDir, PORT: String(busy.port), LOG_LEVEL: 'warn' }),
  })
  assert.equal(result.code, 1)
  assert.equal(result.stderr.trim(), `Cannot start: Port ${busy.port} on 127.0.0.1 is already in use; set PORT to a free port.`)
  assert.deepEqual(await processesIn(path.join(dataDir, 'pg')), [], 'its PostgreSQL is stopped')
})
