// npm run soak: the real server on a fresh embedded database, 60 s of mixed
// traffic at 50 connections (mostly comparison reads, some keyed writes), then
// SIGTERM while the load is still running. Passes when nothing failed, every
// acknowledged write is in the database and the change feed, memory is stable,
// and the server exits 0 leaving no PostgreSQL behind.
import { execFileSync, spawn } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { loginUrl, readCredentials } from '../src/db/credentials.js'
import { EMBEDDED_DATABASE } from '../src/db/embedded.js'

const SECONDS = Number(process.env.SOAK_SECONDS ?? 60)
const CONNECTIONS = Number(process.env.SOAK_CONNECTIONS ?? 50)
const PORT = Number(process.env.SOAK_PORT ?? 3931)
const DB_PORT = Number(process.env.SOAK_DB_PORT ?? 54431)
const root = path.resolve(import.meta.dirname, '..')
const base = `http://127.0.0.1:${PORT}`
const dataDir = await mkdtemp(path.join(os.tmpdir(), 'regionkollen-soak-'))
const env = {
  ...process.env,
  PORT: String(PORT),
  DATA_DIR: dataDir,
  EMBEDDED_DB_PORT: String(DB_PORT),
  LOG_LEVEL: 'warn',
  RATE_LIMIT_READS_PER_MINUTE: '100000000',
  RATE_LIMIT_WRITES_PER_MINUTE: '100000000',
}

function startServer() {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] })
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  return { child, exited }
}

async function waitReady() {
  for (let i = 0; i < 240; i++) {
    if (await fetch(`${base}/health/ready`).then((r) => r.ok, () => false)) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error('the server did not become ready')
}

const rssOf = async (pid: number) => Number((await readFile(`/proc/${pid}/status`, 'utf8')).match(/VmRSS:\s+(\d+)/)![1]) / 1024

let server = startServer()
await waitReady()
const key = execFileSync(
  'npm',
  ['run', '--silent', 'keys:create', '--', '--name', 'soak', '--role', 'editor', '--display-name', 'Soak test'],
  { cwd: root, env, encoding: 'utf8' },
).match(/rk_\S+/)![0]
const auth = { authorization: `Bearer ${key}` }
const ids = async (url: string, field: string) => {
  const { items } = (await (await fetch(base + url)).json()) as { items: Record<string, string>[] }
  return items.map((item) => item[field]!)
}
// Writers spread over every home-care policy, so most writes succeed and some still collide (412).
const policies = await ids('/v1/home-care-policies?asOf=2026-01-01&limit=500', 'id')
const regionCodes = await ids('/v1/regions', 'code')

const statuses = new Map<string, number>()
const failures: string[] = []
const acknowledged: { recordId: string; notes: string }[] = []
const count = (label: string) => statuses.set(label, (statuses.get(label) ?? 0) + 1)
let sent = 0
const pick = <T>(items: T[]) => items[Math.floor(Math.random() * items.length)]!

interface Answer {
  status: number
  etag: string | null
}

/**
 * Sends one request and reads its whole body; undefined when it failed outright.
 * Any status but the expected ones is a failure: a soak whose writes are all
 * refused proves nothing.
 */
async function request(url: string, init: RequestInit = {}, expected = [200]): Promise<Answer | undefined> {
  sent += 1
  try {
    const response = await fetch(base + url, { ...init, signal: AbortSignal.timeout(10_000) })
    const body = await response.text()
    count(String(response.status))
    if (!expected.includes(response.status)) failures.push(`${init.method ?? 'GET'} ${url}: ${response.status} ${body.slice(0, 300)}`)
    return { status: response.status, etag: response.headers.get('etag') }
  } catch (error) {
    count('error')
    failures.push(`${init.method ?? 'GET'} ${url}: ${(error as Error).message}`)
    return undefined
  }
}

async function oneStep(worker: number, step: number) {
  const roll = Math.random()
  if (roll < 0.7) {
    const regions = Math.random() < 0.5 ? '' : `?regions=${[pick(regionCodes), pick(regionCodes), pick(regionCodes)].join(',')}`
    await request(`/v1/compare/regions${regions}`)
  } else if (roll < 0.9) {
    const url = pick([
      `/v1/regions/${pick(regionCodes)}/profile`,
      '/v1/coverage',
      '/v1/providers?asOf=2021-06-01',
      '/v1/compare/dimensions/specialist_visit_fee?format=csv',
      `/v1/home-care-policies?region=${pick(regionCodes)}`,
    ])
    await request(url)
  } else {
    const id = pick(policies)
    const read = await request(`/v1/home-care-policies/${id}`)
    if (!read?.etag) return
    const notes = `soak ${worker}-${step}-${Date.now()}`
    // 412: another worker wrote the same policy since this one read it.
    const write = await request(
      `/v1/home-care-policies/${id}`,
      {
        method: 'PATCH',
        headers: { ...auth, 'if-match': read.etag, 'content-type': 'application/merge-patch+json' },
        body: JSON.stringify({ notes: { sv: `uthållighet ${notes}`, en: notes } }),
      },
      [200, 412],
    )
    if (write?.status === 200) acknowledged.push({ recordId: id, notes })
  }
}

async function load(until: () => boolean) {
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async (_, worker) => {
      for (let step = 0; !until(); step++) await oneStep(worker, step)
    }),
  )
}

// Phase 1: the soak.
const rssStart = await rssOf(server.child.pid!)
const t0 = Date.now()
// RSS is sampled a third of the way in too: caches fill early, a leak keeps growing.
let rssThird = rssStart
setTimeout(() => { void rssOf(server.child.pid!).then((rss) => (rssThird = rss)) }, (SECONDS * 1000) / 3)
await load(() => Date.now() - t0 > SECONDS * 1000)
const rssEnd = await rssOf(server.child.pid!)
console.log(`soak: ${sent} requests in ${SECONDS} s at ${CONNECTIONS} connections (${Math.round(sent / SECONDS)}/s)`)
console.log(`statuses: ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`)
console.log(`RSS start ${rssStart.toFixed(1)} MiB, after a third ${rssThird.toFixed(1)} MiB, end ${rssEnd.toFixed(1)} MiB`)

// Phase 2: SIGTERM in the middle of the load. Requests the server accepted must
// complete; once it stops listening, new connections are refused (not hung).
const sentBefore = sent
const failuresBefore = failures.length
let stopping = false
const draining = load(() => stopping)
await new Promise((resolve) => setTimeout(resolve, 2000))
server.child.kill('SIGTERM')
const exitCode = await server.exited
stopping = true
await draining
const refused = failures.slice(failuresBefore).filter((f) => /fetch failed|ECONNREFUSED/.test(f)).length
const otherFailures = failures.slice(failuresBefore).filter((f) => !/fetch failed|ECONNREFUSED/.test(f))
console.log(
  `SIGTERM under load: exit code ${exitCode}; ${sent - sentBefore} requests during shutdown, ` +
    `${refused} refused after the server closed, ${otherFailures.length} other failures`,
)
const orphan = (() => {
  try {
    return execFileSync('pgrep', ['-f', `postgres -D ${dataDir}`], { encoding: 'utf8' }).trim()
  } catch {
    return ''
  }
})()
console.log(orphan ? `embedded PostgreSQL left running: ${orphan}` : 'embedded PostgreSQL stopped')

// Phase 3: restart and check every acknowledged write is durable and in the change feed.
server = startServer()
await waitReady()
// The embedded database's superuser, whose password is kept in the data folder.
const credentials = await readCredentials(dataDir)
if (!credentials) throw new Error(`no database credentials in ${dataDir}`)
const client = new pg.Client({ connectionString: loginUrl(credentials.superuser, DB_PORT, EMBEDDED_DATABASE) })
await client.connect()
const { rows } = await client.query<{ record_id: string; notes: string }>(
  "SELECT record_id, after->'notes'->>'en' AS notes FROM changes WHERE resource = 'home-care-policies' AND action = 'update' AND actor = 'soak'",
)
await client.end()
const logged = new Set(rows.map((r) => `${r.record_id}|${r.notes}`))
const missing = acknowledged.filter((w) => !logged.has(`${w.recordId}|${w.notes}`))
let feedCount = 0
for (let since = '0'; ;) {
  const page = (await (await fetch(`${base}/v1/changes?since=${since}&limit=500`)).json()) as {
    items: { actor: string }[]
    page: { next: string | null; cursor: string }
  }
  // The public feed names a change by the key's display name.
  feedCount += page.items.filter((c) => c.actor === 'Soak test').length
  since = page.page.cursor
  if (!page.page.next) break
}
console.log(`writes acknowledged ${acknowledged.length}, in the change log ${rows.length}, in the change feed ${feedCount}, missing ${missing.length}`)
server.child.kill('SIGTERM')
await server.exited
await rm(dataDir, { recursive: true, force: true })

const rssGrowth = rssEnd - rssThird
const problems = [
  ...failures.slice(0, failuresBefore).slice(0, 5),
  ...otherFailures.slice(0, 5),
  ...(exitCode === 0 ? [] : [`exit code ${exitCode} after SIGTERM`]),
  ...(orphan ? ['the embedded PostgreSQL outlived the server'] : []),
  ...(acknowledged.length > 0 ? [] : ['no write was acknowledged']),
  ...(missing.length === 0 ? [] : [`${missing.length} acknowledged writes missing`]),
  ...(feedCount === acknowledged.length ? [] : [`the change feed has ${feedCount} of ${acknowledged.length} writes`]),
  ...(rssGrowth < 100 ? [] : [`RSS grew by ${rssGrowth.toFixed(0)} MiB after the first third`]),
]
console.log(problems.length === 0 ? 'soak PASSED' : `soak FAILED:\n  ${problems.join('\n  ')}`)
process.exit(problems.length === 0 ? 0 : 1)
