/** RFC 7396 JSON merge patch: fields present replace, null removes (here: clears). */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) return patch
  const result: Record<string, unknown> =
    typeof target === 'object' && target !== null && !Array.isArray(target) ? { ...(target as Record<string, unknown>) } : {}
  for (const [key, value] of Object.entries(patch)) {
    if (value === null && !(key in result && result[key] === null)) result[key] = null
    else result[key] = mergePatch(result[key], value)
  }
  return result
}

/** Server-set fields a client may send back from a GET; a write ignores them. */
const serverSet = ['id', 'createdAt', 'updatedAt', 'retiredAt', 'version']
const serverSetInCitations = ['id', 'sourceTitle']

const without = (record: Record<string, unknown>, keys: string[]) => Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key)))

/** A record as a client may send it back: the server-set fields (its own and its citations') left out. */
export function withoutServerFields(record: Record<string, unknown>): Record<string, unknown> {
  const rest = without(record, serverSet)
  if (Array.isArray(rest.citations)) rest.citations = rest.citations.map((c: Record<string, unknown>) => without(c, serverSetInCitations))
  return rest
}
