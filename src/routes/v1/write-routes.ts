import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { badRequest, notFound, preconditionRequired } from '../../domain/errors.js'
import { depthOf } from '../../domain/merge-patch.js'
import { isRefusal, type WriteResult } from '../../domain/write-results.js'
import { listChanges } from '../../repositories/changes.js'
import type { StoredRecord, Writer } from '../../repositories/write-core.js'
import { changePage, changeQuery } from '../../schemas/changes.js'
import { isoDate, slug } from '../../schemas/common.js'
import { mergePatchOf } from '../../schemas/merge-patch.js'
import { problemResponses } from '../../schemas/responses.js'
import { answerWrite } from './write-results.js'

export interface WritableSpec {
  writer: Writer
  noun: string
  tag: string
  body: z.ZodObject
  output: z.ZodType
  /** How a record is named in the path (default: a kebab-case id). */
  id?: z.ZodType<string>
  /** What retiring one does. */
  retireDescription: string
  /** For a kind of fact: its registry key, so its history shows the confirmations of it too. */
  factKind?: string
}

const ifMatchHeader = z.object({
  'if-match': z.string().optional().meta({
    description:
      'The ETag of the version you read (of any language and coding); required: 428 without it, 412 when the record has changed since. ' +
      '`*` names no version, so it is refused with its own 428 (`if-match-wildcard`).',
  }),
})
const idempotencyHeader = z.object({
  'idempotency-key': z.string().min(1).max(200).optional().meta({ description: 'Makes a retried POST return the first answer instead of creating again.' }),
})
const MAX_DEPTH = 16

/** A patch that changes one thing, as the resource has it: a note, a citation's locator, a source's update date. */
function patchExample(body: z.ZodObject): Record<string, unknown> {
  if ('notes' in body.shape) return { notes: { sv: 'Bekräftat per telefon med mottagningen.', en: 'Confirmed by phone with the clinic.' } }
  if ('locator' in body.shape) return { locator: 's. 3' }
  return { updatedOn: '2026-11-01' }
}

const writeErrors = problemResponses(400, 401, 403, 404, 409, 412, 422, 428, 429, 503)
const security = [{ bearerAuth: [] }]

function requireIfMatch(ifMatch: string | undefined): string {
  if (!ifMatch) throw preconditionRequired()
  return ifMatch
}

/** POST, PATCH, retire and history of one writable resource, all under an editor's key but history. */
export function registerWriteRoutes(fastify: FastifyInstance, { writer, noun, tag, body, output, id = slug, retireDescription, factKind }: WritableSpec) {
  const app = fastify.withTypeProvider<ZodTypeProvider>()
  const idParams = z.strictObject({ id })
  const path = `/${writer.resource}`
  const editor = fastify.requireRole('editor')
  const created = String(body.meta()?.id ?? noun).replace(/Write$/, '')
  const patch = mergePatchOf(body, `${created}Patch`, `A JSON merge patch of a ${noun}: any of its fields, each with its type.`).meta({
    examples: [patchExample(body)],
  })
  // Nesting deeper than any record has is refused before validation walks it.
  const shallow = async (request: FastifyRequest) => {
    if (depthOf(request.body) > MAX_DEPTH) throw badRequest(`The body nests deeper than ${MAX_DEPTH} levels; no record does.`, 'body')
  }

  // The snapshot is brought up to date before answering, so the writer reads its own write.
  const answer = async (reply: FastifyReply, result: WriteResult<StoredRecord>) => {
    if (!isRefusal(result)) await fastify.snapshot.refresh()
    return answerWrite(reply, result, (created) => `/v1${path}/${created}`)
  }

  app.post(
    path,
    {
      onRequest: editor,
      preValidation: shallow,
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
      return answer(reply, await writer.create(fastify.prisma, request.body, request.apiKey!, request.headers['idempotency-key']))
    },
  )

  app.patch(
    `${path}/:id`,
    {
      onRequest: editor,
      preValidation: shallow,
      config: { write: true },
      schema: {
        tags: [tag],
        summary: `Update a ${noun}`,
        description:
          'A JSON merge patch (RFC 7396) under If-Match: fields present replace, null clears, a text may change in one language alone ' +
          '(`{"notes": {"en": …}}`), a list (citations) is replaced whole; the merged record is validated as a whole. ' +
          '428 without If-Match, 412 when someone changed the record since.',
        security,
        params: idParams,
        headers: ifMatchHeader,
        body: patch,
        response: { 200: output.describe('The updated record; ETag names the new version.'), ...writeErrors },
      },
    },
    async (request, reply) => {
      const ifMatch = requireIfMatch(request.headers['if-match'])
      return answer(reply, await writer.update(fastify.prisma, request.params.id, request.body, ifMatch, request.apiKey!))
    },
  )

  app.post(
    `${path}/:id/retire`,
    {
      onRequest: editor,
      preValidation: shallow,
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
      return answer(reply, await writer.retire(fastify.prisma, request.params.id, ifMatch, request.apiKey!, request.body?.validTo))
    },
  )

  app.get(
    `${path}/:id/history`,
    {
      schema: {
        tags: [tag],
        summary: `A ${noun}'s versions`,
        description: 'Every change to the record (and, for a fact, every confirmation of it), oldest first, with who made it and the record before and after.',
        params: idParams,
        querystring: z.strictObject(changeQuery),
        response: { 200: changePage, ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const { id } = request.params
      const query = { since: request.query.since, limit: request.query.limit, resource: writer.resource, recordId: id, confirmedKind: factKind }
      const page = await listChanges(fastify.prisma, query, request.url)
      if (page.items.length === 0 && request.query.since === undefined && !(await writer.read(fastify.prisma, id).catch(() => undefined))) {
        throw notFound(`No ${noun} has the id "${id}".`, 'id')
      }
      return page
    },
  )
}
