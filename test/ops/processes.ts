// Runs the real service and commands as child processes, as an operator would.
import { type ChildProcess, spawn } from 'node:child_process'
import { readdir, readFile, readlink } from 'node:fs/promises'
import path from 'node:path'

export const root = path.resolve(import.meta.dirname, '../..')

/** The environment without the settings a test must control (so "no settings" means none). */
export function cleanEnv(settings: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env }
  for (const name of ['DATABASE_URL', 'DATA_DIR', 'EMBEDDED_DB_PORT', 'PORT', 'LOG_LEVEL', 'TEST_SERVER_URL', 'TEST_DATABASE_URL']) delete env[name]
  for (const name of Object.keys(env)) if (name.startsWith('NODE_TEST') || name === 'NODE_V8_COVERAGE') delete env[name]
  return { ...env, ...settings }
}

export { freePort } from '../../src/db/embedded.js'

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export async function waitFor<T>(what: string, check: () => Promise<T | undefined | false>, timeoutMs: number): Promise<T> {
  const start = Date.now()
  while (Date.now() - start < timeoutMs) {
    const result = await check().catch(() => undefined)
    if (result !== undefined && result !== false) return result
    await sleep(50)
  }
  throw new Error(`${what} did not happen within ${timeoutMs} ms`)
}

export interface ServerProcess {
  child: ChildProcess
  port: number
  /** Every log message so far ("msg" of each JSON line, or the raw line). */
  messages: string[]
  output(): string
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
  waitForMessage(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>
  ready(timeoutMs?: number): Promise<void>
  /** Sends the signal and measures how long the process takes to exit. */
  terminate(signal?: NodeJS.Signals): Promise<{ code: number | null; ms: number }>
}

/**
 * `node --import tsx src/server.ts` (the start command), or another command, in `cwd`. With
 * `terminal`, it runs in a process group of its own, and signals go to the whole group, as a
 * Ctrl-C in a terminal does (`npm start` does not pass a signal sent to npm alone on).
 */
export function startServer(options: { env: NodeJS.ProcessEnv; port: number; cwd?: string; command?: string[]; terminal?: boolean }): ServerProcess {
  const [file, ...args] = options.command ?? [process.execPath, '--import', 'tsx', 'src/server.ts']
  const child = spawn(file!, args, { cwd: options.cwd ?? root, env: options.env, stdio: ['ignore', 'pipe', 'pipe'], detached: options.terminal ?? false })
  const messages: string[] = []
  let text = ''
  const take = (chunk: Buffer) => {
    text += chunk.toString()
    for (const line of chunk.toString().split('\n')) {
      if (!line.trim()) continue
      try {
        const parsed = JSON.parse(line) as { msg?: string; reqId?: string }
        if (parsed.msg && !parsed.reqId) messages.push(parsed.msg)
      } catch {
        messages.push(line)
      }
    }
  }
  child.stdout!.on('data', take)
  child.stderr!.on('data', take)
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }))
  })
  let done = false
  void exited.then(() => (done = true))
  const base = `http://127.0.0.1:${options.port}`
  return {
    child,
    port: options.port,
    messages,
    output: () => text,
    exited,
    waitForMessage: (pattern, timeoutMs = 60_000) =>
      waitFor(`a log line matching ${pattern}`, async () => {
        if (done) throw new Error(`the server exited before logging ${pattern}:\n${text}`)
        for (const message of messages) {
          const match = message.match(pattern)
          if (match) return match
        }
        return undefined
      }, timeoutMs).catch((error: Error) => {
        throw new Error(`${error.message}\n${text.slice(-4000)}`)
      }),
    ready: async (timeoutMs = 90_000) => {
      await waitFor('readiness', async () => {
        if (done) return 'exited'
        return (await fetch(`${base}/health/ready`)).status === 200
      }, timeoutMs).catch((error: Error) => {
        throw new Error(`${error.message}\n${text.slice(-4000)}`)
      })
      if (done) throw new Error(`the server exited before it was ready:\n${text.slice(-4000)}`)
    },
    terminate: async (signal = 'SIGTERM') => {
      const sent = Date.now()
      if (options.terminal) process.kill(-child.pid!, signal)
      else child.kill(signal)
      const { code } = await exited
      return { code, ms: Date.now() - sent }
    },
  }
}

/** The embedded cluster's folder, from the service's log. */
export async function clusterDirOf(server: ServerProcess): Promise<string> {
  return (await server.waitForMessage(/with its data in (.+)$/))[1]!
}

export async function postmasterPid(clusterDir: string): Promise<number> {
  return Number((await readFile(path.join(clusterDir, 'postmaster.pid'), 'utf8')).split('\n')[0])
}

/**
 * Every process working in a cluster folder: the postmaster and all its
 * children (PostgreSQL's processes all run with the data folder as theirs).
 */
export async function processesIn(clusterDir: string): Promise<number[]> {
  const pids: number[] = []
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    const cwd = await readlink(`/proc/${entry}/cwd`).catch(() => undefined)
    if (cwd === clusterDir) pids.push(Number(entry))
  }
  return pids
}

/** No PostgreSQL process is left on the cluster (allowing a moment for the last ones to exit). */
export async function assertNoPostgres(clusterDir: string): Promise<void> {
  await waitFor(`no PostgreSQL process left in ${clusterDir}`, async () => (await processesIn(clusterDir)).length === 0, 3000).catch(async (error: Error) => {
    throw new Error(`${error.message}: ${(await processesIn(clusterDir)).join(', ')}`)
  })
}

/** Runs a command (a CLI) to its end (killed after 90 s). */
export async function runCommand(args: string[], options: { env: NodeJS.ProcessEnv; cwd?: string }) {
  const child = spawn(args[0]!, args.slice(1), { cwd: options.cwd ?? root, env: options.env, stdio: ['ignore', 'pipe', 'pipe'], timeout: 90_000 })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const code = await new Promise<number | null>((resolve) => child.on('close', (exitCode) => resolve(exitCode)))
  return { code, stdout, stderr }
}

/** A command of this checkout: `node --import tsx src/cli/<file>.ts <args>`. */
export const cli = (file: string, ...args: string[]) => [process.execPath, '--import', 'tsx', `src/cli/${file}.ts`, ...args]
