// The API as `npm run bench` runs it: a process of its own, built exactly as the
// server builds it, every plugin on (rate limits that count, helmet, CORS,
// request ids, metrics) and the one-line request log written as JSON lines
// (to BENCH_LOG, default /dev/null). Configured by the environment, like the
// server; answers the bench over IPC: its port, its memory, CPU profiles.
import { writeFile } from 'node:fs/promises'
import { Session } from 'node:inspector/promises'
import type { AddressInfo } from 'node:net'
import pino from 'pino'
import { buildApp } from '../src/app.js'
import { loadConfig } from '../src/config.js'

export type ServerCall = { type: 'memory' } | { type: 'cpu' } | { type: 'updates' } | { type: 'profile-start' } | { type: 'profile-stop'; file: string }
export type ServerRequest = ServerCall & { id: number }
export interface Memory {
  rssMiB: number
  heapUsedMiB: number
  /** The heap after a full garbage collection: what the process really keeps. */
  heapLiveMiB: number
}

const config = loadConfig()
const logger = pino({ level: config.LOG_LEVEL }, pino.destination({ dest: process.env.BENCH_LOG ?? '/dev/null', sync: true }))
const app = await buildApp({ databaseUrl: config.DATABASE_URL!, config, loadCuratedData: false }, { loggerInstance: logger })
await app.listen({ port: 0, host: '127.0.0.1' })

// How the snapshot was updated, when the app says (older builds of it do not).
const updates: { mode: string; durationMs: number }[] = []
const holder = app.snapshot as { onUpdate?: (listener: (update: { mode: string; durationMs: number }) => void) => void }
holder.onUpdate?.(({ mode, durationMs }) => updates.push({ mode, durationMs }))

const mib = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10
let session: Session | undefined

async function answer(request: ServerRequest): Promise<unknown> {
  switch (request.type) {
    case 'memory': {
      const { rss, heapUsed } = process.memoryUsage()
      global.gc?.()
      return { rssMiB: mib(rss), heapUsedMiB: mib(heapUsed), heapLiveMiB: mib(process.memoryUsage().heapUsed) } satisfies Memory
    }
    case 'cpu': {
      const { user, system } = process.cpuUsage()
      return user + system
    }
    case 'updates':
      return updates.splice(0)
    case 'profile-start':
      session = new Session()
      session.connect()
      await session.post('Profiler.enable')
      await session.post('Profiler.setSamplingInterval', { interval: 200 })
      await session.post('Profiler.start')
      return null
    case 'profile-stop': {
      const { profile } = await session!.post('Profiler.stop')
      session!.disconnect()
      await writeFile(request.file, JSON.stringify(profile))
      return null
    }
  }
}

process.on('message', (request: ServerRequest) => {
  void answer(request).then((result) => process.send!({ id: request.id, result }))
})
process.on('disconnect', () => {
  void app.close().then(() => process.exit(0))
})
process.send!({ id: 0, result: (app.server.address() as AddressInfo).port })
