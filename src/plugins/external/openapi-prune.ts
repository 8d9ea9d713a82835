/**
 * Drops component schemas no operation reaches. The zod type provider emits
 * every registered schema in an input and an output variant; a reader of the
 * document should only see the ones in use.
 */
export function pruneUnusedComponents<T extends { components?: { schemas?: Record<string, unknown> } }>(document: T): T {
  const schemas = document.components?.schemas
  if (!schemas) return document
  const refsIn = (value: unknown) => [...JSON.stringify(value).matchAll(/"#\/components\/schemas\/([^"]+)"/g)].map((match) => decodeURIComponent(match[1]!))
  const { components, ...rest } = document
  const used = new Set(refsIn(rest))
  for (let queue = [...used]; queue.length > 0;) {
    for (const ref of refsIn(schemas[queue.pop()!])) {
      if (!used.has(ref)) {
        used.add(ref)
        queue.push(ref)
      }
    }
  }
  return { ...document, components: { ...components, schemas: Object.fromEntries(Object.entries(schemas).filter(([name]) => used.has(name))) } }
}
