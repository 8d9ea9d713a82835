import fp from 'fastify-plugin'
import { type ChangeItem, changesAfter, latestChange } from '../../repositories/changes.js'

declare module 'fastify' {
  interface FastifyInstance {
    changeStream: ChangeHub
  }
}

/** Where a stream's bytes go: an HTTP response, or anything else writable. */
export interface Sink {
  write(chunk: Buffer | string): boolean
  end(chunk?: string): unknown
  readonly writableLength: number
  readonly destroyed: boolean
  once(event: 'drain' | 'close', listener: () => void): unknown
  off(event: 'drain' | 'close', listener: () => void): unknown
  destroy(): unknown
}

/** Where the hub reads the change log. */
export interface ChangeSource {
  /** Committed entries after `after` (and not after `upTo`), oldest first, at most `limit`. */
  read(after: bigint, limit: number, upTo?: bigint): Promise<{ id: bigint; item: ChangeItem }[]>
  latest(): Promise<bigint>
}

export interface HubOptions {
  /** A comment line this often keeps connections (and proxies) from timing out. */
  heartbeatMs: number
  /** Bytes a client may have waiting in its connection before the hub waits for it to take them. */
  bufferBytes: number
  /** A client that takes nothing of a full buffer for this long is dropped. */
  slowClientMs: number
  /** The newest changes kept in memory, encoded once, for every client to take from. */
  ringSize: number
  /**
   * Change-log ids are handed out when a transaction writes, not when it
   * commits: a missing id is waited for this long (a transaction still
   * running) before it is taken as rolled back and passed over.
   */
  gapGraceMs: number
}

export const defaultHubOptions: HubOptions = { heartbeatMs: 15_000, bufferBytes: 256 * 1024, slowClientMs: 10_000, ringSize: 1000, gapGraceMs: 10_000 }

interface StreamEvent {
  id: bigint
  bytes: Buffer
}

interface Client {
  sink: Sink
  /** The last event it was sent (or the position it asked to start after). */
  lastId: bigint
  pumping: boolean
  again: boolean
  closed: boolean
}

const READ_BATCH = 200
const encode = (id: bigint, item: ChangeItem): StreamEvent => ({ id, bytes: Buffer.from(`id: ${id}\nevent: change\ndata: ${JSON.stringify(item)}\n\n`) })
const HEARTBEAT = Buffer.from(': heartbeat\n\n')

/**
 * Fans the change log out to Server-Sent Events clients. It reads the log
 * once per wake-up (every instance wakes when its snapshot takes in a
 * notified change) and keeps the newest changes encoded in a ring that every
 * client takes from; a client that starts further back reads the log
 * itself, a page at a time, at the pace it takes them. Each client's waiting
 * bytes are bounded: past `bufferBytes` the hub waits for it, and one that
 * takes nothing for `slowClientMs` is sent a last `dropped` event naming
 * where to resume, and closed.
 */
export class ChangeHub {
  /** Every change up to here has been published (or passed over as rolled back). */
  private head = 0n
  /** The ring holds every published change after this one. */
  private ringFloor = 0n
  private ring: StreamEvent[] = []
  private readonly clients = new Set<Client>()
  private polling: Promise<void> | undefined
  private pollAgain = false
  private gap: { at: bigint; since: number } | undefined
  private timers: NodeJS.Timeout[] = []
  private retry: NodeJS.Timeout | undefined
  private started = false
  private closed = false

  constructor(
    private readonly source: ChangeSource,
    private readonly options: HubOptions = defaultHubOptions,
    private readonly onError: (error: unknown) => void = () => {},
  ) {}

  /** Starts at the change log's end: clients asking for nothing older get what is written from now on. */
  async start(): Promise<void> {
    this.head = this.ringFloor = await this.source.latest()
    this.started = true
    const beat = setInterval(() => {
      for (const client of this.clients) if (!client.pumping && client.sink.writableLength === 0) client.sink.write(HEARTBEAT)
      // A notification lost on the way is made up for here.
      this.wake()
    }, this.options.heartbeatMs)
    beat.unref()
    this.timers.push(beat)
  }

  /** The newest position published: what a client starting now starts after. */
  position(): bigint {
    return this.head
  }

  get listeners(): number {
    return this.clients.size
  }

  /** Reads the change log for what is new and sends it on; calls during a read run one more read after it. */
  wake(): void {
    if (!this.started || this.closed) return
    if (this.polling) {
      this.pollAgain = true
      return
    }
    this.polling = this.poll()
      .catch(this.onError)
      .finally(() => {
        this.polling = undefined
        if (this.pollAgain) {
          this.pollAgain = false
          this.wake()
        }
      })
  }

  /** Resolves when the reads under way are done (for tests and shutdown). */
  async settled(): Promise<void> {
    while (this.polling) await this.polling
  }

  private async poll(): Promise<void> {
    for (;;) {
      const rows = await this.source.read(this.head, 500)
      if (rows.length === 0) return
      const fresh: StreamEvent[] = []
      let expected = this.head + 1n
      let held = false
      for (const row of rows) {
        if (row.id !== expected && !this.gapPassed(expected)) {
          held = true
          break
        }
        fresh.push(encode(row.id, row.item))
        expected = row.id + 1n
      }
      if (fresh.length > 0) this.publish(fresh)
      if (held) {
        // Look again shortly: the missing id's transaction commits, or its grace runs out.
        clearTimeout(this.retry)
        const left = this.options.gapGraceMs - (Date.now() - (this.gap?.since ?? Date.now()))
        this.retry = setTimeout(() => this.wake(), Math.max(1, Math.min(250, left + 1)))
        this.retry.unref()
        return
      }
      if (rows.length < 500) return
    }
  }

  /** Whether a missing id has been missing long enough to be passed over. */
  private gapPassed(at: bigint): boolean {
    const now = Date.now()
    if (this.gap?.at !== at) this.gap = { at, since: now }
    return now - this.gap.since >= this.options.gapGraceMs
  }

  private publish(events: StreamEvent[]) {
    this.ring.push(...events)
    this.head = events.at(-1)!.id
    if (this.ring.length > this.options.ringSize) {
      const dropped = this.ring.splice(0, this.ring.length - this.options.ringSize)
      this.ringFloor = dropped.at(-1)!.id
    }
    for (const client of this.clients) void this.pump(client)
  }

  /**
   * Streams to `sink` every change after `after` (default: from now on).
   * Returns the function that stops it.
   */
  subscribe(sink: Sink, after?: bigint): () => void {
    const client: Client = { sink, lastId: after ?? this.head, pumping: false, again: false, closed: false }
    this.clients.add(client)
    const stop = () => {
      client.closed = true
      this.clients.delete(client)
    }
    sink.once('close', stop)
    void this.pump(client)
    return stop
  }

  /** The events after `lastId` the ring holds, or undefined when it no longer reaches back that far. */
  private fromRing(lastId: bigint): StreamEvent[] | undefined {
    if (lastId < this.ringFloor) return undefined
    let start = this.ring.length
    while (start > 0 && this.ring[start - 1]!.id > lastId) start--
    return this.ring.slice(start)
  }

  private async pump(client: Client): Promise<void> {
    if (client.pumping) {
      client.again = true
      return
    }
    client.pumping = true
    try {
      do {
        client.again = false
        while (!client.closed && client.lastId < this.head) {
          const fromRing = this.fromRing(client.lastId)
          const batch = fromRing ?? (await this.source.read(client.lastId, READ_BATCH, this.head)).map((row) => encode(row.id, row.item))
          // Nothing left but ids passed over: the client is up to date.
          if (batch.length === 0) {
            client.lastId = this.head
            break
          }
          for (const event of batch) {
            if (client.closed) return
            if (client.sink.writableLength > this.options.bufferBytes && !(await this.drained(client))) return
            client.sink.write(event.bytes)
            client.lastId = event.id
          }
        }
      } while (client.again && !client.closed)
    } catch (error) {
      this.onError(error)
      this.drop(client, 'error', 'The stream failed on the server; reconnect to resume.')
    } finally {
      client.pumping = false
    }
  }

  /** Waits for a full buffer to empty; false when the client was dropped instead. */
  private drained(client: Client): Promise<boolean> {
    return new Promise((resolve) => {
      const done = (ok: boolean) => {
        clearTimeout(timer)
        client.sink.off('drain', onDrain)
        client.sink.off('close', onClose)
        resolve(ok)
      }
      const onDrain = () => done(!client.closed)
      const onClose = () => done(false)
      const timer = setTimeout(() => {
        done(false)
        this.drop(client, 'slow', `The client took none of its last ${this.options.bufferBytes} bytes for ${this.options.slowClientMs} ms.`)
      }, this.options.slowClientMs)
      client.sink.once('drain', onDrain)
      client.sink.once('close', onClose)
    })
  }

  /** Ends a client's stream with a last event saying why and where to resume. */
  private drop(client: Client, reason: 'slow' | 'error' | 'shutdown', detail: string) {
    if (client.closed) return
    client.closed = true
    this.clients.delete(client)
    const data = JSON.stringify({ reason, detail, lastEventId: String(client.lastId) })
    // No id: the client's Last-Event-ID stays that of the last change it was sent.
    client.sink.end(`event: dropped\ndata: ${data}\n\n`)
    // A client that reads nothing at all is cut off after a while.
    setTimeout(() => {
      if (!client.sink.destroyed) client.sink.destroy()
    }, 5000).unref()
  }

  /** Ends every stream (at shutdown), each with its last event. */
  close(): void {
    this.closed = true
    for (const timer of this.timers) clearInterval(timer)
    clearTimeout(this.retry)
    for (const client of [...this.clients]) this.drop(client, 'shutdown', 'The server is shutting down; reconnect to resume.')
  }
}

/** The hub of this instance: woken by every snapshot update, which the change notifications drive. */
export default fp<Partial<HubOptions>>(
  async (fastify, options) => {
    const hub = new ChangeHub(
      { read: (after, limit, upTo) => changesAfter(fastify.prisma, after, limit, upTo), latest: () => latestChange(fastify.prisma) },
      { ...defaultHubOptions, ...options },
      (error) => fastify.log.error({ err: error }, 'The change stream could not read the change log'),
    )
    fastify.decorate('changeStream', hub)
    fastify.snapshot.onUpdate(() => hub.wake())
    fastify.addHook('onReady', () => hub.start())
    // Streams never end by themselves: close them before the server waits for its connections.
    fastify.addHook('preClose', async () => hub.close())
  },
  { name: 'change-stream', dependencies: ['prisma', 'snapshot'] },
)
