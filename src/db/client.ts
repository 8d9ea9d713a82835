import { PrismaPg } from '@prisma/adapter-pg'
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

export function createPrismaClient(databaseUrl: string, pool: PoolOptions): PrismaClient {
  const adapter = new PrismaPg({
    connectionString: databaseUrl,
    max: pool.max,
    // Without these, pg waits forever for a free connection or a stuck query.
    connectionTimeoutMillis: pool.connectionTimeoutMillis,
    statement_timeout: pool.statementTimeoutMillis,
    idleTimeoutMillis: 30_000,
  })
  return new PrismaClient({ adapter })
}
