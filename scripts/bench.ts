// npm run bench: throughput and latency of GET /v1/compare/regions (all 21
// regions) against a bare Fastify route that sends the same bytes, in the same
// encoding, as a prepared Buffer; on the curated and the national synthetic
// dataset, plain, gzip- and brotli-coded. Then writes: PATCH latency with 10
// writes a second beside 50 connections of reads, how much those reads slow
// down, and the time from a write's commit to another instance serving it;
// then, on the national dataset, SSE_LISTENERS (1,000) listeners on the change
// stream: the reads against the baseline with them connected, and how long a
// write takes from its commit to reach every one of them;
// and the API's RSS and heap after loading and after the bench.
// The API runs as the server builds it, every protection on, in a process of
// its own (scripts/bench-server.ts); load comes from another (scripts/bench-load.ts).
// Settings: BENCH_SECONDS (10), BENCH_CONNECTIONS (50), BENCH_ROUNDS (2),
// BENCH_DATASETS (curated,national), BENCH_ENCODINGS (identity,gzip,br),
// BENCH_WRITES_PER_SECOND (10; 0 skips the writes), BENCH_READS_PER_MINUTE
// (the API's read limit, 10,000,000), BENCH_PROFILE (a folder for CPU profiles
// of the API and the baseline, whose top entries are printed), BENCH_LOG (where
// the API's request log goes, /dev/null), BENCH_NODE_FLAGS (for the API's node),
// BENCH_SSE_LISTENERS (1000; 0 skips the stream).
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import http from 'node:http'
import { Session } from 'node:inspector/promises'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import Fastify from 'fastify'
import pg from 'pg'
import { readReferenceData } from '../src/data/files.js'
import { loadDataset } from '../src/data/load.js'
import { createDatabaseClient } from '../src/db/client.js'
import { startEmbeddedDatabase } from '../src/db/embedded.js'
import { applyMigrations } from '../src/db/migrate.js'
import { DATASET_CHANGED } from '../src/db/notifications.js'
import { createApiKey } from '../src/repositories/api-keys.js'
import type { LoadResult } from './bench-load.js'
import type { Memory, ServerCall } from './bench-server.js'
import { formatSummary, summarise } from './cpu-profile.js'
import { generateSyntheticDataset } from '../src/data/synthetic.js'

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50)
/** Each measurement alternates API and baseline this many times, so noise from elsewhere falls on both. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2)
const DATASETS = (process.env.BENCH_DATASETS ?? 'curated,national').split(',')
const ENCODINGS = (process.env.BENCH_ENCODINGS ?? 'identity,gzip,br').split(',')
const WRITES_PER_SECOND = Number(process.env.BENCH_WRITES_PER_SECOND ?? 10)
const SSE_LISTENERS = Number(process.env.BENCH_SSE_LISTENERS ?? 1000)
/** Also write a CPU profile of the API per dataset and encoding into this folder, and print its top entries. */
const PROFILE_DIR = process.env.BENCH_PROFILE
/** The profiles' sampling interval (the API's is set in scripts/bench-server.ts). */
const PROFILE_INTERVAL_US = 200
// Real limits: the rate-limit plugin runs and counts every read, cached or not. The
// bench sends everything from one address, so the read limit is set above its own traffic.
const READS_PER_MINUTE = Number(process.env.BENCH_READS_PER_MINUTE ?? 10_000_000)
const WRITES_PER_MINUTE = Math.max(120, WRITES_PER_SECOND * 60 * 2)

const URL_PATH = '/v1/compare/regions'
/** What each client sends: plain, gzip only, and one that prefers brotli. */
const ACCEPT_ENCODING: Record<string, string> = { identity: 'identity', gzip: 'gzip', br: 'br, gzip;q=0.8' }
/** What browsers and Node's own fetch send, for the write phase's reads. */
const BROWSER_ENCODING = 'gzip, deflate, br'
const root = path.resolve(import.meta.dirname, '..')
const pool = { max: 10, connectionTimeoutMillis: 5000, statementTimeoutMillis: 60_000 }

interface Raw {
  status: number
  headers: http.IncomingHttpHeaders
  body: Buffer
}

/** A GET whose body is kept as it came over the wire (fetch would decode it). */
function get(url: string, headers: Record<string, string> = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }))
      })
      .on('error', reject)
  })
}

/** Runs the load generator in its own process. */
async function load(url: string, seconds: number, acceptEncoding: string): Promise<LoadResult> {
  const options = { url, connections: CONNECTIONS, seconds, headers: { 'accept-encoding': acceptEncoding } }
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'bench-load.ts'), JSON.stringify(options)], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  if (code !== 0) throw new Error(`The load generator failed (exit code ${code})`)
  return JSON.parse(output) as LoadResult
}

/** A run, with the CPU time the server spent on it (user and system, microseconds). */
type Run = LoadResult & { cpuUs?: number }
type Combined = LoadResult & { cpuPerRequestUs: number }

/** Requests a second, p50 and p99: the mean of the rounds'; the server's CPU time per request over all of them. */
function combine(results: Run[]): Combined {
  const mean = (pick: (r: LoadResult) => number) => results.reduce((sum, r) => sum + pick(r), 0) / results.length
  const total = (pick: (r: Run) => number) => results.reduce((sum, r) => sum + pick(r), 0)
  return {
    cpuPerRequestUs: total((r) => r.cpuUs ?? NaN) / total((r) => r.count),
    count: total((r) => r.count),
    rps: mean((r) => r.rps),
    p50: mean((r) => r.p50),
    p99: mean((r) => r.p99),
    max: Math.max(...results.map((r) => r.max)),
    errors: results.reduce((n, r) => n + r.errors, 0),
    statuses: {},
  }
}

interface Api {
  base: string
  child: ChildProcess
  call<T>(request: ServerCall): Promise<T>
  stop(): Promise<void>
}

/** Starts the API in a process of its own, on the given database. */
async function startApi(databaseUrl: string): Promise<Api> {
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: 'info',
    RATE_LIMIT_READS_PER_MINUTE: String(READS_PER_MINUTE),
    RATE_LIMIT_WRITES_PER_MINUTE: String(WRITES_PER_MINUTE),
    RATE_LIMIT_FAILED_AUTH_PER_MINUTE: '10',
    DB_POOL_MAX: '10',
    ...(process.env.BENCH_LOG ? { BENCH_LOG: process.env.BENCH_LOG } : {}),
  }
  const flags = process.env.BENCH_NODE_FLAGS?.split(' ').filter(Boolean) ?? []
  const child = spawn(process.execPath, [...flags, '--expose-gc', '--import', 'tsx', path.join(import.meta.dirname, 'bench-server.ts')], {
    cwd: root,
    env,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  const waiting = new Map<number, (result: unknown) => void>()
  child.on('message', (message: { id: number; result: unknown }) => waiting.get(message.id)?.(message.result))
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()))
  let next = 1
  const port = await Promise.race([
    new Promise<number>((resolve) => waiting.set(0, (result) => resolve(result as number))),
    exited.then(() => {
      throw new Error('The API did not start')
    }),
  ])
  return {
    base: `http://127.0.0.1:${port}`,
    child,
    call<T>(request: ServerCall) {
      const id = next++
      return new Promise<T>((resolve) => {
        waiting.set(id, (result) => resolve(result as T))
        child.send({ ...request, id })
      })
    },
    async stop() {
      child.disconnect()
      await exited
    },
  }
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!
}
const ms = (value: number) => `${value.toFixed(1)} ms`
const memoryLine = (memory: Memory) => `RSS ${memory.rssMiB} MiB, heap ${memory.heapUsedMiB} MiB (${memory.heapLiveMiB} MiB live after a full GC)`

interface ReadRow {
  dataset: string
  encoding: string
  served: string
  api: Combined
  base: Combined
}

const cpuNow = () => {
  const { user, system } = process.cpuUsage()
  return user + system
}

/** The API against the baseline, alternating, for each encoding; optionally a CPU profile of the API. */
async function measureReads(dataset: string, api: Api, encodings = ENCODINGS): Promise<ReadRow[]> {
  const prepared = new Map<string, { type: string; encoding: string | undefined; body: Buffer }>()
  const baseline = Fastify({ logger: false })
  baseline.get(URL_PATH, (request, reply) => {
    const bytes = prepared.get(String(request.headers['accept-encoding']))!
    reply.type(bytes.type)
    if (bytes.encoding) reply.header('content-encoding', bytes.encoding)
    return reply.send(bytes.body)
  })
  await baseline.listen({ port: 0, host: '127.0.0.1' })
  const baselineUrl = `http://127.0.0.1:${(baseline.server.address() as AddressInfo).port}${URL_PATH}`
  const apiUrl = `${api.base}${URL_PATH}`
  const rows: ReadRow[] = []
  try {
    for (const encoding of encodings) {
      const header = ACCEPT_ENCODING[encoding] ?? encoding
      const answer = await get(apiUrl, { 'accept-encoding': header })
      if (answer.status !== 200) throw new Error(`GET ${URL_PATH} answered ${answer.status}`)
      const served = String(answer.headers['content-encoding'] ?? 'identity')
      // The baseline sends exactly these bytes, in this encoding, as a prepared Buffer.
      prepared.set(header, { type: String(answer.headers['content-type']), encoding: answer.headers['content-encoding'], body: answer.body })
      console.log(`  Accept-Encoding: ${header} -> ${served}, ${(answer.body.length / 1024).toFixed(1)} KiB`)
      await load(apiUrl, 3, header)
      await load(baselineUrl, 3, header)
      const apiRuns: Run[] = []
      const baseRuns: Run[] = []
      for (let round = 0; round < ROUNDS; round++) {
        const apiCpu = await api.call<number>({ type: 'cpu' })
        const apiRun = await load(apiUrl, SECONDS, header)
        apiRuns.push({ ...apiRun, cpuUs: (await api.call<number>({ type: 'cpu' })) - apiCpu })
        const baseCpu = cpuNow()
        const baseRun = await load(baselineUrl, SECONDS, header)
        baseRuns.push({ ...baseRun, cpuUs: cpuNow() - baseCpu })
      }
      const row = { dataset, encoding, served, api: combine(apiRuns), base: combine(baseRuns) }
      rows.push(row)
      console.log(
        `    API      ${row.api.rps.toFixed(0)} req/s, p50 ${ms(row.api.p50)}, p99 ${ms(row.api.p99)}, ` +
          `${row.api.cpuPerRequestUs.toFixed(1)} µs CPU a request, errors ${row.api.errors}\n` +
          `    baseline ${row.base.rps.toFixed(0)} req/s, p50 ${ms(row.base.p50)}, p99 ${ms(row.base.p99)}, ` +
          `${row.base.cpuPerRequestUs.toFixed(1)} µs CPU a request, errors ${row.base.errors}\n` +
          `    throughput ratio ${(row.api.rps / row.base.rps).toFixed(2)}, p99 ratio ${(row.api.p99 / row.base.p99).toFixed(2)}, ` +
          `CPU a request ratio ${(row.base.cpuPerRequestUs / row.api.cpuPerRequestUs).toFixed(2)}`,
      )
      if (PROFILE_DIR) {
        const file = path.join(PROFILE_DIR, `${dataset}-${encoding}.cpuprofile`)
        await api.call({ type: 'profile-start' })
        const profiled = await load(apiUrl, SECONDS, header)
        await api.call({ type: 'profile-stop', file })
        const profile = JSON.parse(await readFile(file, 'utf8'))
        const perRequest = (summary: ReturnType<typeof summarise>, requests: number) =>
          `${((summary.busySamples * PROFILE_INTERVAL_US) / requests).toFixed(1)} µs`
        const apiSummary = summarise(profile)
        console.log(`  CPU profile of the API (${profiled.count} requests, ${perRequest(apiSummary, profiled.count)} of main thread a request): ${file}`)
        console.log(formatSummary(apiSummary))
        // The baseline's too, for the difference: it runs in this process.
        const session = new Session()
        session.connect()
        await session.post('Profiler.enable')
        await session.post('Profiler.setSamplingInterval', { interval: PROFILE_INTERVAL_US })
        await session.post('Profiler.start')
        const baseProfiled = await load(baselineUrl, SECONDS, header)
        const { profile: baseProfile } = await session.post('Profiler.stop')
        session.disconnect()
        const baseFile = path.join(PROFILE_DIR, `${dataset}-${encoding}-baseline.cpuprofile`)
        await writeFile(baseFile, JSON.stringify(baseProfile))
        const baseSummary = summarise(baseProfile)
        console.log(`  CPU profile of the baseline (${baseProfiled.count} requests, ${perRequest(baseSummary, baseProfiled.count)} a request): ${baseFile}`)
        console.log(formatSummary(baseSummary))
      }
    }
  } finally {
    await baseline.close()
  }
  return rows
}

interface WriteRun {
  /** What the writes change: an editor's note (the comparison does not show it), or a status it shows. */
  kind: 'note' | 'status'
  patch: { p50: number; p99: number; max: number; count: number; errors: number }
  readsAlone: Combined
  readsWithWrites: Combined
}

interface WriteFigures {
  runs: WriteRun[]
  visible: { p50: number; p99: number; max: number; count: number }
  errors: number
}

/**
 * Writes beside reads: PATCHes at WRITES_PER_SECOND while CONNECTIONS read the
 * comparison, alternating with the same reads alone, once with writes the
 * comparison does not show (notes) and once with writes it does (a status);
 * then sequential writes timed from their commit (the change notification
 * reaching the bench) to a second instance on the same database serving them.
 */
async function measureWrites(api: Api, databaseUrl: string): Promise<WriteFigures> {
  const { prisma, close } = createDatabaseClient(databaseUrl, pool)
  const { key } = await createApiKey(prisma, { name: `bench-${Date.now()}`, role: 'editor' }, 'bench')
  await close()
  const other = await startApi(databaseUrl)
  const listener = new pg.Client({ connectionString: databaseUrl })
  const notified: number[] = []
  listener.on('notification', () => notified.push(performance.now()))
  await listener.connect()
  await listener.query(`LISTEN ${DATASET_CHANGED}`)
  try {
    // Municipal home care valid today: the comparison counts their statuses per region.
    const list = JSON.parse((await get(`${api.base}/v1/home-care-policies?service=home_help&limit=100`)).body.toString()) as { items: { id: string }[] }
    const targets = list.items.map((item) => item.id)
    const etags = new Map<string, string>()
    const statuses = new Map<string, string>()
    for (const id of targets) {
      const read = await get(`${api.base}/v1/home-care-policies/${id}`)
      etags.set(id, String(read.headers.etag))
      statuses.set(id, (JSON.parse(read.body.toString()) as { status: string }).status)
    }
    let serial = 0
    const patch = async (id: string, change: Record<string, unknown>) => {
      const started = performance.now()
      const response = await fetch(`${api.base}/v1/home-care-policies/${id}`, {
        method: 'PATCH',
        headers: { authorization: `Bearer ${key}`, 'if-match': etags.get(id)!, 'content-type': 'application/merge-patch+json' },
        body: JSON.stringify(change),
      })
      await response.text()
      if (response.ok) etags.set(id, response.headers.get('etag')!)
      return { ok: response.ok, ms: performance.now() - started }
    }
    const note = (text: string) => ({ sv: `mätning ${text}`, en: `bench ${text}` })
    const changeOf = (kind: WriteRun['kind'], id: string): Record<string, unknown> => {
      if (kind === 'note') return { notes: note(String(serial++)) }
      const status = statuses.get(id) === 'not_offered' ? 'offered_after_needs_assessment' : 'not_offered'
      statuses.set(id, status)
      return { status }
    }

    const readUrl = `${api.base}${URL_PATH}`
    await load(readUrl, 3, BROWSER_ENCODING)
    // A warm service: the first writes compile the database client's queries.
    for (let k = 0; k < 5; k++) await patch(targets[k % targets.length]!, changeOf('note', targets[k % targets.length]!))
    await api.call({ type: 'updates' })
    const runs: WriteRun[] = []
    let errors = 0
    for (const kind of ['note', 'status'] as const) {
      const alone: Run[] = []
      const mixed: Run[] = []
      const latencies: number[] = []
      let failed = 0
      for (let round = 0; round < ROUNDS; round++) {
        alone.push(await load(readUrl, SECONDS, BROWSER_ENCODING))
        const profiling = PROFILE_DIR !== undefined && round === 0
        if (profiling) await api.call({ type: 'profile-start' })
        const state = { reading: true }
        const reads = load(readUrl, SECONDS, BROWSER_ENCODING).finally(() => (state.reading = false))
        const busy = new Set<string>()
        const writes: Promise<void>[] = []
        for (let next = performance.now(), k = 0; state.reading; next += 1000 / WRITES_PER_SECOND, k++) {
          await sleep(Math.max(0, next - performance.now()))
          const id = targets.map((_, i) => targets[(k + i) % targets.length]!).find((candidate) => !busy.has(candidate))
          if (id === undefined) continue
          busy.add(id)
          writes.push(
            patch(id, changeOf(kind, id)).then((result) => {
              busy.delete(id)
              if (result.ok) latencies.push(result.ms)
              else failed++
            }),
          )
        }
        mixed.push(await reads)
        await Promise.all(writes)
        if (profiling) {
          const file = path.join(PROFILE_DIR, `writes-${kind}.cpuprofile`)
          await api.call({ type: 'profile-stop', file })
          console.log(`  CPU profile of the API, reads with ${kind} writes: ${file}\n${formatSummary(summarise(JSON.parse(await readFile(file, 'utf8'))))}`)
        }
      }
      const updates = await api.call<{ mode: string; durationMs: number }[]>({ type: 'updates' })
      const modes = [...new Set(updates.map((u) => u.mode))].map((mode) => {
        const durations = updates.filter((u) => u.mode === mode).map((u) => u.durationMs)
        return `${durations.length} ${mode} (p50 ${ms(quantile(durations, 0.5))}, max ${ms(Math.max(...durations))})`
      })
      console.log(`    snapshot updates while writing ${kind === 'note' ? 'notes' : 'statuses'}: ${modes.join(', ') || 'not reported'}`)
      errors += failed
      const patches = { p50: quantile(latencies, 0.5), p99: quantile(latencies, 0.99), max: Math.max(...latencies), count: latencies.length, errors: failed }
      runs.push({ kind, patch: patches, readsAlone: combine(alone), readsWithWrites: combine(mixed) })
    }

    // Commit to visible elsewhere: one write at a time, reads still running on the writer.
    const visible: number[] = []
    const state = { reading: true }
    const reads = load(readUrl, Math.max(SECONDS, 8), BROWSER_ENCODING).finally(() => (state.reading = false))
    await sleep(1500)
    for (let k = 0; state.reading && k < 40; k++) {
      const id = targets[k % targets.length]!
      const notes = note(`visible ${serial++}`)
      const before = notified.length
      const written = patch(id, { notes })
      let seenAt = 0
      for (let tries = 0; tries < 5000 && seenAt === 0; tries++) {
        const shown = JSON.parse((await get(`${other.base}/v1/home-care-policies/${id}`)).body.toString()) as { notes: string | null }
        if (shown.notes === notes.en) seenAt = performance.now()
        else await sleep(1)
      }
      if (!(await written).ok) errors++
      for (let tries = 0; notified.length <= before && tries < 1000; tries++) await sleep(1)
      if (seenAt > 0 && notified.length > before) visible.push(Math.max(0, seenAt - notified[before]!))
      await sleep(100)
    }
    await reads
    return { runs, visible: { p50: quantile(visible, 0.5), p99: quantile(visible, 0.99), max: Math.max(...visible), count: visible.length }, errors }
  } finally {
    await listener.end()
    await other.stop()
  }
}

interface StreamFigures {
  listeners: number
  refused: number
  reads: ReadRow[]
  delivery: { p50: number; p99: number; max: number; count: number }
  missing: number
  writes: number
}

/**
 * The change stream under SSE_LISTENERS listeners (in a process of their own):
 * the reads against the baseline with them all connected, then writes one at a
 * time, each timed from its commit (its notification reaching the bench) to its
 * arrival at every listener.
 */
async function measureStream(dataset: string, api: Api, databaseUrl: string): Promise<StreamFigures> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'bench-listeners.ts'), JSON.stringify({ url: `${api.base}/v1/changes/stream`, count: SSE_LISTENERS })],
    { cwd: root, stdio: ['pipe', 'pipe', 'inherit'] },
  )
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const closed = new Promise<void>((resolve) => child.on('close', () => resolve()))
  for (let waited = 0; !output.includes('ready') && waited < 120_000; waited += 100) await sleep(100)
  if (!output.includes('ready')) throw new Error(`${SSE_LISTENERS} listeners did not all connect`)
  const reads = await measureReads(`${dataset}, ${SSE_LISTENERS} listeners`, api, ['br'])

  const { prisma, close } = createDatabaseClient(databaseUrl, pool)
  const { key } = await createApiKey(prisma, { name: `bench-stream-${Date.now()}`, role: 'editor' }, 'bench')
  await close()
  const commits = new Map<string, number>()
  const listener = new pg.Client({ connectionString: databaseUrl })
  listener.on('notification', (message) => {
    const { id } = JSON.parse(message.payload ?? '{}') as { id?: string }
    if (id) commits.set(id, performance.timeOrigin + performance.now())
  })
  await listener.connect()
  await listener.query(`LISTEN ${DATASET_CHANGED}`)
  const list = JSON.parse((await get(`${api.base}/v1/home-care-policies?service=home_help&limit=20`)).body.toString()) as { items: { id: string }[] }
  let writes = 0
  for (const [k, { id }] of list.items.entries()) {
    const etag = String((await get(`${api.base}/v1/home-care-policies/${id}`)).headers.etag)
    const response = await fetch(`${api.base}/v1/home-care-policies/${id}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${key}`, 'if-match': etag, 'content-type': 'application/merge-patch+json' },
      body: JSON.stringify({ notes: { sv: `strömmen ${k}`, en: `stream ${k}` } }),
    })
    await response.text()
    if (response.ok) writes++
    await sleep(500)
  }
  await sleep(2000)
  await listener.end()
  child.stdin.write('report\n')
  await closed
  const report = JSON.parse(output.split('\n').filter((line) => line.startsWith('{')).at(-1) ?? '{}') as {
    open: number
    dropped: number
    arrivals: Record<string, number[]>
  }
  const latencies: number[] = []
  for (const [id, committed] of commits) for (const at of report.arrivals[id] ?? []) latencies.push(at - committed)
  return {
    listeners: SSE_LISTENERS,
    refused: report.dropped,
    reads,
    delivery: { p50: quantile(latencies, 0.5), p99: quantile(latencies, 0.99), max: Math.max(...latencies), count: latencies.length },
    missing: commits.size * SSE_LISTENERS - latencies.length,
    writes,
  }
}

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'regionkollen-bench-'))
if (PROFILE_DIR) await mkdir(PROFILE_DIR, { recursive: true })
const database = await startEmbeddedDatabase({ dataDir, log: { info: () => {}, warn: console.warn, debug: () => {} } })
const readRows: ReadRow[] = []
const summary: string[] = []
let failed = false
try {
  for (const dataset of DATASETS) {
    const admin = new pg.Client({ connectionString: database.serverUrl })
    await admin.connect()
    await admin.query(`CREATE DATABASE bench_${dataset}`)
    await admin.end()
    const url = database.serverUrl.replace(/\/postgres$/, `/bench_${dataset}`)
    await applyMigrations(url)
    const { prisma: loader, close } = createDatabaseClient(url, pool)
    const loadStart = Date.now()
    await loadDataset(loader, { files: dataset === 'national' ? generateSyntheticDataset(await readReferenceData()) : undefined })
    const loadSeconds = (Date.now() - loadStart) / 1000
    const counts = (await loader.$queryRaw<{ facts: bigint; citations: bigint }[]>`SELECT (SELECT count(*) FROM providers) + (SELECT count(*) FROM fees)
      + (SELECT count(*) FROM referral_rules) + (SELECT count(*) FROM home_care_policies) + (SELECT count(*) FROM decisions) AS facts,
      (SELECT count(*) FROM citations) AS citations`)[0]!
    await close()

    const started = Date.now()
    const api = await startApi(url)
    const loaded = await api.call<Memory>({ type: 'memory' })
    console.log(
      `\n${dataset} dataset: ${counts.facts} facts, ${counts.citations} citations (loaded into PostgreSQL in ${loadSeconds.toFixed(1)} s); ` +
        `the API ready in ${((Date.now() - started) / 1000).toFixed(1)} s: ${memoryLine(loaded)}\n` +
        `${CONNECTIONS} connections, ${ROUNDS} x ${SECONDS} s per side, read limit ${READS_PER_MINUTE} a minute`,
    )
    try {
      const rows = await measureReads(dataset, api)
      readRows.push(...rows)
      if (rows.some((r) => r.api.errors > 0 || r.base.errors > 0)) failed = true
      if (WRITES_PER_SECOND > 0) {
        const w = await measureWrites(api, url)
        const lines = [`  writes: ${WRITES_PER_SECOND}/s beside ${CONNECTIONS} connections of reads (Accept-Encoding: ${BROWSER_ENCODING})`]
        for (const run of w.runs) {
          const slowdown = 1 - run.readsWithWrites.rps / run.readsAlone.rps
          lines.push(
            `    writing ${run.kind === 'note' ? 'a note (not in the comparison)' : 'a status (changes the comparison)'}:`,
            `      PATCH p50 ${ms(run.patch.p50)}, p99 ${ms(run.patch.p99)}, max ${ms(run.patch.max)} (${run.patch.count} writes, ${run.patch.errors} failed)`,
            `      reads alone ${run.readsAlone.rps.toFixed(0)} req/s (p99 ${ms(run.readsAlone.p99)}), ` +
              `with writes ${run.readsWithWrites.rps.toFixed(0)} req/s (p99 ${ms(run.readsWithWrites.p99)}): ${(slowdown * 100).toFixed(1)} % slower`,
          )
          if (run.readsAlone.errors > 0 || run.readsWithWrites.errors > 0) failed = true
        }
        const { visible } = w
        lines.push(`    commit to visible on another instance: p50 ${ms(visible.p50)}, p99 ${ms(visible.p99)}, max ${ms(visible.max)} (${visible.count})`)
        console.log(lines.join('\n'))
        summary.push(`${dataset}:\n${lines.join('\n')}`)
        if (w.errors > 0) failed = true
      }
      if (SSE_LISTENERS > 0 && dataset === 'national') {
        const stream = await measureStream(dataset, api, url)
        readRows.push(...stream.reads)
        const d = stream.delivery
        const line =
          `  change stream: ${stream.listeners} listeners (${stream.refused} refused); ${stream.writes} writes, each from its commit to every listener: ` +
          `p50 ${ms(d.p50)}, p99 ${ms(d.p99)}, max ${ms(d.max)} (${d.count} deliveries, ${stream.missing} missing)`
        console.log(line)
        summary.push(`${dataset}:\n${line}`)
        if (stream.missing > 0 || stream.refused > 0) failed = true
      }
      const after = await api.call<Memory>({ type: 'memory' })
      console.log(`  after the bench: ${memoryLine(after)}`)
      summary.push(`${dataset} memory: after loading ${memoryLine(loaded)}; after the bench ${memoryLine(after)}`)
    } finally {
      await api.stop()
    }
  }
} finally {
  await database.stop()
  await rm(dataDir, { recursive: true, force: true })
}

const goal = (row: ReadRow) => row.api.rps >= 0.9 * row.base.rps && row.api.p99 <= 1.2 * row.base.p99
console.log('\n| dataset | encoding | API req/s | baseline req/s | ratio | API p99 | baseline p99 | p99 ratio | CPU/request API, baseline | goal |')
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |')
for (const row of readRows) {
  console.log(
    `| ${row.dataset} | ${row.served} | ${row.api.rps.toFixed(0)} | ${row.base.rps.toFixed(0)} | ${(row.api.rps / row.base.rps).toFixed(2)} | ` +
      `${row.api.p99.toFixed(1)} ms | ${row.base.p99.toFixed(1)} ms | ${(row.api.p99 / row.base.p99).toFixed(2)} | ` +
      `${row.api.cpuPerRequestUs.toFixed(0)} µs, ${row.base.cpuPerRequestUs.toFixed(0)} µs | ${goal(row) ? 'met' : 'missed'} |`,
  )
}
if (summary.length > 0) console.log(`\n${summary.join('\n')}`)
process.exit(failed ? 1 : 0)
