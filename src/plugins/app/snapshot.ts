import fp from 'fastify-plugin'
import pg from 'pg'
import { DATASET_CHANGED } from '../../db/notifications.js'
import type { Snapshot } from '../../domain/snapshot.js'
import { loadSnapshot } from '../../repositories/snapshot.js'

declare module 'fastify' {
  interface FastifyInstance {
    snapshot: SnapshotHolder
  }
}

export interface SnapshotHolder {
  current(): Snapshot
  /** Rebuilds from the database; the answer reflects every write committed before the call. */
  refresh(): Promise<Snapshot>
}

export interface SnapshotOptions {
  /** Listen for other instances' writes on this database (one extra connection). */
  databaseUrl?: string
}

/**
 * Keeps the immutable in-memory snapshot every read is served from, and
 * rebuilds it when any instance sharing the database commits a write.
 */
export default fp<SnapshotOptions>(
  async (fastify, options) => {
    let snapshot: Snapshot | undefined
    let building: Promise<Snapshot> | undefined
    let queued: Promise<Snapshot> | undefined

    const build = () =>
      loadSnapshot(fastify.prisma).then(({ snapshot: built, unservable }) => {
        for (const record of unservable) fastify.log.error(record, 'A stored record fails its schema and is left out of every answer')
        snapshot = built
        fastify.log.debug({ version: built.version }, 'Snapshot rebuilt')
        return built
      })

    const holder: SnapshotHolder = {
      current() {
        if (!snapshot) throw new Error('The snapshot is read before the app is ready')
        return snapshot
      },
      refresh() {
        if (!building) {
          building = build().finally(() => {
            building = undefined
          })
          return building
        }
        // A build already running may have started before the caller's write: run one more after it.
        queued ??= building
          .catch(() => undefined)
          .then(() => {
            queued = undefined
            return holder.refresh()
          })
        return queued
      },
    }
    fastify.decorate('snapshot', holder)

    let listener: pg.Client | undefined
    let closing = false
    let retry: NodeJS.Timeout | undefined
    const rebuild = () => holder.refresh().catch((error: unknown) => fastify.log.error({ err: error }, 'Snapshot rebuild failed'))

    // One connection listens for every instance's writes; if it drops, reconnect and catch up.
    const listen = async (databaseUrl: string): Promise<void> => {
      const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5000 })
      client.on('notification', () => { void rebuild() })
      client.on('error', () => {})
      client.on('end', () => {
        if (closing) return
        fastify.log.warn('The change listener lost its connection; reconnecting')
        retry = setTimeout(() => { void listen(databaseUrl).then(rebuild, () => {}) }, 2000)
      })
      try {
        await client.connect()
        await client.query(`LISTEN ${DATASET_CHANGED}`)
        listener = client
      } catch (error) {
        await client.end().catch(() => {})
        throw error
      }
    }

    fastify.addHook('onReady', async () => {
      await holder.refresh()
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
