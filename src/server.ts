import { createRequire } from 'node:module'
import closeWithGrace from 'close-with-grace'
import pino from 'pino'
import { type App, buildApp } from './app.js'
import { CommandError, describeFailure } from './cli/failure.js'
import { loadConfig } from './config.js'
import { type Database, openDatabase } from './db/database.js'

/** How long requests in flight may take to finish after SIGTERM before their connections are cut. */
const DRAIN_MS = 6000
/** The whole shutdown's limit; it normally takes well under a second. */
const SHUTDOWN_LIMIT_MS = 9500

const settlesWithin = (promise: Promise<unknown>, ms: number) => {
  let timer: NodeJS.Timeout | undefined
  return Promise.race([
    promise.then(() => true, () => true),
    new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms))),
  ]).finally(() => clearTimeout(timer))
}

/** pino-pretty is a development dependency: a production install (npm ci --omit=dev) logs JSON lines even at a terminal. */
function prettyPrinterInstalled(): boolean {
  try {
    createRequire(import.meta.url).resolve('pino-pretty')
    return true
  } catch {
    return false
  }
}

/** Stops listening and lets requests in flight finish, within DRAIN_MS; then cuts what is left. */
async function closeApp(app: App, log: pino.Logger): Promise<void> {
  const closing = app.close()
  if (await settlesWithin(closing, DRAIN_MS)) return
  log.warn(`Requests still running ${DRAIN_MS / 1000} s after the signal; closing their connections`)
  app.server.closeAllConnections()
  await settlesWithin(closing, 1000)
}

/** Starts the service: config, database, migrations, app (with data load), listen, graceful close. */
async function main() {
  const config = loadConfig()
  const loggerOptions = {
    level: config.LOG_LEVEL,
    // Pretty logs for a person at a terminal; JSON lines for everything else.
    ...(process.stdout.isTTY && prettyPrinterInstalled()
      ? { transport: { target: 'pino-pretty', options: { translateTime: 'HH:MM:ss', ignore: 'pid,hostname' } } }
      : {}),
  }
  const log = pino(loggerOptions)
  let database: Database | undefined
  let app: App | undefined
  let starting: Promise<void> = Promise.resolve()

  // On SIGTERM/SIGINT: stop accepting, let in-flight requests finish, close the pool, stop the
  // database; within 10 s whether the database is up, gone or being restarted.
  closeWithGrace({ delay: SHUTDOWN_LIMIT_MS, logger: log }, async ({ signal, err }) => {
    const since = Date.now()
    if (err) log.error({ err }, 'Shutting down after an error')
    else log.info(`${signal} received, shutting down`)
    // A start in progress finishes first, so that whatever it started is stopped too.
    await starting.catch(() => {})
    if (app) await closeApp(app, log)
    await database?.close()
    log.info(`Stopped in ${Date.now() - since} ms`)
  })

  starting = (async () => {
    database = await openDatabase(config, log)
    app = await buildApp(
      { databaseUrl: database.url, config, loadCuratedData: true },
      {
        loggerInstance: log,
        connectionTimeout: 30_000,
        requestTimeout: 30_000,
        keepAliveTimeout: 10_000,
        // Loading the curated data on a first start takes seconds, more on a busy machine: not Fastify's default 10 s.
        pluginTimeout: 120_000,
      },
    )
    await app.ready()
    await app.listen({ port: config.PORT, host: config.HOST })
  })()
  try {
    await starting
  } catch (error) {
    await app?.close().catch(() => {})
    await database?.close()
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new CommandError(`Port ${config.PORT} on ${config.HOST} is already in use; set PORT to a free port.`)
    }
    throw error
  }
}

main().catch((error: unknown) => {
  // One line with the problem and the fix, not a stack trace (that only with LOG_LEVEL=debug).
  if (process.env.LOG_LEVEL === 'debug' || process.env.LOG_LEVEL === 'trace') console.error(error)
  console.error(`Cannot start: ${describeFailure(error)}`)
  process.exit(1)
})
