import fp from 'fastify-plugin'
import { createPrismaClient, type PoolOptions, type PrismaClient } from '../db/client.js'

declare module 'fastify' {
  interface FastifyInstance {
    prisma: PrismaClient
  }
}

export interface PrismaPluginOptions {
  databaseUrl: string
  pool: PoolOptions
}

/** The one Prisma client of the app, closed (with its pool) when the app closes. */
export default fp<PrismaPluginOptions>(
  async (fastify, options) => {
    const prisma = createPrismaClient(options.databaseUrl, options.pool)
    fastify.decorate('prisma', prisma)
    fastify.addHook('onClose', async () => {
      await prisma.$disconnect()
    })
  },
  { name: 'prisma' },
)
