import fp from 'fastify-plugin'
import type pg from 'pg'
import { createDatabaseClient, type PoolOptions, type PrismaClient } from '../../db/client.js'

declare module 'fastify' {
  interface FastifyInstance {
    prisma: PrismaClient
    dbPool: pg.Pool
  }
}

export interface PrismaPluginOptions {
  databaseUrl: string
  pool: PoolOptions
}

/** The one Prisma client of the app, closed (with its pool) when the app closes. */
export default fp<PrismaPluginOptions>(
  async (fastify, options) => {
    const database = createDatabaseClient(options.databaseUrl, options.pool)
    fastify.decorate('prisma', database.prisma)
    fastify.decorate('dbPool', database.pool)
    fastify.addHook('onClose', async () => {
      await database.close()
    })
  },
  { name: 'prisma' },
)
