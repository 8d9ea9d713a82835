import { setTimeout as sleep } from 'node:timers/promises'
import type { App } from '../../src/app.js'
import { createApiKey, hashKey, revokeApiKey } from '../../src/repositories/api-keys.js'

/**
 * An editor, an admin and a revoked key on the app's database, made as the CLI makes them:
 * the app learns of them through its notifications, in commit order. The revoked key comes
 * first, so once the app knows the admin key it has also forgotten the revoked one.
 */
export async function keys(app: App) {
  const revoked = await createApiKey(app.prisma, { name: 'test-revoked', role: 'editor' }, 'test')
  await revokeApiKey(app.prisma, 'test-revoked', 'test')
  const editor = await createApiKey(app.prisma, { name: 'test-editor', role: 'editor', displayName: 'Test editor' }, 'test')
  const admin = await createApiKey(app.prisma, { name: 'test-admin', role: 'admin' }, 'test')
  for (const start = Date.now(); !app.activeKeys.get(hashKey(admin.key)); await sleep(2)) {
    if (Date.now() - start > 5000) throw new Error('the app did not learn of the test keys within 5 s')
  }
  const bearer = (key: string) => ({ authorization: `Bearer ${key}` })
  return { editor: bearer(editor.key), admin: bearer(admin.key), revoked: bearer(revoked.key), unknown: bearer('rk_not-a-real-key') }
}
