import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import fp from 'fastify-plugin'
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod'
import { factKindIds, factKinds, kindsInWords } from '../../schemas/fact-kinds.js'
import { pruneUnusedComponents } from './openapi-prune.js'

export const API_VERSION = '1.0.0'

const cacheHeaders = {
  ETag: { type: 'string', description: 'A strong validator; send it back in If-None-Match.' },
  'Cache-Control': { type: 'string', description: 'How long the answer may be reused.' },
}

/** GET /v1/regions/{code}/profile -> getRegionsByCodeProfile: stable names for generated clients. */
function operationId(method: string | string[], url: string): string {
  const verb = String(Array.isArray(method) ? method[0] : method).toLowerCase()
  const words = url
    .split('/')
    .filter((part) => part && part !== 'v1')
    .map((part) => (part.startsWith(':') ? `by-${part.slice(1)}` : part))
    .join('-')
    .split(/[-_.]/)
    .filter(Boolean)
  return verb + words.map((word) => word[0]!.toUpperCase() + word.slice(1)).join('')
}

interface Operation {
  operationId?: string
  parameters?: { in: string; name: string; required?: boolean }[]
  responses?: Record<string, { links?: Record<string, unknown>; headers?: Record<string, unknown> }>
}
type Paths = Record<string, Record<string, Operation>>

/**
 * The API's own workflows, for generic clients and stateful testers: If-Match
 * is required on writes (the server answers 428 without it); a record's GET
 * links to the PATCH and retire that take its ETag; a POST links to the GET of
 * what it created.
 */
function withWorkflows<T extends { paths?: Paths }>(document: T): T {
  const paths = document.paths ?? {}
  for (const [path, operations] of Object.entries(paths)) {
    for (const operation of Object.values(operations)) {
      for (const parameter of operation.parameters ?? []) if (parameter.in === 'header' && parameter.name === 'if-match') parameter.required = true
    }
    const byId = `${path}/{id}`
    const created = operations.post?.responses?.['201']
    const get = paths[byId]?.get?.operationId
    if (created && get && paths[byId]?.patch) {
      created.links = { read: { operationId: get, parameters: { id: '$response.body#/id' }, description: 'Read what was created (and its ETag).' } }
      created.headers = { ETag: { description: 'The new record\'s version: send it in If-Match to change it.', schema: { type: 'string' } } }
    }
    const read = operations.get?.responses?.['200']
    const writes = { update: operations.patch, retire: paths[`${path}/retire`]?.post }
    if (read && writes.update) {
      read.links = Object.fromEntries(
        Object.entries(writes)
          .filter((entry): entry is [string, Operation] => entry[1]?.operationId !== undefined)
          .map(([name, target]) => {
            // Named as the parameter is declared (header names are case-insensitive, but a generic client matches them as written).
            const takesIfMatch = target.parameters?.some((p) => p.in === 'header' && p.name === 'if-match')
            const parameters = { id: '$response.body#/id', ...(takesIfMatch ? { 'header.if-match': '$response.header.ETag' } : {}) }
            const description = takesIfMatch ? `The ${name} that this version's ETag allows.` : `The ${name} of this record.`
            return [name, { operationId: target.operationId, parameters, description }]
          }),
      )
    }
  }
  return document
}

type Schema = {
  oneOf?: { $ref?: string }[]
  discriminator?: { propertyName: string; mapping?: Record<string, string> }
  properties?: Record<string, { const?: unknown }>
}

/**
 * A discriminator without a mapping means the schemas' names (OpenAPI 3.1,
 * 4.8.25): where each member fixes the property with a `const`, the mapping
 * says which value leads to which schema, so generated clients narrow on
 * the values the API sends.
 */
function withDiscriminatorMappings<T extends { components?: { schemas?: Record<string, Schema> } }>(document: T): T {
  const schemas = document.components?.schemas ?? {}
  for (const schema of Object.values(schemas)) {
    const { discriminator, oneOf } = schema
    if (!discriminator || discriminator.mapping || !oneOf) continue
    const mapping: Record<string, string> = {}
    for (const { $ref } of oneOf) {
      const value = $ref ? schemas[$ref.split('/').pop()!]?.properties?.[discriminator.propertyName]?.const : undefined
      if (typeof value !== 'string' || !$ref) break
      mapping[value] = $ref
    }
    if (Object.keys(mapping).length === oneOf.length) discriminator.mapping = mapping
  }
  return document
}

const webhookHeader = (name: string, description: string, example: string) => ({
  name,
  in: 'header',
  required: true,
  description,
  schema: { type: 'string', examples: [example] },
})

/** What a subscribed URL receives (OpenAPI 3.1 `webhooks`): one signed POST per change. */
function withWebhooks<T extends object>(document: T): T {
  return {
    ...document,
    webhooks: {
      change: {
        post: {
          operationId: 'changeWebhook',
          tags: ['webhooks'],
          summary: 'A change, sent to a subscribed URL',
          description:
            'Signed per Standard Webhooks: verify `webhook-signature` (`v1,` and the base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}`, ' +
            'keyed with the bytes of the subscription secret after `whsec_`), reject old timestamps, and use `webhook-id` to process each change once.',
          parameters: [
            webhookHeader('webhook-id', 'The delivery\'s id: the same on every retry.', 'msg_1f81eb5251984599803e771906343485'),
            webhookHeader('webhook-timestamp', 'When this attempt was made, in Unix seconds.', '1764849600'),
            webhookHeader('webhook-signature', 'Space-separated signatures; `v1,` ones are HMAC-SHA256.', 'v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4='),
          ],
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['type', 'timestamp', 'data'],
                  properties: {
                    type: {
                      type: 'string',
                      description: 'The resource (with _ for -) and what happened: created, updated or retired.',
                      examples: ['fees.updated'],
                    },
                    timestamp: { type: 'string', format: 'date-time', description: 'When the change was made.' },
                    data: { $ref: '#/components/schemas/Change' },
                  },
                },
              },
            },
          },
          responses: {
            200: { description: 'Any 2xx: delivered. Anything else is retried with the same webhook-id.' },
            410: { description: 'Gone: the subscription is disabled and nothing more is sent.' },
          },
        },
      },
    },
  }
}

/** The OpenAPI 3.1 document, generated from the routes' zod schemas. */
export default fp(
  async (fastify) => {
    await fastify.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'Regionkollen',
          version: API_VERSION,
          description:
            `What Swedish health care offers people with ME/CFS, region by region: ${kindsInWords}. ` +
            'Every fact is dated, has a status that tells "no" from "unknown", ' +
            'and cites its sources: a short verbatim quote of a document the project holds, ' +
            'or a web page by URL, date and heading, in the project\'s own words.',
          license: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
          contact: { name: 'Regionkollen', url: 'https://regionkollen.se' },
        },
        // Relative, so "Try it out" in /docs calls the host and port the page came from.
        servers: [{ url: '/', description: 'This server' }],
        components: {
          securitySchemes: {
            bearerAuth: {
              type: 'http',
              scheme: 'bearer',
              description: 'An API key: `Authorization: Bearer <key>`. Reads need none; writes need an editor or admin key.',
            },
          },
        },
        tags: [
          { name: 'health', description: 'Liveness and readiness.' },
          { name: 'regions', description: 'The 21 regions and what each offers.' },
          { name: 'municipalities', description: 'The 290 municipalities.' },
          { name: 'sources', description: 'Source documents and the facts citing them.' },
          { name: 'conditions', description: 'The conditions facts can be about.' },
          ...factKindIds.map((kind) => factKinds[kind].tag),
          { name: 'compare', description: 'Regions side by side, one dimension across regions, and coverage.' },
          { name: 'citations', description: 'Citations as resources of their own, for editors.' },
          { name: 'confirmations', description: 'Checks that a source, on a date, still supports a fact: they keep answers fresh without rewriting facts.' },
          { name: 'review', description: 'What needs checking: stale and unknown answers, most important first.' },
          { name: 'changes', description: 'The change log: every write, in order, as pages or live.' },
          { name: 'export', description: 'The whole dataset in one answer, to mirror it.' },
          { name: 'keys', description: 'API keys, for admins.' },
          { name: 'webhooks', description: 'Signed deliveries of every change to URLs admins subscribe.' },
        ],
      },
      transform: (input) => {
        const transformed = jsonSchemaTransform(input)
        ;(transformed.schema as { operationId?: string }).operationId ??= operationId(input.route.method, input.url)
        const responses = (transformed.schema as { response?: Record<string, Record<string, unknown>> }).response ?? {}
        const offersCsv = Boolean(input.route.config?.csv)
        const offersNdjson = Boolean((input.route.config as { ndjson?: boolean } | undefined)?.ndjson)
        const cached = Boolean(input.route.config?.cache)
        const eventStream = Boolean((input.route.config as { eventStream?: boolean } | undefined)?.eventStream)
        // Errors are problem+json; lists and comparisons are also CSV.
        for (const [status, schema] of Object.entries(responses)) {
          const { description, ...body } = schema as { description?: string }
          if (Number(status) >= 400) {
            responses[status] = { description, content: { 'application/problem+json': { schema: body } } }
          } else if (Number(status) === 204) {
            // type null: @fastify/swagger documents the response without content.
            responses[status] = { type: 'null', description }
          } else if (eventStream && Number(status) === 200) {
            responses[status] = { description: description ?? 'OK', content: { 'text/event-stream': { schema: body } } }
          } else if (Number(status) < 300) {
            responses[status] = {
              description: description ?? 'OK',
              ...(cached ? { headers: cacheHeaders } : {}),
              content: {
                'application/json': { schema: body },
                ...(offersCsv ? { 'text/csv': { schema: { type: 'string', description: 'UTF-8 CSV with one header row.' } } } : {}),
                ...(offersNdjson ? { 'application/x-ndjson': { schema: { type: 'string', description: 'One JSON object a line.' } } } : {}),
              },
            }
          }
        }
        if (cached) responses['304'] = { type: 'null', description: 'Not Modified: the If-None-Match ETag is current.', headers: cacheHeaders }
        return transformed
      },
      transformObject: (document) =>
        withWebhooks(withDiscriminatorMappings(withWorkflows(pruneUnusedComponents(jsonSchemaTransformObject(document) as never)))),
    })
    await fastify.register(swaggerUi, {
      routePrefix: '/docs',
      // Its own strict policy (hashes of its inline scripts and styles), without upgrading plain-http requests on localhost.
      staticCSP: true,
      transformStaticCSP: (header) => header.replace(/\s*upgrade-insecure-requests;?/, ''),
    })
    fastify.get('/openapi.json', { schema: { hide: true } }, async () => fastify.swagger())
  },
  { name: 'openapi' },
)
