import closeWithGrace from 'close-with-grace'
import pino from 'pino'
import { buildApp } from './app.js'
import { ConfigError, loadConfig } from './config.js'
import { openDatabase } from './db/database.js'
import { EmbeddedDatabaseError } from './db/embedded.js'
import { MigrationError } from './db/migrate.js'
import { DataFileError } from './data/files.js'

/** Starts the service: config, database, migrations, app (with data load), listen, graceful close. */
async function main() {
  const config = loadConfig()
  const loggerOptions = {
    level: config.LOG_LEVEL,
    // Pretty logs for a person at a terminal; JSON lines for everything else.
    ...(process.stdout.isTTY ? { transport: { target: 'pino-pretty', options: { translateTime: 'HH:MM:ss', ignore: 'pid,hostname' } } } : {}),
  }
  const log = pino(loggerOptions)
  const database = await openDatabase(config, log)

  let app
  try {
    app = await buildApp(
      { databaseUrl: database.url, config, loadCuratedData: true },
      {
        loggerInstance: log,
        trustProxy: config.TRUST_PROXY,
        connectionTimeout: 30_000,
        requestTimeout: 30_000,
        keepAliveTimeout: 10_000,
      },
    )
    await app.ready()
  } catch (error) {
    await app?.close().catch(() => {})
    await database.close()
    throw error
  }

  // On SIGTERM/SIGINT: stop accepting, let in-flight requests finish, close the pool, stop the database.
  closeWithGrace({ delay: 20_000, logger: log }, async ({ signal, err }) => {
    if (err) log.error({ err }, 'Shutting down after an error')
    else log.info(`${signal} received, shutting down`)
    await app.close()
    await database.close()
  })

  await app.listen({ port: config.PORT, host: config.HOST })
}

main().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof EmbeddedDatabaseError || error instanceof MigrationError || error instanceof DataFileError
  // Problems a person can fix get a plain message, not a stack trace.
  console.error(known ? `Cannot start: ${(error as Error).message}` : error)
  process.exit(1)
})
