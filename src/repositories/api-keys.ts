import { createHash, randomBytes } from 'node:crypto'
import type { Db, PrismaClient } from '../db/client.js'
import { API_KEYS_CHANGED } from '../db/notifications.js'
import type { ApiKeyRole } from '../generated/prisma/enums.js'

export const hashKey = (key: string) => createHash('sha256').update(key).digest('hex')

/** Who holds a key: what a write is attributed to. */
export interface KeyHolder {
  name: string
  role: ApiKeyRole
  displayName: string
}

/** What the API_KEYS_CHANGED notification carries: a key made active, or revoked. Hashes only, never a key. */
export type KeyChange = { action: 'create'; keyHash: string; holder: KeyHolder } | { action: 'revoke'; keyHash: string; name: string }

type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0]

const notify = (tx: Tx, change: KeyChange) => tx.$executeRaw`SELECT pg_notify(${API_KEYS_CHANGED}, ${JSON.stringify(change)})`

export class ApiKeyError extends Error {}

const shown = (row: { name: string; role: ApiKeyRole; displayName: string; createdAt: Date; revokedAt: Date | null }) => ({
  name: row.name,
  role: row.role,
  displayName: row.displayName,
  createdAt: row.createdAt.toISOString(),
  revokedAt: row.revokedAt?.toISOString() ?? null,
})

/**
 * Creates a key and returns it: the only time it is ever shown. A name is
 * never reused, so the change log's writer always means one identity.
 * `by` is who made it (an admin key's name, or "cli"), for the audit.
 */
export async function createApiKey(prisma: PrismaClient, input: { name: string; role: ApiKeyRole; displayName?: string }, by: string) {
  // 32 random bytes: far too many to guess, so a fast hash is enough to store.
  const key = `rk_${randomBytes(32).toString('base64url')}`
  return prisma.$transaction(async (tx) => {
    if (await tx.apiKey.findUnique({ where: { name: input.name } })) {
      throw new ApiKeyError(`A key named "${input.name}" exists or existed; names are not reused. Choose another name.`)
    }
    const row = await tx.apiKey.create({ data: { name: input.name, role: input.role, displayName: input.displayName ?? input.role, keyHash: hashKey(key) } })
    await tx.apiKeyEvent.create({ data: { keyName: row.name, action: 'create', by } })
    await notify(tx, { action: 'create', keyHash: row.keyHash, holder: { name: row.name, role: row.role, displayName: row.displayName } })
    return { ...shown(row), key }
  })
}

/** Revoking would leave no active admin key (over HTTP; the CLI can make a new one, so it may). */
export class LastAdminKeyError extends ApiKeyError {}

/**
 * Revokes a key at once: the change every instance applies, or undefined when no active key has
 * the name. With `keepAnAdmin`, the last active admin key is not revoked (LastAdminKeyError): the
 * active admin keys are locked first, so two admins revoking each other at once cannot both succeed.
 */
export async function revokeApiKey(prisma: PrismaClient, name: string, by: string, options: { keepAnAdmin?: boolean } = {}): Promise<KeyChange | undefined> {
  return prisma.$transaction(async (tx) => {
    const row = await tx.apiKey.findFirst({ where: { name, revokedAt: null } })
    if (!row) return undefined
    if (options.keepAnAdmin && row.role === 'admin') {
      const admins = await tx.$queryRaw<{ name: string }[]>`SELECT name FROM api_keys WHERE role = 'admin' AND revoked_at IS NULL FOR UPDATE`
      if (!admins.some((admin) => admin.name !== name)) {
        throw new LastAdminKeyError(
          `"${name}" is the last active admin key; revoking it would leave no one to manage keys. ` +
            'Create another admin key first (POST /v1/keys, or npm run keys:create -- --role admin), then revoke this one.',
        )
      }
    }
    const { count } = await tx.apiKey.updateMany({ where: { name, revokedAt: null }, data: { revokedAt: new Date() } })
    if (count === 0) return undefined
    await tx.apiKeyEvent.create({ data: { keyName: name, action: 'revoke', by } })
    const change: KeyChange = { action: 'revoke', keyHash: row.keyHash, name }
    await notify(tx, change)
    return change
  })
}

export async function listApiKeys(db: Db) {
  return (await db.apiKey.findMany({ orderBy: { name: 'asc' } })).map(shown)
}

export async function listApiKeyEvents(db: Db) {
  const rows = await db.apiKeyEvent.findMany({ orderBy: { id: 'asc' } })
  return rows.map((row) => ({ id: row.id.toString(), keyName: row.keyName, action: row.action, by: row.by, at: row.at.toISOString() }))
}

/** The key's holder, if the key is known and not revoked. */
export async function findActiveKey(db: Db, key: string): Promise<KeyHolder | undefined> {
  const row = await db.apiKey.findUnique({ where: { keyHash: hashKey(key) } })
  return row && row.revokedAt === null ? { name: row.name, role: row.role, displayName: row.displayName } : undefined
}

/** Every active key's hash and holder, to recognise them without a query. */
export async function listActiveKeys(db: Db): Promise<[string, KeyHolder][]> {
  const rows = await db.apiKey.findMany({ where: { revokedAt: null } })
  return rows.map((row) => [row.keyHash, { name: row.name, role: row.role, displayName: row.displayName }])
}
