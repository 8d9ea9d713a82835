// The bench's SSE listeners, in a process of their own: N connections to the
// change stream, each event's arrival timed on the clock the bench shares
// (performance.timeOrigin + performance.now(), milliseconds since the epoch).
// Usage: tsx scripts/bench-listeners.ts '{"url": ..., "count": 1000}'; it says
// "ready" on stdout once every connection is open, and on stdin "report" it
// prints the arrival times by event id as JSON and exits.
import http from 'node:http'

const { url, count } = JSON.parse(process.argv[2] ?? '{}') as { url: string; count: number }
const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity })
/** Arrival times of each event id, one per listener that got it. */
const arrivals = new Map<string, number[]>()
let open = 0
let dropped = 0
const now = () => performance.timeOrigin + performance.now()

for (let i = 0; i < count; i++) {
  http
    .get(url, { agent, headers: { accept: 'text/event-stream' } }, (response) => {
      if (response.statusCode !== 200) {
        dropped++
        return
      }
      open++
      if (open === count) process.stdout.write('ready\n')
      let buffer = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => {
        const at = now()
        buffer += chunk
        let end
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const event = buffer.slice(0, end)
          buffer = buffer.slice(end + 2)
          const id = /^id: (\S+)$/m.exec(event)?.[1]
          if (id && /^event: change$/m.test(event)) {
            const times = arrivals.get(id)
            if (times) times.push(at)
            else arrivals.set(id, [at])
          }
        }
      })
      response.on('close', () => open--)
    })
    .on('error', () => dropped++)
}

process.stdin.on('data', (data) => {
  if (!data.toString().includes('report')) return
  // Exit only once the pipe has taken the whole report: it can be megabytes.
  process.stdout.write(`${JSON.stringify({ open, dropped, arrivals: Object.fromEntries(arrivals) })}\n`, () => process.exit(0))
})
