import fp from 'fastify-plugin'
import { loadSnapshot, type Snapshot } from '../domain/snapshot.js'

declare module 'fastify' {
  interface FastifyInstance {
    snapshot: SnapshotHolder
  }
}

export interface SnapshotHolder {
  current(): Snapshot
  /** Rebuilds from the database; concurrent calls share one rebuild. */
  refresh(): Promise<Snapshot>
}

/** Keeps the immutable in-memory snapshot that every read is served from. */
export default fp(
  async (fastify) => {
    let snapshot: Snapshot | undefined
    let rebuilding: Promise<Snapshot> | undefined
    const holder: SnapshotHolder = {
      current() {
        if (!snapshot) throw new Error('The snapshot is read before the app is ready')
        return snapshot
      },
      refresh() {
        rebuilding ??= loadSnapshot(fastify.prisma)
          .then((built) => {
            snapshot = built
            fastify.log.debug({ version: built.version }, 'Snapshot rebuilt')
            return built
          })
          .finally(() => {
            rebuilding = undefined
          })
        return rebuilding
      },
    }
    fastify.decorate('snapshot', holder)
    fastify.addHook('onReady', async () => {
      await holder.refresh()
    })
  },
  { name: 'snapshot', dependencies: ['prisma'] },
)
