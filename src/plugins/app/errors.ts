import type { Duplex } from 'node:stream'
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod'
import { connectionErrorCodes, PgError, PrismaError } from '../../db/error-codes.js'
import { ProblemError, slugOfStatus, statusTitles } from '../../domain/errors.js'
import { Prisma } from '../../generated/prisma/client.js'
import type { Problem } from '../../schemas/problem.js'

const PROBLEM_BASE = 'https://regionkollen.se/problems/'
const RETRY_AFTER_SECONDS = 5

function sendProblem(request: FastifyRequest, reply: FastifyReply, status: number, slug: string, detail: string, extra: Partial<Problem> = {}) {
  const body: Problem = {
    type: PROBLEM_BASE + slug,
    title: statusTitles[status] ?? 'Error',
    status,
    detail,
    instance: request.url.split('?')[0],
    requestId: String(request.id),
    ...extra,
  }
  // Sent as a string, past any serializer a route set up (a CSV one, say), so nothing gets in the way.
  return reply
    .code(status)
    .type('application/problem+json; charset=utf-8')
    .serializer((payload: unknown) => payload as string)
    .send(JSON.stringify(body))
}

/**
 * Errors Node's HTTP parser raises before Fastify sees a request (a raw
 * non-ASCII character in the URL, headers too large): answered as problem+json
 * on the socket, as Fastify's default handler does with plain JSON.
 */
export function clientErrors(error: NodeJS.ErrnoException, socket: Duplex) {
  if (error.code === 'ECONNRESET' || socket.destroyed) return
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400
  const detail =
    status === 431
      ? 'The request\'s headers are too large.'
      : status === 408
        ? 'The request took too long to arrive.'
        : 'The request is malformed; characters outside ASCII in a URL must be percent-encoded (e.g. ?q=sm%C3%A4rt).'
  const body = JSON.stringify({ type: PROBLEM_BASE + slugOfStatus(status), title: statusTitles[status] ?? 'Error', status, detail })
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${statusTitles[status] ?? 'Error'}\r\nContent-Type: application/problem+json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    )
  }
  socket.destroy(error)
}

/** Errors the router raises before any route or hook runs (a malformed URL, an overlong parameter). */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 400
  return sendProblem(request, reply, status, slugOfStatus(status), error.message)
}

const camelCase = (snake: string) => snake.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase())

interface AdapterCause {
  originalCode?: string
  kind?: string
  constraint?: { index?: string; fields?: string[] }
}
const adapterCause = (error: { meta?: Record<string, unknown> }) => (error.meta?.driverAdapterError as { cause?: AdapterCause } | undefined)?.cause

/** Maps a database error to the client's fault it reveals, or undefined when it is ours. */
function fromDatabase(error: Prisma.PrismaClientKnownRequestError): { status: number; slug: string; detail: string; parameter?: string } | undefined {
  const cause = adapterCause(error)
  const constraint = cause?.constraint?.fields?.join(', ') ?? cause?.constraint?.index
  // Constraint names follow <table>_<column>_fkey / _key / _check.
  const column = constraint?.match(/((?:[a-z]+_)?(?:id|code))_(?:fkey|key)$/)?.[1]
  const parameter = column ? camelCase(column) : undefined
  switch (cause?.originalCode ?? error.code) {
    case PgError.uniqueViolation:
    case PrismaError.uniqueViolation:
      return { status: 409, slug: 'conflict', detail: `A record with this ${parameter ?? 'key'} already exists.`, parameter }
    case PgError.foreignKeyViolation:
    case PrismaError.foreignKeyViolation:
      return { status: 422, slug: 'unknown-reference', detail: `The referenced ${parameter ?? 'record'} does not exist.`, parameter }
    case PgError.checkViolation:
    case PgError.notNullViolation:
      return { status: 422, slug: 'constraint-violated', detail: `The record breaks a rule of the data model (${constraint ?? 'a constraint'}).` }
    case PrismaError.recordNotFound:
      return { status: 404, slug: 'not-found', detail: 'The record does not exist.' }
    case PgError.characterNotInRepertoire:
    case PgError.untranslatableCharacter:
      return { status: 400, slug: 'invalid-text', detail: 'A text value contains a character the database cannot store (such as a NUL byte).' }
    case PrismaError.poolTimeout:
      return { status: 503, slug: 'database-busy', detail: 'The database is busy; retry shortly.' }
    default:
      return undefined
  }
}

type ErrorLike = { code?: unknown; message?: unknown; cause?: unknown; meta?: Record<string, unknown> } | undefined

/** The database went away (or is restarting): the client should retry, not give up. */
function isConnectionError(error: unknown): boolean {
  for (let current = error as ErrorLike, depth = 0; current && depth < 5; current = current.cause as ErrorLike, depth++) {
    const cause = adapterCause(current)
    if (typeof current.code === 'string' && connectionErrorCodes.has(current.code)) return true
    if (cause?.originalCode && connectionErrorCodes.has(cause.originalCode)) return true
    if (cause?.kind && /NotReachable|ConnectionClosed|SocketTimeout|TooManyConnections/.test(cause.kind)) return true
    const message = typeof current.message === 'string' ? current.message : ''
    if (/ECONNREFUSED|Connection terminated|timeout exceeded when trying to connect|terminating connection|Can't reach database/i.test(message)) return true
  }
  return false
}

/** One error handler for the whole app: every error leaves as RFC 9457 problem+json. */
export default fp(
  async (fastify) => {
    // OPTIONS is left out: CORS preflight answers it on every path.
    const methods = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE']
    /** A path that exists with other methods: 405 and the methods it takes. */
    const methodNotAllowed = (request: FastifyRequest, reply: FastifyReply) => {
      const path = request.url.split('?')[0]!
      const allowed = methods.filter((method) => fastify.findRoute({ method: method as 'GET', url: path }) !== null)
      if (allowed.length === 0) return undefined
      reply.header('allow', allowed.join(', '))
      return sendProblem(request, reply, 405, 'method-not-allowed', `${request.method} is not allowed on ${path}; it takes ${allowed.join(', ')}.`)
    }
    const noRoute = (request: FastifyRequest, reply: FastifyReply) =>
      methodNotAllowed(request, reply) ?? sendProblem(request, reply, 404, 'not-found', `There is no route ${request.method} ${request.url.split('?')[0]}.`)
    fastify.setNotFoundHandler(noRoute)
    // Methods no route takes (QUERY, TRACE, …) are answered before anything parses their body.
    fastify.addHook('onRequest', async (request, reply) => {
      if (request.method !== 'OPTIONS' && !methods.includes(request.method)) return noRoute(request, reply)
    })

    fastify.setErrorHandler((error: FastifyError, request, reply) => {
      if (error instanceof ProblemError) {
        if (error.extra.headers) reply.headers(error.extra.headers)
        const { parameter, errors } = error.extra
        return sendProblem(request, reply, error.status, error.slug, error.message, { title: error.title, parameter, errors })
      }
      if (hasZodFastifySchemaValidationErrors(error)) {
        const where = error.validationContext ?? 'request'
        const errors = error.validation.map((issue) => {
          const path = issue.instancePath.replace(/^\//, '').replaceAll('/', '.')
          return { path: path ? `${where}.${path}` : where, message: issue.message ?? 'is invalid' }
        })
        const first = error.validation[0]
        const unknownKeys = (first?.params as { keys?: string[] } | undefined)?.keys
        const parameter = unknownKeys?.[0] ?? (first?.instancePath.replace(/^\//, '').split('/')[0] || undefined)
        const detail = `The ${where} is invalid: ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`
        return sendProblem(request, reply, 400, 'validation-failed', detail, { parameter, errors })
      }
      if (error instanceof Prisma.PrismaClientKnownRequestError) {
        const mapped = fromDatabase(error)
        if (mapped) return sendProblem(request, reply, mapped.status, mapped.slug, mapped.detail, { parameter: mapped.parameter })
      }
      if (isConnectionError(error)) {
        request.log.warn({ err: error }, 'The database is unreachable')
        reply.header('retry-after', String(RETRY_AFTER_SECONDS))
        return sendProblem(request, reply, 503, 'database-unavailable', 'The database is unavailable; nothing was changed. Retry shortly.')
      }
      const status = error.statusCode ?? 500
      if (status >= 400 && status < 500 && !isResponseSerializationError(error)) {
        return sendProblem(request, reply, status, slugOfStatus(status), error.message)
      }
      // Our fault: log the cause once, tell the client nothing of the internals.
      request.log.error({ err: error }, 'Request failed')
      return status === 503
        ? sendProblem(request, reply, 503, 'service-unavailable', 'The service is temporarily unavailable; retry shortly.')
        : sendProblem(request, reply, 500, 'internal-error', 'An unexpected error occurred. Quote the request id when reporting it.')
    })
  },
  { name: 'errors' },
)
