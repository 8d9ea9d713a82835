// The bench's load generator, in a process of its own so that it never shares
// an event loop with a server it measures: autocannon, keeping every answer's
// latency at microsecond resolution (autocannon's own histogram rounds to whole
// milliseconds, too coarse to compare p99s of a few milliseconds).
// Usage: tsx scripts/bench-load.ts '{"url": ..., "connections": 50, "seconds": 10, "headers": {...}}'
import autocannon from 'autocannon'

export interface LoadOptions {
  url: string
  connections: number
  seconds: number
  headers: Record<string, string>
}

export interface LoadResult {
  /** 2xx and 304 answers, and how many a second over the whole run. */
  count: number
  rps: number
  /** Latencies of those answers, in milliseconds. */
  p50: number
  p99: number
  max: number
  /** Socket errors, timeouts and answers other than 2xx/304. */
  errors: number
  statuses: Record<string, number>
}

const options = JSON.parse(process.argv[2] ?? '{}') as LoadOptions
let latencies = new Float64Array(1 << 18)
let count = 0
const statuses: Record<string, number> = {}
const started = process.hrtime.bigint()

const instance = autocannon(
  { url: options.url, connections: options.connections, duration: options.seconds, headers: options.headers },
  (error, result) => {
    if (error) throw error
    const seconds = Number(process.hrtime.bigint() - started) / 1e9
    const sorted = latencies.subarray(0, count).sort()
    const at = (q: number) => Math.round((sorted[Math.min(count - 1, Math.floor(q * count))] ?? 0) * 100) / 100
    const bad = Object.entries(statuses).filter(([status]) => !/^(2\d\d|304)$/.test(status)).reduce((n, [, k]) => n + k, 0)
    const answer: LoadResult = { count, rps: count / seconds, p50: at(0.5), p99: at(0.99), max: at(1), errors: result.errors + result.timeouts + bad, statuses }
    process.stdout.write(JSON.stringify(answer))
  },
)
instance.on('response', (_client, status, _bytes, ms) => {
  statuses[status] = (statuses[status] ?? 0) + 1
  if (!(status < 300 || status === 304)) return
  if (count === latencies.length) {
    const grown = new Float64Array(latencies.length * 2)
    grown.set(latencies)
    latencies = grown
  }
  latencies[count++] = ms
})
