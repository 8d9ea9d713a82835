import type { FastifyInstance } from 'fastify'
import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { today } from '../../domain/as-of.js'
import { notFound } from '../../domain/errors.js'
import { etagOf } from '../../domain/etags.js'
import { type FactListQuery, listFacts } from '../../domain/facts.js'
import { paginate } from '../../domain/paginate.js'
import type { FactRecord } from '../../domain/snapshot.js'
import { slug } from '../../schemas/common.js'
import { conditionFilter, type FactKind, factKindIds, factKinds, regionFilter, searchFilter } from '../../schemas/fact-kinds.js'
import { asOfQuery, formatQuery, listOf, pageQuery } from '../../schemas/list.js'
import { problemResponses } from '../../schemas/responses.js'
import { writers } from '../../repositories/writes.js'
import { registerWriteRoutes } from './write-routes.js'
import { oneRow } from '../../plugins/app/formats.js'

/** List, get, write and history routes of one kind of fact, from its registry entry. */
function registerKind(fastify: FastifyInstance, kind: FactKind) {
  const app = fastify.withTypeProvider<ZodTypeProvider>()
  const spec = factKinds[kind]
  const output = spec.schemas.output
  const path = `/${spec.path}`
  const filters = Object.fromEntries(Object.entries(spec.filters).map(([name, filter]) => [name, filter.schema]))
  const search = 'search' in spec ? searchFilter : {}
  const querystring = z.strictObject({ ...regionFilter, ...conditionFilter, ...filters, ...search, ...asOfQuery, ...pageQuery, ...formatQuery })
  const factsOf = () => fastify.snapshot.current()[kind] as FactRecord[]

  app.get(
    path,
    {
      config: { cache: true, csv: (payload: { items: Record<string, unknown>[] }) => payload.items },
      schema: {
        tags: [spec.tag.name],
        summary: `List ${spec.plural}`,
        description:
          `Every ${spec.noun} valid on \`asOf\` (default today), filtered, in id order. ` +
          'Citations are always inline. Add `format=csv` for a spreadsheet.',
        querystring,
        response: { 200: listOf(output, `${output.meta()?.id as string}List`), ...problemResponses(400, 404, 406) },
      },
    },
    async (request) => {
      const query = request.query as FactListQuery & { asOf?: string; limit: number; offset: number }
      const items = listFacts(fastify.snapshot.current(), kind, { ...query, asOf: query.asOf ?? today() })
      return paginate(items, query, request.url)
    },
  )

  app.get(
    `${path}/:id`,
    {
      config: { cache: true, csv: oneRow },
      schema: {
        tags: [spec.tag.name],
        summary: `One ${spec.noun}`,
        description: `The ${spec.noun} with its citations, whatever its validity period.`,
        params: z.strictObject({ id: slug }),
        querystring: z.strictObject({ ...formatQuery }),
        response: { 200: output, ...problemResponses(400, 404, 406) },
      },
    },
    async (request, reply) => {
      const { id } = request.params
      const fact = factsOf().find((f) => f.id === id)
      if (!fact) throw notFound(`No ${spec.noun} has the id "${id}".`, 'id')
      // The version ETag is what If-Match is checked against on PATCH and retire.
      reply.header('etag', etagOf(kind, id, fact.version))
      return fact
    },
  )

  registerWriteRoutes(fastify, {
    writer: writers[kind],
    noun: spec.noun,
    tag: spec.tag.name,
    body: spec.schemas.body,
    output,
    retireDescription: 'Ends the fact\'s validity on `validTo` (default today); it stays readable with `asOf` inside its period. Nothing is deleted.',
  })
}

const facts: FastifyPluginAsyncZod = async (fastify) => {
  for (const kind of factKindIds) registerKind(fastify, kind)
}

export default facts
