import { randomBytes } from 'node:crypto'

/** A new record's id: a readable base from its name or title, and a random suffix. */
export function newId(hint: string, fallback: string): string {
  const base = hint
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 40)
    // Trimmed after the cut, which can leave a hyphen at the end: "a-b-" + "-1f2e" is not a valid id.
    .replace(/^-+|-+$/g, '')
  return `${base || fallback}-${randomBytes(4).toString('hex')}`
}
