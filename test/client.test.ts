// The typed client (clients/typescript): generated from the committed OpenAPI document,
// type-checked with its examples, buildable as a package, and its example run against a
// live server.
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { access, mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { clientTypes, typesFile } from '../scripts/client.js'
import { build } from './helpers/build.js'
import { keys } from './helpers/keys.js'
import { cleanEnv, root } from './ops/processes.js'

const client = path.join(root, 'clients/typescript')
const tsc = path.join(root, 'node_modules/typescript/bin/tsc')

function run(args: string[], env: NodeJS.ProcessEnv = cleanEnv()): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, output })))
}

test('the client\'s types are generated from the committed openapi/openapi.json (run `npm run client` after `npm run openapi`)', async () => {
  assert.equal(await readFile(typesFile, 'utf8'), await clientTypes())
})

test('the client and its examples type-check, and it builds to the package its package.json describes', async (t) => {
  const checked = await run([tsc, '-p', path.join(client, 'tsconfig.examples.json')])
  assert.equal(checked.code, 0, checked.output)
  const pkg = JSON.parse(await readFile(path.join(client, 'package.json'), 'utf8')) as Record<string, any>
  assert.equal(pkg.name, '@regionkollen/client')
  assert.match(pkg.version, /^\d+\.\d+\.\d+$/)
  assert.equal(pkg.private, undefined, 'publishable')
  assert.deepEqual(pkg.exports['.'], { types: './dist/index.d.ts', import: './dist/index.js' })
  assert.ok(pkg.dependencies['openapi-fetch'])
  const out = await mkdtemp(path.join(os.tmpdir(), 'regionkollen-client-'))
  t.after(() => rm(out, { recursive: true, force: true }))
  const built = await run([tsc, '-p', client, '--outDir', out])
  assert.equal(built.code, 0, built.output)
  for (const file of ['index.js', 'index.d.ts', 'openapi.d.ts']) await access(path.join(out, file))
})

test('the client\'s example runs against a live server: reads, a comparison, pages, the export, and a write under If-Match', async (t) => {
  const app = await build(t)
  const key = await keys(app)
  await app.listen({ port: 0, host: '127.0.0.1' })
  const { port } = app.server.address() as { port: number }
  const env = cleanEnv({ REGIONKOLLEN_URL: `http://127.0.0.1:${port}`, REGIONKOLLEN_KEY: key.editor.authorization.replace('Bearer ', '') })
  const { code, output } = await run(['--import', 'tsx', path.join(client, 'examples/quick-tour.ts')], env)
  assert.equal(code, 0, output)
  assert.match(output, /^21 regions, e\.g\. 01 /m)
  assert.match(output, /^290 municipalities, read 100 at a time$/m)
  assert.match(output, /^export of 2021-06-01: \d+ fees, \d+ sources, cursor \d+$/m)
  assert.match(output, /^updated vgr-smarthjalpen-specialist-visit-fee: "Confirmed with the region\.", version "/m)
  assert.match(output, /^again with the old ETag: 412 Precondition Failed$/m)
  t.diagnostic(output.trim().split('\n').slice(0, 6).join(' | '))
})
