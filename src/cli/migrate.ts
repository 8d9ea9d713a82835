// npm run db:migrate: applies prisma/migrations to DATABASE_URL, or to the embedded database.
import { ConfigError, loadConfig } from '../config.js'
import { openDatabase } from '../db/database.js'

const log = { info: console.log, warn: console.warn, debug: () => {} }
try {
  const database = await openDatabase(loadConfig(), log)
  await database.close()
  console.log('The database is up to date.')
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : `Migration failed: ${(error as Error).message}`)
  process.exit(1)
}
