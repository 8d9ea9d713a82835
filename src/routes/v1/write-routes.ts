import type { FastifyInstance, FastifyReply } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { notFound, preconditionRequired } from '../../domain/errors.js'
import { listChanges } from '../../repositories/changes.js'
import { createRecord, readRecord, resourcePath, retireRecord, updateRecord, type WritableResource, type WriteResult } from '../../repositories/writes.js'
import { changePage, changeQuery } from '../../schemas/changes.js'
import { isoDate, slug } from '../../schemas/common.js'
import { problemResponses } from '../../schemas/responses.js'

export interface WritableSpec {
  resource: WritableResource
  noun: string
  tag: string
  body: z.ZodType
  output: z.ZodType
}

const ifMatchHeader = z.object({ 'if-match': z.string().optional().meta({ description: 'The ETag of the version you read; required.' }) })
const idempotencyHeader = z.object({
  'idempotency-key': z.string().min(1).max(200).optional().meta({ description: 'Makes a retried POST return the first answer instead of creating again.' }),
})
const writeErrors = problemResponses(400, 401, 403, 404, 409, 412, 422, 428, 429, 503)
const security = [{ bearerAuth: [] }]

function requireIfMatch(ifMatch: string | undefined): string {
  if (!ifMatch) throw preconditionRequired()
  return ifMatch
}

/** POST, PATCH, retire and history of one writable resource, all under an editor's key but history. */
export function registerWriteRoutes(fastify: FastifyInstance, { resource, noun, tag, body, output }: WritableSpec) {
  const app = fastify.withTypeProvider<ZodTypeProvider>()
  // Citations are named by UUID, everything else by a kebab-case id.
  const idParams = z.strictObject({ id: resource === 'citations' ? z.uuid() : slug })
  const path = `/${resourcePath(resource)}`
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
        description:
          'Needs an editor or admin key. The body is validated strictly (unknown fields are rejected); a record as GET returns it is a valid body ' +
          '(read-only fields are ignored). With `Idempotency-Key`, a retry returns the first answer.',
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
        description:
          'A JSON merge patch (RFC 7396) under If-Match: fields present replace, null clears; the merged record is validated as a whole. ' +
          '428 without If-Match, 412 when someone changed the record since.',
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

  const retireDescription =
    resource === 'sources' || resource === 'citations'
      ? `Marks the ${noun} retired; it stays readable. Nothing is deleted.${resource === 'citations' ? ' A fact\'s last citation cannot be retired.' : ''}`
      : 'Ends the fact\'s validity on `validTo` (default today); it stays readable with `asOf` inside its period. Nothing is deleted.'
  app.post(
    `${path}/:id/retire`,
    {
      onRequest: editor,
      config: { write: true },
      schema: {
        tags: [tag],
        summary: `Retire a ${noun}`,
        description: retireDescription,
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
        querystring: z.strictObject(changeQuery),
        response: { 200: changePage, ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const { id } = request.params
      const query = { since: request.query.since, limit: request.query.limit, resource: resourcePath(resource), recordId: id }
      const page = await listChanges(fastify.prisma, query, request.url)
      if (page.items.length === 0 && request.query.since === undefined && !(await readRecord(fastify.prisma, resource, id).catch(() => undefined))) {
        throw notFound(`No ${noun} has the id "${id}".`, 'id')
      }
      return page
    },
  )
}
