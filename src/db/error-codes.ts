/** PostgreSQL SQLSTATE codes the service tells apart. */
export const PgError = {
  uniqueViolation: '23505',
  foreignKeyViolation: '23503',
  checkViolation: '23514',
  notNullViolation: '23502',
  characterNotInRepertoire: '22021',
  untranslatableCharacter: '22P05',
  adminShutdown: '57P01',
  crashShutdown: '57P02',
  cannotConnectNow: '57P03',
  connectionFailure: '08006',
  unableToConnect: '08001',
  connectionDoesNotExist: '08003',
} as const

/** Prisma's own error codes the service tells apart. */
export const PrismaError = {
  cannotReach: 'P1001',
  timedOut: 'P1002',
  operationTimedOut: 'P1008',
  connectionClosed: 'P1017',
  uniqueViolation: 'P2002',
  foreignKeyViolation: 'P2003',
  poolTimeout: 'P2024',
  recordNotFound: 'P2025',
} as const

/** Codes that mean the database went away or is restarting: retry, do not give up. */
export const connectionErrorCodes: ReadonlySet<string> = new Set([
  PrismaError.cannotReach,
  PrismaError.timedOut,
  PrismaError.operationTimedOut,
  PrismaError.connectionClosed,
  PrismaError.poolTimeout,
  'ECONNREFUSED',
  'ECONNRESET',
  PgError.adminShutdown,
  PgError.crashShutdown,
  PgError.cannotConnectNow,
  PgError.connectionFailure,
  PgError.unableToConnect,
  PgError.connectionDoesNotExist,
])
