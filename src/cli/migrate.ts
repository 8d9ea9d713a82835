// npm run db:migrate [-- --grant <role>]: applies prisma/migrations to DATABASE_URL, or to the embedded database.
// With --grant (and DATABASE_URL, as the schema's owner), then grants the service's limited role what it
// needs, exactly as the README's SQL block says: every table, with the change log and the key audit
// append-only, keys only added and revoked, the migration table read-only.
import { parseArgs } from 'node:util'
import { loadConfig } from '../config.js'
import { openDatabase } from '../db/database.js'
import { grantServiceRole } from '../db/roles.js'
import { CommandError, commandLog, runCommand, UsageError } from './failure.js'

const usage = 'Usage: npm run db:migrate [-- --grant <service role>]'

await runCommand(async () => {
  let role: string | undefined
  try {
    role = parseArgs({ args: process.argv.slice(2), options: { grant: { type: 'string' } } }).values.grant
  } catch (error) {
    throw new UsageError(`${(error as Error).message}. ${usage}`)
  }
  const config = loadConfig()
  if (role !== undefined && !config.DATABASE_URL) {
    throw new UsageError(`--grant is for a database named by DATABASE_URL; the embedded database grants its own role by itself. ${usage}`)
  }
  const database = await openDatabase(config, { ...commandLog, info: console.log })
  await database.close()
  console.log('The database is up to date.')
  if (role !== undefined) {
    await grantServiceRole(config.DATABASE_URL!, role).catch((error: unknown) => {
      const { code, message } = error as { code?: string; message?: string }
      if (code === '42704') throw new CommandError(`The role "${role}" does not exist; create it first (see the README), then run this again.`)
      if (code === '42501') throw new CommandError(`DATABASE_URL may not grant on these tables: run this as the role that owns them (${message}).`)
      throw error
    })
    console.log(`Granted "${role}" what the service needs.`)
  }
})
