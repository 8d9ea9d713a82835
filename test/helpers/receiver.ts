// A webhook receiver for tests: records every request and answers with the statuses it is given, in turn.
import http from 'node:http'
import type { TestContext } from 'node:test'

export interface Received {
  headers: http.IncomingHttpHeaders
  body: string
  at: number
}

export async function receiver(t: TestContext, statuses: number[] = [200], otherwise = 200) {
  const received: Received[] = []
  const waiting: (() => void)[] = []
  const server = http.createServer((request, response) => {
    let body = ''
    request.on('data', (chunk: Buffer) => (body += chunk.toString()))
    request.on('end', () => {
      received.push({ headers: request.headers, body, at: Date.now() })
      response.writeHead(statuses.shift() ?? otherwise, { 'content-type': 'text/plain' }).end('ok')
      for (const wake of waiting.splice(0)) wake()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  t.after(() => new Promise<void>((resolve) => server.close(() => resolve())))
  const { port } = server.address() as { port: number }
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    /** Resolves once `count` requests have arrived. */
    async waitFor(count: number, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs
      while (received.length < count) {
        if (Date.now() > deadline) throw new Error(`${received.length} of ${count} deliveries arrived within ${timeoutMs} ms`)
        await new Promise<void>((resolve) => {
          waiting.push(resolve)
          setTimeout(resolve, 100)
        })
      }
      return received
    },
  }
}
