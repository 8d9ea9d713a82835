import { randomBytes } from 'node:crypto'
import { chmod, readFile, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'

/** The embedded database's logins, one random password each per data folder. */
export interface Credentials {
  /** Owns the database: runs migrations and grants. */
  superuser: { user: string; password: string }
  /** What the service connects as: no superuser, and the change log is append-only for it. */
  service: { user: string; password: string }
}

export const CREDENTIALS_FILE = 'database-credentials.json'
export const SUPERUSER = 'postgres'
export const SERVICE_ROLE = 'regionkollen_app'

export const credentialsFile = (dataDir: string) => path.join(dataDir, CREDENTIALS_FILE)

const password = () => randomBytes(24).toString('base64url')

/** New random credentials (not yet saved). */
export const newCredentials = (): Credentials => ({
  superuser: { user: SUPERUSER, password: password() },
  service: { user: SERVICE_ROLE, password: password() },
})

/** The data folder's credentials, or undefined when it has none yet; the file is kept at mode 0600. */
export async function readCredentials(dataDir: string): Promise<Credentials | undefined> {
  const file = credentialsFile(dataDir)
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
  if (((await stat(file)).mode & 0o077) !== 0) await chmod(file, 0o600)
  const parsed = JSON.parse(text) as Partial<Credentials>
  if (!parsed.superuser?.password || !parsed.service?.password) throw new Error(`${file} is not a credentials file`)
  return parsed as Credentials
}

/** Saves credentials for a data folder that has none; if another process saved some first, those win. */
export async function saveCredentials(dataDir: string, credentials: Credentials): Promise<Credentials> {
  try {
    await writeFile(credentialsFile(dataDir), `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600, flag: 'wx' })
    return credentials
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    return (await readCredentials(dataDir))!
  }
}

/** A URL for a login on the embedded server, to one database. */
export const loginUrl = (login: { user: string; password: string }, port: number, database: string) =>
  `postgresql://${encodeURIComponent(login.user)}:${encodeURIComponent(login.password)}@127.0.0.1:${port}/${database}`
