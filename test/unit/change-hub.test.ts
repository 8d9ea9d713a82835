import assert from 'node:assert/strict'
import { EventEmitter } from 'node:events'
import { test } from 'node:test'
import { ChangeHub, defaultHubOptions, type Sink } from '../../src/plugins/app/change-stream.js'
import type { ChangeItem } from '../../src/repositories/changes.js'

/** A connection whose reader takes bytes only when told to. */
class SlowSink extends EventEmitter implements Sink {
  written: string[] = []
  writableLength = 0
  destroyed = false
  ended = false
  write(chunk: Buffer | string) {
    this.written.push(String(chunk))
    this.writableLength += chunk.length
    return this.writableLength < 64
  }

  end(chunk?: string) {
    if (chunk) this.written.push(chunk)
    this.ended = true
  }

  destroy() {
    this.destroyed = true
    this.emit('close')
  }

  take() {
    this.writableLength = 0
    this.emit('drain')
  }
}

const item = (id: bigint): ChangeItem => ({
  id: String(id),
  resource: 'fees',
  recordId: 'f',
  action: 'update',
  actor: 'a',
  at: '2026-01-01T00:00:00.000Z',
  before: null,
  after: { n: 'x'.repeat(100) },
})

function logOf(ids: bigint[]) {
  const log = ids.map((id) => ({ id, item: item(id) }))
  return {
    log,
    source: {
      read: async (after: bigint, limit: number, upTo?: bigint) =>
        log.filter((row) => row.id > after && (upTo === undefined || row.id <= upTo)).slice(0, limit),
      latest: async () => log.at(-1)?.id ?? 0n,
    },
  }
}
const ids = (sink: SlowSink) => sink.written.flatMap((chunk) => [...chunk.matchAll(/^id: (\d+)$/gm)].map((m) => m[1]))
const tick = (ms = 10) => new Promise((resolve) => setTimeout(resolve, ms))

test('a client that takes nothing of a full buffer is dropped with a last event saying where to resume', async () => {
  const { log, source } = logOf([1n, 2n])
  const hub = new ChangeHub(source, { ...defaultHubOptions, bufferBytes: 100, slowClientMs: 50 })
  await hub.start()
  const slow = new SlowSink()
  const fast = new SlowSink()
  hub.subscribe(slow, 0n)
  hub.subscribe(fast, 0n)
  for (let i = 0; i < 20 && ids(fast).length < 2; i++) {
    fast.take()
    await tick()
  }
  assert.deepEqual(ids(fast), ['1', '2'])
  assert.deepEqual(ids(slow), ['1'], 'one event fills the slow client\'s buffer')
  await tick(100)
  assert.ok(slow.ended)
  const last = slow.written.at(-1)!
  assert.match(last, /^event: dropped\ndata: /)
  assert.deepEqual(JSON.parse(last.split('data: ')[1]!), { reason: 'slow', detail: 'The client took none of its last 100 bytes for 50 ms.', lastEventId: '1' })
  assert.equal(hub.listeners, 1, 'the fast client stays')
  log.push({ id: 3n, item: item(3n) })
  fast.take()
  hub.wake()
  await hub.settled()
  await tick()
  assert.deepEqual(ids(fast), ['1', '2', '3'])
  hub.close()
})

test('a missing id is waited for while its transaction may still commit, then passed over', async () => {
  const { log, source } = logOf([1n])
  const hub = new ChangeHub(source, { ...defaultHubOptions, gapGraceMs: 300 })
  await hub.start()
  const sink = new SlowSink()
  hub.subscribe(sink)
  log.push({ id: 3n, item: item(3n) })
  hub.wake()
  await hub.settled()
  assert.deepEqual(ids(sink), [], '3 waits for 2')
  log.splice(1, 0, { id: 2n, item: item(2n) })
  hub.wake()
  await hub.settled()
  await tick()
  sink.take()
  await tick()
  assert.deepEqual(ids(sink), ['2', '3'], 'in order once 2 commits')
  log.push({ id: 5n, item: item(5n) })
  hub.wake()
  await hub.settled()
  assert.deepEqual(ids(sink), ['2', '3'])
  await tick(400)
  sink.take()
  await tick()
  assert.deepEqual(ids(sink), ['2', '3', '5'], '4 never came: passed over after its grace')
  hub.close()
  assert.match(sink.written.at(-1)!, /"reason":"shutdown"/)
})
