// npm run openapi: writes the OpenAPI document the server serves to openapi/openapi.json.
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { buildApp } from '../app.js'
import { loadConfig } from '../config.js'
import { openDatabase } from '../db/database.js'
import { CommandError, commandLog, runCommand } from './failure.js'

export const openapiFile = path.resolve(import.meta.dirname, '../../openapi/openapi.json')

await runCommand(async () => {
  const config = loadConfig()
  const database = await openDatabase(config, commandLog)
  try {
    const app = await buildApp({ databaseUrl: database.url, config, loadCuratedData: false }, { logger: false })
    try {
      await app.ready()
      await writeFile(openapiFile, `${JSON.stringify(app.swagger(), null, 2)}\n`).catch((error: unknown) => {
        throw new CommandError(`Cannot write ${openapiFile}: ${(error as Error).message}; make it writable and retry.`)
      })
    } finally {
      await app.close()
    }
    console.log(`Wrote ${path.relative(process.cwd(), openapiFile)}`)
  } finally {
    await database.close()
  }
})
