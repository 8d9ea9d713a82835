import { ConfigError } from '../config.js'
import { DataFileError } from '../data/files.js'
import { DatabaseConnectionError } from '../db/database.js'
import { EmbeddedDatabaseError } from '../db/embedded.js'
import { MigrationError } from '../db/migrate.js'
import { ApiKeyError } from '../repositories/api-keys.js'

/** A failure of a command whose message already says the problem and the fix, in one line. */
export class CommandError extends Error {}
/** The command was called wrongly: exit code 2. */
export class UsageError extends CommandError {}

/** Failures a person can fix, whose messages say how. */
const explained = [CommandError, EmbeddedDatabaseError, MigrationError, DatabaseConnectionError, ApiKeyError]

/** "Heading:\n  a\n  b" becomes "Heading: a; b". */
function oneLine(message: string): string {
  const [first = '', ...rest] = message.split('\n').map((line) => line.trim()).filter(Boolean)
  if (rest.length === 0) return first
  return `${first}${first.endsWith(':') ? ' ' : '; '}${rest.join('; ')}`
}

/** The problem and its fix in one line, for a failure a person can fix; undefined for anything else. */
export function explain(error: unknown): string | undefined {
  if (error instanceof ConfigError) return `${oneLine(error.message)}. Fix that in the environment and retry.`
  if (error instanceof DataFileError) return `${oneLine(error.message)}. Fix the curated data file named and retry.`
  if (explained.some((kind) => error instanceof kind)) return oneLine((error as Error).message)
  return undefined
}

/** One line for any failure: the explanation, or the message with a way to see more. */
export function describeFailure(error: unknown): string {
  return (
    explain(error) ??
    `Unexpected failure: ${oneLine(error instanceof Error ? error.message : String(error))}. Run again with LOG_LEVEL=debug to see where it happened.`
  )
}

/** The log commands pass to the database layer: warnings on stderr, the rest only with LOG_LEVEL=debug. */
export const commandLog = {
  info: (message: string) => {
    if (process.env.LOG_LEVEL === 'debug' || process.env.LOG_LEVEL === 'trace') console.error(message)
  },
  warn: (message: string) => console.error(message),
  debug: () => {},
}

/**
 * Runs a command and exits with its code. A failure ends with one line on
 * stderr naming the problem and the fix, never a stack trace (unless
 * LOG_LEVEL=debug), and exit code 1 (2 for wrong usage).
 */
export async function runCommand(work: () => Promise<number | void>): Promise<never> {
  let code: number
  try {
    code = (await work()) ?? 0
  } catch (error) {
    if (explain(error) === undefined && (process.env.LOG_LEVEL === 'debug' || process.env.LOG_LEVEL === 'trace')) console.error(error)
    console.error(describeFailure(error))
    code = error instanceof UsageError ? 2 : 1
  }
  process.exit(code)
}
