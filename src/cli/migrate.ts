// npm run db:migrate: applies prisma/migrations to DATABASE_URL, or to the embedded database.
import { loadConfig } from '../config.js'
import { openDatabase } from '../db/database.js'
import { commandLog, runCommand } from './failure.js'

await runCommand(async () => {
  const database = await openDatabase(loadConfig(), { ...commandLog, info: console.log })
  await database.close()
  console.log('The database is up to date.')
})
