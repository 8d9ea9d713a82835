import type { FastifyInstance, FastifyReply } from 'fastify'
import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { etagOf } from '../../domain/etags.js'
import { createRecord, readRecord, resourcePaths, retireRecord, updateRecord, type WritableResource, type WriteResult } from '../../domain/writes.js'
import { ProblemError, notFound } from '../../plugins/errors.js'
import { citationRecord, citationWriteBody } from '../../schemas/citations.js'
import { isoDate, slug } from '../../schemas/common.js'
import { changePage } from '../../schemas/changes.js'
import { decisionSchemas } from '../../schemas/decisions.js'
import { feeSchemas } from '../../schemas/fees.js'
import { homeCarePolicySchemas } from '../../schemas/home-care-policies.js'
import { providerSchemas } from '../../schemas/providers.js'
import { referralRuleSchemas } from '../../schemas/referral-rules.js'
import { problemResponses } from '../../schemas/responses.js'
import { source, sourceBody } from '../../schemas/sources.js'
import { listChanges } from '../../domain/changes.js'

const writable: { resource: WritableResource; noun: string; tag: string; body: z.ZodType; output: z.ZodType }[] = [
  { resource: 'providers', noun: 'provider', tag: 'providers', body: providerSchemas.body, output: providerSchemas.output },
  { resource: 'fees', noun: 'fee', tag: 'fees', body: feeSchemas.body, output: feeSchemas.output },
  { resource: 'referralRules', noun: 'referral rule', tag: 'referral rules', body: referralRuleSchemas.body, output: referralRuleSchemas.output },
  { resource: 'homeCarePolicies', noun: 'home-care policy', tag: 'home-care policies', body: homeCarePolicySchemas.body, output: homeCarePolicySchemas.output },
  { resource: 'decisions', noun: 'decision', tag: 'decisions', body: decisionSchemas.body, output: decisionSchemas.output },
  { resource: 'sources', noun: 'source', tag: 'sources', body: sourceBody, output: source },
  { resource: 'citations', noun: 'citation', tag: 'citations', body: citationWriteBody, output: citationRecord },
]

const ifMatchHeader = z.object({ 'if-match': z.string().optional().meta({ description: 'The ETag of the version you read; required.' }) })
const idempotencyHeader = z.object({
  'idempotency-key': z.string().min(1).max(200).optional().meta({ description: 'Makes a retried POST return the first answer instead of creating again.' }),
})
const writeErrors = problemResponses(400, 401, 403, 404, 409, 412, 422, 428, 429, 503)
const security = [{ bearerAuth: [] }]

function requireIfMatch(ifMatch: string | undefined): string {
  if (!ifMatch) throw new ProblemError(428, 'precondition-required', 'Precondition Required', 'Send If-Match with the ETag of the version you read, so no one else\'s change is overwritten.', { parameter: 'If-Match' })
  return ifMatch
}

function registerWrites(fastify: FastifyInstance, { resource, noun, tag, body, output }: (typeof writable)[number]) {
  const app = fastify.withTypeProvider<ZodTypeProvider>()
  // Citations are named by UUID, everything else by a kebab-case id.
  const idParams = z.strictObject({ id: resource === 'citations' ? z.uuid() : slug })
  const path = `/${resourcePaths[resource]}`
  const editor = fastify.requireRole('editor')

  // The snapshot is rebuilt before answering, so the writer reads its own write.
  const answer = async (reply: FastifyReply, result: WriteResult, id: string) => {
    await fastify.snapshot.refresh()
    reply.code(result.status).header('etag', result.etag)
    if (result.status === 201) reply.header('location', `/v1${path}/${id}`)
    return result.record
  }

  app.post(
    path,
    {
      onRequest: editor,
      config: { write: true },
      schema: {
        tags: [tag],
        summary: `Create a ${noun}`,
        description: `Needs an editor or admin key. The body is validated strictly (unknown fields are rejected); a record as GET returns it is a valid body (read-only fields are ignored). With \`Idempotency-Key\`, a retry returns the first answer.`,
        security,
        headers: idempotencyHeader,
        body,
        response: { 201: output.describe('Created; ETag and Location headers name it.'), ...writeErrors },
      },
    },
    async (request, reply) => {
      const result = await createRecord(fastify.prisma, resource, request.body, request.apiKey!, request.headers['idempotency-key'])
      return answer(reply, result, String(result.record.id))
    },
  )

  app.patch(
    `${path}/:id`,
    {
      onRequest: editor,
      config: { write: true },
      schema: {
        tags: [tag],
        summary: `Update a ${noun}`,
        description: 'A JSON merge patch (RFC 7396) under If-Match: fields present replace, null clears; the merged record is validated as a whole. 428 without If-Match, 412 when someone changed the record since.',
        security,
        params: idParams,
        headers: ifMatchHeader,
        body: z.record(z.string(), z.unknown()).meta({ description: 'The fields to change.', example: { notes: 'Confirmed by phone with the clinic.' } }),
        response: { 200: output.describe('The updated record; ETag names the new version.'), ...writeErrors },
      },
    },
    async (request, reply) => {
      const ifMatch = requireIfMatch(request.headers['if-match'])
      return answer(reply, await updateRecord(fastify.prisma, resource, request.params.id, request.body, ifMatch, request.apiKey!), request.params.id)
    },
  )

  app.post(
    `${path}/:id/retire`,
    {
      onRequest: editor,
      config: { write: true },
      schema: {
        tags: [tag],
        summary: `Retire a ${noun}`,
        description:
          resource === 'sources' || resource === 'citations'
            ? `Marks the ${noun} retired; it stays readable. Nothing is deleted.${resource === 'citations' ? ' A fact\'s last citation cannot be retired.' : ''}`
            : 'Ends the fact\'s validity on `validTo` (default today); it stays readable with `asOf` inside its period. Nothing is deleted.',
        security,
        params: idParams,
        headers: ifMatchHeader,
        body: z.strictObject({ validTo: isoDate.optional().meta({ description: 'Last day the fact held (facts only).' }) }).optional(),
        response: { 200: output.describe('The retired record.'), ...writeErrors },
      },
    },
    async (request, reply) => {
      const ifMatch = requireIfMatch(request.headers['if-match'])
      return answer(reply, await retireRecord(fastify.prisma, resource, request.params.id, ifMatch, request.apiKey!, request.body?.validTo), request.params.id)
    },
  )

  app.get(
    `${path}/:id/history`,
    {
      schema: {
        tags: [tag],
        summary: `A ${noun}'s versions`,
        description: 'Every change to the record, oldest first, with who made it and the record before and after.',
        params: idParams,
        querystring: z.strictObject({ since: z.string().regex(/^\d+$/).optional(), limit: z.coerce.number().int().min(1).max(500).default(100) }),
        response: { 200: changePage, ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const { id } = request.params
      const page = await listChanges(fastify.prisma, { since: request.query.since, limit: request.query.limit, resource: resourcePaths[resource], recordId: id }, request.url)
      if (page.items.length === 0 && request.query.since === undefined && !(await readRecord(fastify.prisma, resource, id).catch(() => undefined))) {
        throw notFound(`No ${noun} has the id "${id}".`, 'id')
      }
      return page
    },
  )
}

const writes: FastifyPluginAsyncZod = async (fastify) => {
  // Merge patches arrive as application/merge-patch+json.
  fastify.addContentTypeParser('application/merge-patch+json', { parseAs: 'string' }, fastify.getDefaultJsonParser('error', 'error'))
  for (const resource of writable) registerWrites(fastify, resource)

  fastify.get(
    '/citations/:id',
    {
      schema: {
        tags: ['citations'],
        summary: 'One citation',
        description: 'A citation with the fact it backs, retired or not.',
        params: z.strictObject({ id: z.uuid() }),
        response: { 200: citationRecord, ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const record = await readRecord(fastify.prisma, 'citations', request.params.id)
      if (!record) throw notFound(`No citation has the id "${request.params.id}".`, 'id')
      reply.header('etag', etagOf('citations', request.params.id, record.version))
      return record as unknown as z.infer<typeof citationRecord>
    },
  )

  fastify.get(
    '/changes',
    {
      schema: {
        tags: ['changes'],
        summary: 'The change feed',
        description: 'Every write in order. Start without `since`, then pass the `cursor` of the last page to get what changed after it: third-party apps use this to stay in sync.',
        querystring: z.strictObject({
          since: z.string().regex(/^\d+$/, 'must be a cursor from an earlier page').optional().meta({ description: 'The cursor of the last page seen.' }),
          limit: z.coerce.number().int().min(1).max(500).default(100),
        }),
        response: { 200: changePage, ...problemResponses(400) },
      },
    },
    async (request) => listChanges(fastify.prisma, request.query, request.url),
  )
}

export default writes
