import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod'
import { Prisma } from '../generated/prisma/client.js'
import { ProblemError } from '../domain/errors.js'
import type { Problem } from '../schemas/problem.js'

export { badRequest, notFound, ProblemError } from '../domain/errors.js'

const PROBLEM_BASE = 'https://regionkollen.se/problems/'

const titles: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  412: 'Precondition Failed',
  414: 'URI Too Long',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
}

function sendProblem(request: FastifyRequest, reply: FastifyReply, status: number, slug: string, detail: string, extra: Partial<Problem> = {}) {
  const body: Problem = {
    type: PROBLEM_BASE + slug,
    title: titles[status] ?? 'Error',
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

/** Errors the router raises before any route or hook runs (a malformed URL, an overlong parameter). */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 400
  return sendProblem(request, reply, status, (titles[status] ?? 'bad request').toLowerCase().replaceAll(' ', '-'), error.message)
}

const camelCase = (snake: string) => snake.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase())

/** Maps a database error to the client's fault it reveals, or undefined when it is ours. */
function fromDatabase(error: Prisma.PrismaClientKnownRequestError): { status: number; slug: string; detail: string; parameter?: string } | undefined {
  const cause = (error.meta?.driverAdapterError as { cause?: { originalCode?: string; constraint?: { index?: string; fields?: string[] } } } | undefined)?.cause
  const constraint = cause?.constraint?.fields?.join(', ') ?? cause?.constraint?.index
  // Constraint names follow <table>_<column>_fkey / _key / _check.
  const column = constraint?.match(/((?:[a-z]+_)?(?:id|code))_(?:fkey|key)$/)?.[1]
  const parameter = column ? camelCase(column) : undefined
  switch (cause?.originalCode ?? error.code) {
    case '23505':
    case 'P2002':
      return { status: 409, slug: 'conflict', detail: `A record with this ${parameter ?? 'key'} already exists.`, parameter }
    case '23503':
    case 'P2003':
      return { status: 422, slug: 'unknown-reference', detail: `The referenced ${parameter ?? 'record'} does not exist.`, parameter }
    case '23514':
    case '23502':
      return { status: 422, slug: 'constraint-violated', detail: `The record breaks a rule of the data model (${constraint ?? 'a constraint'}).` }
    case 'P2025':
      return { status: 404, slug: 'not-found', detail: 'The record does not exist.' }
    case '22021':
    case '22P05':
      return { status: 400, slug: 'invalid-text', detail: 'A text value contains a character the database cannot store (such as a NUL byte).' }
    case 'P2024':
      return { status: 503, slug: 'database-busy', detail: 'The database is busy; retry shortly.' }
    default:
      return undefined
  }
}

const connectionCodes = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024', 'ECONNREFUSED', 'ECONNRESET', '57P01', '57P02', '57P03', '08006', '08001', '08003'])

/** The database went away (or is restarting): the client should retry, not give up. */
function isConnectionError(error: unknown): boolean {
  for (let current = error as { code?: unknown; message?: unknown; cause?: unknown; meta?: { driverAdapterError?: { cause?: { originalCode?: string; kind?: string } } } } | undefined, depth = 0; current && depth < 5; current = current.cause as typeof current, depth++) {
    const adapterCause = current.meta?.driverAdapterError?.cause
    if (typeof current.code === 'string' && connectionCodes.has(current.code)) return true
    if (adapterCause?.originalCode && connectionCodes.has(adapterCause.originalCode)) return true
    if (adapterCause?.kind && /NotReachable|ConnectionClosed|SocketTimeout|TooManyConnections/.test(adapterCause.kind)) return true
    if (typeof current.message === 'string' && /ECONNREFUSED|Connection terminated|timeout exceeded when trying to connect|terminating connection|Can't reach database/i.test(current.message)) return true
  }
  return false
}

/** One error handler for the whole app: every error leaves as RFC 9457 problem+json. */
export default fp(
  async (fastify) => {
    fastify.setNotFoundHandler((request, reply) =>
      sendProblem(request, reply, 404, 'not-found', `There is no route ${request.method} ${request.url.split('?')[0]}.`),
    )

    fastify.setErrorHandler((error: FastifyError, request, reply) => {
      if (error instanceof ProblemError) {
        if (error.extra.headers) reply.headers(error.extra.headers)
        return sendProblem(request, reply, error.status, error.slug, error.message, { title: error.title, parameter: error.extra.parameter, errors: error.extra.errors })
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
        return sendProblem(request, reply, 400, 'validation-failed', `The ${where} is invalid: ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`, {
          parameter,
          errors,
        })
      }
      if (error instanceof Prisma.PrismaClientKnownRequestError) {
        const mapped = fromDatabase(error)
        if (mapped) return sendProblem(request, reply, mapped.status, mapped.slug, mapped.detail, { parameter: mapped.parameter })
      }
      if (isConnectionError(error)) {
        request.log.warn({ err: error }, 'The database is unreachable')
        reply.header('retry-after', '5')
        return sendProblem(request, reply, 503, 'database-unavailable', 'The database is unavailable; nothing was changed. Retry shortly.')
      }
      const status = error.statusCode ?? 500
      if (status >= 400 && status < 500 && !isResponseSerializationError(error)) {
        return sendProblem(request, reply, status, (titles[status] ?? 'error').toLowerCase().replaceAll(' ', '-'), error.message)
      }
      // Our fault: log the cause once, tell the client nothing of the internals.
      request.log.error({ err: error }, 'Request failed')
      const unavailable = status === 503
      return sendProblem(
        request,
        reply,
        unavailable ? 503 : 500,
        unavailable ? 'service-unavailable' : 'internal-error',
        unavailable ? 'The service is temporarily unavailable; retry shortly.' : 'An unexpected error occurred. Quote the request id when reporting it.',
      )
    })
  },
  { name: 'errors' },
)
