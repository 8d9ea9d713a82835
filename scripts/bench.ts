// npm run bench: throughput and p99 latency of GET /v1/compare/regions (all 21
// regions) against a minimal Fastify route returning a precomputed body of the
// same size, on the curated dataset and on a synthetic national one.
import { mkdtemp, rm } from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { spawn } from 'node:child_process'
import { gzipSync } from 'node:zlib'
import { createRequire } from 'node:module'
import Fastify from 'fastify'
import pg from 'pg'
import { buildApp } from '../src/app.js'
import { createDatabaseClient } from '../src/db/client.js'
import { startEmbeddedDatabase } from '../src/db/embedded.js'
import { applyMigrations } from '../src/db/migrate.js'
import { readReferenceData } from '../src/data/files.js'
import { loadDataset } from '../src/data/load.js'
import { loadConfig } from '../src/config.js'
import { generateSyntheticDataset } from './synthetic.js'

const autocannonBin = createRequire(import.meta.url).resolve('autocannon/autocannon.js')
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50)
const URL_PATH = '/v1/compare/regions'
const pool = { max: 10, connectionTimeoutMillis: 5000, statementTimeoutMillis: 60_000 }

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

// autocannon runs in its own process, so the load generator does not share the servers' event loop.
async function measure(url: string, seconds: number, encoding: string) {
  const args = [autocannonBin, '--json', '-c', String(CONNECTIONS), '-d', String(seconds), '-H', `accept-encoding=${encoding}`, url]
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'ignore'] })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  await new Promise((resolve) => child.on('close', resolve))
  const result = JSON.parse(output) as { requests: { average: number }; latency: { p99: number }; errors: number; timeouts: number; non2xx: number }
  return { rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.timeouts + result.non2xx }
}

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'regionkollen-bench-'))
const database = await startEmbeddedDatabase({ dataDir, port: await freePort(), log: { info: () => {}, warn: console.warn, debug: () => {} } })
let failed = false
try {
  const datasets = [
    { name: 'curated', files: undefined },
    { name: 'national', files: generateSyntheticDataset(await readReferenceData()) },
  ]
  const only = process.env.BENCH_DATASETS?.split(',')
  for (const dataset of datasets.filter((d) => !only || only.includes(d.name))) {
    const admin = new pg.Client({ connectionString: database.serverUrl })
    await admin.connect()
    await admin.query(`CREATE DATABASE bench_${dataset.name}`)
    await admin.end()
    const url = database.serverUrl.replace(/\/postgres$/, `/bench_${dataset.name}`)
    await applyMigrations(url)
    const { prisma: loader, close } = createDatabaseClient(url, pool)
    const loadStart = Date.now()
    await loadDataset(loader, { files: dataset.files })
    const loadSeconds = (Date.now() - loadStart) / 1000
    const facts = (await loader.$queryRaw<{ n: bigint }[]>`SELECT (SELECT count(*) FROM providers) + (SELECT count(*) FROM fees)
      + (SELECT count(*) FROM referral_rules) + (SELECT count(*) FROM home_care_policies) + (SELECT count(*) FROM decisions) AS n`)[0]!.n
    await close()

    const config = loadConfig({ RATE_LIMIT_READS_PER_MINUTE: 1e12, RATE_LIMIT_WRITES_PER_MINUTE: 1e12, RATE_LIMIT_FAILED_AUTH_PER_MINUTE: 1e12 })
    const app = await buildApp({ databaseUrl: url, config, loadCuratedData: false }, { logger: false })
    await app.listen({ port: 0, host: '127.0.0.1' })
    const apiUrl = `http://127.0.0.1:${(app.server.address() as net.AddressInfo).port}${URL_PATH}`
    const body = await (await fetch(apiUrl)).text()

    const zipped = gzipSync(body)
    const baseline = Fastify({ logger: false })
    baseline.get(URL_PATH, (request, reply) => {
      reply.type('application/json; charset=utf-8')
      // The same bytes the API sends: the body, or the body gzip-coded when the client asks.
      return String(request.headers['accept-encoding']).includes('gzip') ? reply.header('content-encoding', 'gzip').send(zipped) : reply.send(body)
    })
    await baseline.listen({ port: 0, host: '127.0.0.1' })
    const baselineUrl = `http://127.0.0.1:${(baseline.server.address() as net.AddressInfo).port}${URL_PATH}`

    console.log(
      `\n${dataset.name} dataset: ${facts} facts (loaded in ${loadSeconds.toFixed(1)} s), ` +
        `body ${(body.length / 1024).toFixed(1)} KiB (gzip ${(zipped.length / 1024).toFixed(1)} KiB), ${CONNECTIONS} connections, ${SECONDS} s each`,
    )
    // Plain bodies first, then gzip-coded ones, as most HTTP clients ask for.
    for (const encoding of (process.env.BENCH_ENCODINGS ?? 'identity,gzip').split(',')) {
      await measure(apiUrl, 3, encoding) // warm-up
      await measure(baselineUrl, 3, encoding)
      const api = await measure(apiUrl, SECONDS, encoding)
      const base = await measure(baselineUrl, SECONDS, encoding)
      const ratio = api.rps / base.rps
      console.log(`  Accept-Encoding: ${encoding}`)
      console.log(`    API      GET ${URL_PATH}: ${api.rps.toFixed(0)} req/s, p99 ${api.p99} ms, errors ${api.errors}`)
      console.log(`    baseline precomputed body: ${base.rps.toFixed(0)} req/s, p99 ${base.p99} ms, errors ${base.errors}`)
      console.log(
        `    ratio ${ratio.toFixed(2)} (target >= 0.8: ${ratio >= 0.8 ? 'PASS' : 'FAIL'}), ` +
          `API p99 ${api.p99} ms (target < 20 ms: ${api.p99 < 20 ? 'PASS' : 'FAIL'})`,
      )
      if (api.errors > 0 || base.errors > 0) failed = true
    }
    await app.close()
    await baseline.close()
  }
} finally {
  await database.stop()
  await rm(dataDir, { recursive: true, force: true })
}
process.exit(failed ? 1 : 0)
