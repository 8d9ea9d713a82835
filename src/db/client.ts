import { PrismaPg } from '@prisma/adapter-pg'
import pg from 'pg'
import { PrismaClient } from '../generated/prisma/client.js'

export type { PrismaClient }
export type TransactionClient = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0]
/** Repositories accept either the client or an open transaction. */
export type Db = PrismaClient | TransactionClient

export interface PoolOptions {
  max: number
  connectionTimeoutMillis: number
  statementTimeoutMillis: number
}

export interface DatabaseClient {
  prisma: PrismaClient
  /** The pg pool behind Prisma, for pool metrics and health checks. */
  pool: pg.Pool
  close(): Promise<void>
}

export function createDatabaseClient(databaseUrl: string, options: PoolOptions): DatabaseClient {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: options.max,
    // Without these, pg waits forever for a free connection or a stuck query.
    connectionTimeoutMillis: options.connectionTimeoutMillis,
    statement_timeout: options.statementTimeoutMillis,
    idleTimeoutMillis: 30_000,
  })
  // A connection dropped while idle (the database restarting) must not crash the process,
  pool.on('error', () => {})
  // nor one dropped while checked out between two queries (in a transaction): the pool stops
  // listening to a connection it hands out, and the query in flight fails on its own anyway.
  pool.on('connect', (client) => client.on('error', () => {}))
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) })
  return {
    prisma,
    pool,
    close: async () => {
      await prisma.$disconnect()
      await pool.end()
    },
  }
}
