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
