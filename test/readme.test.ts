// Every curl example in the README runs as written against a running service:
// an example cannot rot. Each shell block runs in bash with `set -e`, and every
// curl fails the block on an HTTP error (--fail-with-body).
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import type net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { build } from './helpers/build.js'
import { testDatabase } from './helpers/database.js'

const repo = path.resolve(import.meta.dirname, '..')

/** The README's shell blocks that call the API. */
async function examples(): Promise<string[]> {
  const readme = await readFile(path.join(repo, 'README.md'), 'utf8')
  return [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((match) => match[1]!).filter((block) => /\bcurl\b/.test(block))
}

function bash(script: string, env: Record<string, string>, cwd: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('bash', ['-c', script], { cwd, env: { ...process.env, ...env } })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('close', (code) => resolve({ code: code ?? 1, output }))
  })
}

test('every curl example in the README answers without an HTTP error', { timeout: 300_000 }, async (t) => {
  const databaseUrl = await testDatabase(t)
  const app = await build(t, { databaseUrl })
  await app.listen({ port: 0, host: '127.0.0.1' })
  const { port } = app.server.address() as net.AddressInfo
  const cwd = await mkdtemp(path.join(os.tmpdir(), 'readme-'))
  t.after(() => rm(cwd, { recursive: true, force: true }))
  const blocks = await examples()
  assert.ok(blocks.length >= 2, 'the README has its API and editing examples')
  const preamble = [
    'set -euo pipefail',
    // Any HTTP error fails the block; the keys commands run in the checkout against this test's database.
    'curl() { command curl --fail-with-body -sS "$@"; }',
    `npm() { command npm --prefix ${JSON.stringify(repo)} "$@"; }`,
  ].join('\n')
  let curls = 0
  for (const block of blocks) {
    const script = block.replaceAll('http://127.0.0.1:3000', `http://127.0.0.1:${port}`)
    curls += script.match(/^\s*(\S+=\$\()?curl\b/gm)?.length ?? 0
    const { code, output } = await bash(`${preamble}\n${script}`, { DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent' }, cwd)
    assert.equal(code, 0, `a README example failed:\n${output.slice(-2000)}`)
  }
  t.diagnostic(`${blocks.length} blocks, ${curls} curl commands`)
  assert.ok(curls >= 35)
})
