import fp from 'fastify-plugin'
import pg from 'pg'
import { loadSnapshot, type Snapshot } from '../domain/snapshot.js'

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

export const DATASET_CHANGED = 'dataset_changed'

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
      loadSnapshot(fastify.prisma).then((built) => {
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
    fastify.addHook('onReady', async () => {
      await holder.refresh()
      if (!options.databaseUrl) return
      listener = new pg.Client({ connectionString: options.databaseUrl })
      listener.on('notification', () => {
        holder.refresh().catch((error: unknown) => fastify.log.error({ err: error }, 'Snapshot rebuild failed'))
      })
      listener.on('error', (error) => fastify.log.warn({ err: error }, 'The change listener lost its connection'))
      await listener.connect()
      await listener.query(`LISTEN ${DATASET_CHANGED}`)
    })
    fastify.addHook('onClose', async () => {
      await listener?.end().catch(() => {})
    })
  },
  { name: 'snapshot', dependencies: ['prisma'] },
)
