// npm run keys:create -- --name <who> --role editor|admin
// npm run keys:revoke -- --name <who>
// Works on DATABASE_URL, or the embedded database (shared with a running service).
import { parseArgs } from 'node:util'
import { loadConfig } from '../config.js'
import { createDatabaseClient } from '../db/client.js'
import { openDatabase, poolOptions } from '../db/database.js'
import { ApiKeyError, createApiKey, revokeApiKey } from '../repositories/api-keys.js'
import { apiKeyBody } from '../schemas/keys.js'

const [command, ...rest] = process.argv.slice(2)
const { values } = parseArgs({ args: rest, options: { name: { type: 'string' }, role: { type: 'string' } } })
if ((command !== 'create' && command !== 'revoke') || !values.name) {
  console.error('Usage: npm run keys:create -- --name <who> --role editor|admin\n       npm run keys:revoke -- --name <who>')
  process.exit(2)
}

const config = loadConfig()
const database = await openDatabase(config, { info: () => {}, warn: console.warn, debug: () => {} })
const { prisma, close } = createDatabaseClient(database.url, poolOptions(config))
let exitCode = 0
try {
  if (command === 'create') {
    const parsed = apiKeyBody.safeParse({ name: values.name, role: values.role })
    if (!parsed.success) throw new ApiKeyError(parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('\n'))
    const created = await createApiKey(prisma, parsed.data.name, parsed.data.role)
    console.log(`Created ${created.role} key "${created.name}". It is shown only now; keep it secret:\n\n${created.key}\n`)
  } else if (await revokeApiKey(prisma, values.name)) {
    console.log(`Revoked the key "${values.name}".`)
  } else {
    throw new ApiKeyError(`No active key is named "${values.name}".`)
  }
} catch (error) {
  console.error(error instanceof ApiKeyError ? error.message : error)
  exitCode = 1
} finally {
  await close()
  await database.close()
}
process.exit(exitCode)
