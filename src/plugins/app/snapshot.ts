import fp from 'fastify-plugin'
import pg from 'pg'
import { DATASET_CHANGED } from '../../db/notifications.js'
import type { Snapshot } from '../../domain/snapshot.js'
import { changesSince, GAP_WINDOW, loadSnapshot, missingChanges, type Unservable, updateSnapshot } from '../../repositories/snapshot.js'

declare module 'fastify' {
  interface FastifyInstance {
    snapshot: SnapshotHolder
    /** The snapshot's change listener, shared: other plugins listen on it for their own channels. */
    notifications: Notifications
  }
}

/** What a plugin listening on a channel of the shared listener connection is told. */
export interface ChannelSubscriber {
  /** A notification on the channel, with its payload. */
  notified(payload: string | undefined): void
  /** The listener lost its connection and has it again: notifications may have been missed, read everything again. */
  resync(): void
}

export interface Notifications {
  /** Listens on the channel too, on the one listener connection (call it before the app is ready). */
  subscribe(channel: string, subscriber: ChannelSubscriber): void
}

/** How a new snapshot came to be, and how long that took. */
export interface SnapshotUpdate {
  snapshot: Snapshot
  mode: 'full' | 'incremental'
  durationMs: number
  /** Change-log entries applied (for an incremental update). */
  changes: number
}

export interface SnapshotHolder {
  current(): Snapshot
  /**
   * Brings the snapshot up to date with the change log: only the records that
   * changed are read again. The answer reflects every write committed before
   * the call.
   */
  refresh(): Promise<Snapshot>
  /** Reads the whole dataset again (also what a write made past the change log, e.g. by hand in SQL). */
  rebuild(): Promise<Snapshot>
  /** Calls `listener` with each new snapshot. */
  onUpdate(listener: (update: SnapshotUpdate) => void): void
}

export interface SnapshotOptions {
  /** Listen for other instances' writes on this database (one extra connection). */
  databaseUrl?: string
}

/** More new change-log entries than this are read as a full rebuild. */
const MAX_INCREMENTAL = 500
/** A change-log id still missing after this long belongs to a transaction that rolled back. */
const PENDING_TTL_MS = 15 * 60_000

/**
 * Keeps the immutable in-memory snapshot every read is served from. When any
 * instance sharing the database commits a write, it reads the change log
 * since its snapshot's last entry and applies the records those changes
 * touched; it rebuilds the whole snapshot only at start, after losing track
 * (a lost listener connection) or when very many changes arrive at once.
 *
 * Change-log ids are handed out when a transaction writes, not when it
 * commits, so an id below the newest one seen may still be uncommitted: such
 * ids are kept as pending and read again until they appear (or expire).
 */
export default fp<SnapshotOptions>(
  async (fastify, options) => {
    let snapshot: Snapshot | undefined
    /** Ids not seen yet below the snapshot's newest, with when they were first missed. */
    let pending = new Map<bigint, number>()
    /** Below this id, the holder does not know which changes it has applied (older than its first full read). */
    let knownFrom = 0n
    let running: Promise<Snapshot> | undefined
    let queued: { full: boolean; promise: Promise<Snapshot> } | undefined
    const listeners: ((update: SnapshotUpdate) => void)[] = []

    const publish = (next: Snapshot, mode: SnapshotUpdate['mode'], started: number, changes: number, unservable: Unservable[]) => {
      for (const record of unservable) fastify.log.error(record, 'A stored record fails its schema and is left out of every answer')
      snapshot = next
      const update = { snapshot: next, mode, durationMs: performance.now() - started, changes }
      fastify.log.debug({ version: next.version, changeId: String(next.changeId), mode, durationMs: update.durationMs }, 'Snapshot updated')
      for (const listener of listeners) listener(update)
      return next
    }

    const fullBuild = async (): Promise<Snapshot> => {
      const started = performance.now()
      const built = await loadSnapshot(fastify.prisma)
      const now = Date.now()
      pending = new Map(built.pending.map((id) => [id, now]))
      knownFrom = built.snapshot.changeId > GAP_WINDOW ? built.snapshot.changeId - GAP_WINDOW : 0n
      return publish(built.snapshot, 'full', started, 0, built.unservable)
    }

    const incremental = async (): Promise<Snapshot> => {
      const current = snapshot
      if (!current) return fullBuild()
      const started = performance.now()
      const now = Date.now()
      for (const [id, since] of pending) if (now - since > PENDING_TTL_MS) pending.delete(id)
      const changes = await changesSince(fastify.dbPool, current.changeId, [...pending.keys()], MAX_INCREMENTAL + 1)
      if (changes.length === 0) return current
      const newest = changes.at(-1)!.id
      if (changes.length > MAX_INCREMENTAL || newest - current.changeId > 10n * GAP_WINDOW) return fullBuild()
      const updated = await updateSnapshot(fastify.prisma, current, changes)
      if (!updated) return fullBuild()
      const seen = new Set(changes.map((change) => change.id))
      for (const id of seen) pending.delete(id)
      // Ids skipped over are transactions not committed yet when the log was read.
      if (newest > current.changeId + 1n && seen.size < newest - current.changeId) {
        for (const id of await missingChanges(fastify.prisma, current.changeId, newest)) if (!seen.has(id)) pending.set(id, now)
      }
      return publish(updated.snapshot, 'incremental', started, changes.length, updated.unservable)
    }

    // One update at a time; a call during one runs another after it (its write may have come after the running one read the log).
    const schedule = (full: boolean): Promise<Snapshot> => {
      if (!running) {
        running = (full ? fullBuild() : incremental()).finally(() => {
          running = undefined
        })
        return running
      }
      if (queued) {
        queued.full ||= full
        return queued.promise
      }
      const next = { full, promise: undefined as unknown as Promise<Snapshot> }
      next.promise = running
        .catch(() => undefined)
        .then(() => {
          queued = undefined
          return schedule(next.full)
        })
      queued = next
      return next.promise
    }

    const holder: SnapshotHolder = {
      current() {
        if (!snapshot) throw new Error('The snapshot is read before the app is ready')
        return snapshot
      },
      refresh: () => schedule(false),
      rebuild: () => schedule(true),
      onUpdate(listener) {
        listeners.push(listener)
      },
    }
    fastify.decorate('snapshot', holder)

    const subscribers = new Map<string, ChannelSubscriber[]>()
    fastify.decorate('notifications', {
      subscribe(channel: string, subscriber: ChannelSubscriber) {
        if (listener) throw new Error(`Subscribe to ${channel} before the app is ready`)
        subscribers.set(channel, [...(subscribers.get(channel) ?? []), subscriber])
      },
    } satisfies Notifications)

    let listener: pg.Client | undefined
    let closing = false
    let retry: NodeJS.Timeout | undefined
    const update = (full: boolean) => schedule(full).catch((error: unknown) => fastify.log.error({ err: error }, 'Snapshot update failed'))

    /** A change notification: skipped when the snapshot already has it; a full rebuild when it is too old to tell. */
    const notified = (payload: string | undefined) => {
      let id: bigint | undefined
      try {
        id = BigInt((JSON.parse(payload ?? '') as { id?: string }).id ?? '')
      } catch {}
      const current = snapshot
      if (id !== undefined && current && id <= current.changeId && !pending.has(id)) {
        if (id >= knownFrom) return
        void update(true)
        return
      }
      void update(false)
    }

    // One connection listens for every instance's writes; if it drops, reconnect and read everything again.
    const listen = async (databaseUrl: string): Promise<void> => {
      const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5000 })
      client.on('notification', (message) => {
        if (message.channel === DATASET_CHANGED) notified(message.payload)
        else for (const subscriber of subscribers.get(message.channel) ?? []) subscriber.notified(message.payload)
      })
      client.on('error', () => {})
      client.on('end', () => {
        if (closing) return
        fastify.log.warn('The change listener lost its connection; reconnecting')
        const resync = () => {
          void update(true)
          for (const list of subscribers.values()) for (const subscriber of list) subscriber.resync()
        }
        retry = setTimeout(() => { void listen(databaseUrl).then(resync, () => {}) }, 2000)
      })
      try {
        await client.connect()
        for (const channel of [DATASET_CHANGED, ...subscribers.keys()]) await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`)
        listener = client
      } catch (error) {
        await client.end().catch(() => {})
        throw error
      }
    }

    fastify.addHook('onReady', async () => {
      await holder.rebuild()
      if (options.databaseUrl) await listen(options.databaseUrl)
    })
    fastify.addHook('onClose', async () => {
      closing = true
      clearTimeout(retry)
      await listener?.end().catch(() => {})
    })
  },
  { name: 'snapshot', dependencies: ['prisma'] },
)
