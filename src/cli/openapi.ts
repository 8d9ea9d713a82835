// npm run openapi: writes the OpenAPI document the server serves to openapi/openapi.json.
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { buildApp } from '../app.js'
import { loadConfig } from '../config.js'
import { openDatabase } from '../db/database.js'

export const openapiFile = path.resolve(import.meta.dirname, '../../openapi/openapi.json')

const config = loadConfig()
const quiet = { info: () => {}, warn: console.warn, debug: () => {} }
const database = await openDatabase(config, quiet)
try {
  const app = await buildApp({ databaseUrl: database.url, config, loadCuratedData: false }, { logger: false })
  await app.ready()
  await writeFile(openapiFile, `${JSON.stringify(app.swagger(), null, 2)}\n`)
  await app.close()
  console.log(`Wrote ${path.relative(process.cwd(), openapiFile)}`)
} finally {
  await database.close()
}
