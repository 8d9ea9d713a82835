import fp from 'fastify-plugin'
import { unavailable } from '../../domain/errors.js'

declare module 'fastify' {
  interface FastifyInstance {
    databaseHealth: { up: boolean; changedAt: Date; check(): Promise<boolean> }
  }
}

export interface DatabaseHealthOptions {
  /** How often to check the database, in milliseconds. */
  intervalMs: number
}

export const RETRY_AFTER_SECONDS = 5

/**
 * Watches the database. While it is down, reads keep being served from the
 * last good snapshot (marked stale), writes are refused at once with 503, and
 * when it returns the snapshot is rebuilt: no restart needed.
 */
export default fp<DatabaseHealthOptions>(
  async (fastify, options) => {
    const check = async (): Promise<boolean> => {
      const client = await fastify.dbPool.connect().catch(() => undefined)
      const up = client !== undefined && (await client.query('SELECT 1').then(() => true, () => false))
      client?.release(!up)
      if (up === health.up) return up
      health.up = up
      health.changedAt = new Date()
      if (up) {
        fastify.log.info('The database is back')
        await fastify.snapshot.refresh().catch((error: unknown) => fastify.log.error({ err: error }, 'Snapshot rebuild after recovery failed'))
      } else {
        fastify.log.error('The database does not answer: serving the last good snapshot, refusing writes')
      }
      return up
    }
    const health = { up: true, changedAt: new Date(), check }
    fastify.decorate('databaseHealth', health)
    let timer: NodeJS.Timeout | undefined
    const schedule = () => {
      timer = setTimeout(() => { void check().finally(schedule) }, options.intervalMs)
      timer.unref()
    }
    fastify.addHook('onReady', async () => schedule())
    fastify.addHook('onClose', async () => clearTimeout(timer))

    fastify.addHook('onRequest', async (request, reply) => {
      if (health.up) return
      if (request.routeOptions.config.write) {
        throw unavailable(
          'The database is unavailable, so nothing can be written now; nothing was changed. Retry shortly.',
          RETRY_AFTER_SECONDS,
          'database-unavailable',
        )
      }
      reply.header('x-data-stale', `since ${health.changedAt.toISOString()}`)
    })
  },
  { name: 'database-health', dependencies: ['prisma', 'snapshot', 'errors'] },
)
