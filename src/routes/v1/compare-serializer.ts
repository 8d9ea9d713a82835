import type { FastifySchemaCompiler } from 'fastify'
import { serializerCompiler } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { comparison } from '../../domain/dimensions/answers.js'
import { cellSchema } from '../../domain/dimensions/index.js'

type RouteSchema = Parameters<FastifySchemaCompiler<unknown>>[0] & { httpStatus?: string }

/** The comparison with its cells left unchecked: checked whole on every answer. */
const frame = comparison.extend({
  dimensions: z.array(comparison.shape.dimensions.element.extend({ cells: z.array(z.unknown()) })),
})

/** Each cell's JSON, checked against its schema once: the domain hands out the same cell object until its inputs change. */
const cellJson = new WeakMap<object, string>()

function cellText(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const known = cellJson.get(value)
  if (known !== undefined) return known
  const encoded = cellSchema.safeEncode(value as z.input<typeof cellSchema>)
  if (!encoded.success) return undefined
  const text = JSON.stringify(encoded.data)
  cellJson.set(value, text)
  return text
}

/** An object's JSON from its members' JSON, in order: what JSON.stringify writes, leaving out undefined members as it does. */
const objectText = (members: [string, string | undefined][]) =>
  `{${members.filter((m): m is [string, string] => m[1] !== undefined).map(([key, text]) => `${JSON.stringify(key)}:${text}`).join(',')}}`

/** The comparison's JSON, or undefined when something fails its schema. */
function comparisonText(data: unknown): string | undefined {
  const checked = frame.safeEncode(data as z.input<typeof frame>)
  if (!checked.success) return undefined
  let failed = false
  const cellsText = (cells: unknown[]) =>
    `[${cells.map((value) => {
      const text = cellText(value)
      if (text === undefined) failed = true
      return text
    }).join(',')}]`
  const rowText = (row: object) =>
    objectText(Object.entries(row).map(([key, value]) => [key, key === 'cells' ? cellsText(value as unknown[]) : JSON.stringify(value)]))
  const text = objectText(
    Object.entries(checked.data).map(([key, value]) => [key, key === 'dimensions' ? `[${(value as object[]).map(rowText).join(',')}]` : JSON.stringify(value)]),
  )
  return failed ? undefined : text
}

/**
 * The serializer of GET /v1/compare/regions: the same bytes, and the same
 * checks against the schema, as fastify-type-provider-zod's, but a cell is
 * checked and written once, not on every answer. The all-regions comparison
 * has 315 cells; after a write, only the cells of the regions it touched are
 * new. Anything that fails its schema goes through zod's own serializer, which
 * throws the same error it always did. test/unit/compare-memo.test.ts checks
 * that the bytes are the same.
 */
export const comparisonSerializerCompiler = (route: RouteSchema) => {
  const plain = serializerCompiler(route as never) as (data: unknown) => string
  if (route.schema !== comparison) return plain
  return (data: unknown) => comparisonText(data) ?? plain(data)
}
