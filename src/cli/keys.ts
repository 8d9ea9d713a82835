// npm run keys:create -- --name <who> --role editor|admin [--display-name <shown publicly>]
// npm run keys:revoke -- --name <who>
// Works on DATABASE_URL, or the embedded database (shared with a running service).
import { parseArgs } from 'node:util'
import { loadConfig } from '../config.js'
import { createDatabaseClient } from '../db/client.js'
import { openDatabase, poolOptions } from '../db/database.js'
import { ApiKeyError, createApiKey, revokeApiKey } from '../repositories/api-keys.js'
import { apiKeyBody } from '../schemas/keys.js'
import { commandLog, runCommand, UsageError } from './failure.js'

const usage = 'Usage: npm run keys:create -- --name <who> --role editor|admin [--display-name <shown publicly>], or npm run keys:revoke -- --name <who>'

function options(args: string[]) {
  try {
    return parseArgs({ args, options: { name: { type: 'string' }, role: { type: 'string' }, 'display-name': { type: 'string' } } }).values
  } catch (error) {
    throw new UsageError(`${(error as Error).message}. ${usage}`)
  }
}

await runCommand(async () => {
  const [command, ...rest] = process.argv.slice(2)
  const values = options(rest)
  const name = values.name
  if ((command !== 'create' && command !== 'revoke') || !name) throw new UsageError(usage)
  // The arguments are checked before any database is opened.
  const key = command === 'create' ? apiKeyBody.safeParse({ name, role: values.role, displayName: values['display-name'] }) : undefined
  if (key && !key.success) throw new UsageError(`${key.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; ')}. ${usage}`)

  const config = loadConfig()
  const database = await openDatabase(config, commandLog)
  try {
    const { prisma, close } = createDatabaseClient(database.url, poolOptions(config))
    try {
      if (key) {
        const created = await createApiKey(prisma, key.data!, 'cli')
        console.log(`Created ${created.role} key "${created.name}". It is shown only now; keep it secret:\n\n${created.key}\n`)
      } else if (await revokeApiKey(prisma, name, 'cli')) {
        console.log(`Revoked the key "${name}".`)
      } else {
        throw new ApiKeyError(`No active key is named "${name}"; npm run keys:create makes one.`)
      }
    } finally {
      await close()
    }
  } finally {
    await database.close()
  }
})
