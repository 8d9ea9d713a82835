import type { App } from '../../src/app.js'
import { createApiKey, revokeApiKey } from '../../src/repositories/api-keys.js'

/** An editor, an admin and a revoked key on the app's database. */
export async function keys(app: App) {
  const editor = await createApiKey(app.prisma, { name: 'test-editor', role: 'editor', displayName: 'Test editor' }, 'test')
  const admin = await createApiKey(app.prisma, { name: 'test-admin', role: 'admin' }, 'test')
  const revoked = await createApiKey(app.prisma, { name: 'test-revoked', role: 'editor' }, 'test')
  await revokeApiKey(app.prisma, 'test-revoked', 'test')
  const bearer = (key: string) => ({ authorization: `Bearer ${key}` })
  return { editor: bearer(editor.key), admin: bearer(admin.key), revoked: bearer(revoked.key), unknown: bearer('rk_not-a-real-key') }
}
