import { createHash, randomBytes } from 'node:crypto'
import type { Db } from '../db/client.js'
import type { ApiKeyRole } from '../generated/prisma/enums.js'

export const hashKey = (key: string) => createHash('sha256').update(key).digest('hex')

export class ApiKeyError extends Error {}

/** Creates a key and returns it: the only time it is ever shown. */
export async function createApiKey(db: Db, name: string, role: ApiKeyRole): Promise<{ name: string; role: ApiKeyRole; key: string; createdAt: Date }> {
  const existing = await db.apiKey.findUnique({ where: { name } })
  if (existing && existing.revokedAt === null) throw new ApiKeyError(`A key named "${name}" exists; revoke it first.`)
  // 32 random bytes: far too many to guess, so a fast hash is enough to store.
  const key = `rk_${randomBytes(32).toString('base64url')}`
  const row = existing
    ? await db.apiKey.update({ where: { name }, data: { role, keyHash: hashKey(key), revokedAt: null, createdAt: new Date() } })
    : await db.apiKey.create({ data: { name, role, keyHash: hashKey(key) } })
  return { name: row.name, role: row.role, key, createdAt: row.createdAt }
}

export async function revokeApiKey(db: Db, name: string): Promise<boolean> {
  const { count } = await db.apiKey.updateMany({ where: { name, revokedAt: null }, data: { revokedAt: new Date() } })
  return count > 0
}

/** The key's holder, if the key is known and not revoked. */
export async function findActiveKey(db: Db, key: string) {
  const row = await db.apiKey.findUnique({ where: { keyHash: hashKey(key) } })
  return row && row.revokedAt === null ? { name: row.name, role: row.role } : undefined
}
