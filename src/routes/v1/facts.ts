import type { FastifyInstance } from 'fastify'
import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { today } from '../../domain/as-of.js'
import { notFound } from '../../domain/errors.js'
import { etagOf } from '../../domain/etags.js'
import { type FactListQuery, listFacts } from '../../domain/facts.js'
import { localizeFact } from '../../domain/localize.js'
import type { Versioned } from '../../domain/snapshot.js'
import { paginate } from '../../domain/paginate.js'
import { slug } from '../../schemas/common.js'
import { conditionFilter, type FactKind, factKindIds, factKinds, type FactOf, regionFilter, searchFilter } from '../../schemas/fact-kinds.js'
import { asOfQuery, formatQuery, langQuery, listOf, pageQuery } from '../../schemas/list.js'
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
  const querystring = z.strictObject({ ...regionFilter, ...conditionFilter, ...filters, ...search, ...asOfQuery, ...pageQuery, ...langQuery, ...formatQuery })
  const factsOf = () => fastify.snapshot.current()[kind] as Versioned<FactOf<FactKind>>[]

  app.get(
    path,
    {
      config: { cache: true, csv: (payload: { items: Record<string, unknown>[] }) => payload.items },
      schema: {
        tags: [spec.tag.name],
        summary: `List ${spec.plural}`,
        description:
          `Every ${spec.noun} valid on \`asOf\` (default today), filtered, in id order. ` +
          'Citations are always inline; texts are in the language asked for. Add `format=csv` for a spreadsheet.',
        querystring,
        response: { 200: listOf(output, `${output.meta()?.id as string}List`), ...problemResponses(400, 404, 406) },
      },
    },
    async (request) => {
      const query = request.query as FactListQuery & { asOf?: string; limit: number; offset: number }
      const items = listFacts(fastify.snapshot.current(), kind, { ...query, asOf: query.asOf ?? today() })
      const page = paginate(items, query, request.url)
      return { ...page, items: page.items.map((fact) => localizeFact(kind, fact, request.lang)) }
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
        querystring: z.strictObject({ ...langQuery, ...formatQuery }),
        response: { 200: output, ...problemResponses(400, 404, 406) },
      },
    },
    async (request, reply) => {
      const { id } = request.params
      const fact = factsOf().find((f) => f.id === id)
      if (!fact) throw notFound(`No ${spec.noun} has the id "${id}".`, 'id')
      // The version ETag (in any language) is what If-Match is checked against on PATCH and retire.
      reply.header('etag', etagOf(kind, id, fact.version, request.lang))
      return localizeFact(kind, fact, request.lang)
    },
  )

  registerWriteRoutes(fastify, {
    factKind: kind,
    writer: writers[kind],
    noun: spec.noun,
    tag: spec.tag.name,
    body: spec.schemas.body,
    output: spec.schemas.stored,
    retireDescription: 'Ends the fact\'s validity on `validTo` (default today); it stays readable with `asOf` inside its period. Nothing is deleted.',
  })
}

const facts: FastifyPluginAsyncZod = async (fastify) => {
  for (const kind of factKindIds) registerKind(fastify, kind)
}

export default facts
