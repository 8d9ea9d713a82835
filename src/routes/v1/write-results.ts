import type { FastifyReply } from 'fastify'
import { badRequest, conflict, notFound, preconditionFailed, ProblemError, unprocessable } from '../../domain/errors.js'
import { isRefusal, type Refusal, type WriteResult } from '../../domain/write-results.js'

/** The problem each refusal is answered with. */
export function problemOf(refusal: Refusal): ProblemError {
  switch (refusal.outcome) {
    case 'invalid':
      return badRequest(refusal.detail, refusal.field, refusal.issues ? { slug: 'validation-failed', errors: refusal.issues } : {})
    case 'not_found':
      return notFound(refusal.detail, refusal.field)
    case 'conflict':
      return conflict(refusal.detail, refusal.field, { slug: refusal.reason })
    case 'precondition_failed':
      return refusal.reason === 'stale'
        ? preconditionFailed()
        : new ProblemError(
          428,
          'If-Match: * matches every version, so it cannot keep you from overwriting someone else\'s change: send the ETag of the version you read.',
          { parameter: 'If-Match', slug: 'if-match-wildcard' },
        )
    case 'unprocessable':
      return unprocessable(refusal.detail, refusal.field, refusal.reason ? { slug: refusal.reason } : {})
  }
}

/** The status of what was written: 201 for a new record (also when replayed), 200 for an update or a write that changed nothing. */
export const statusOf = (outcome: 'created' | 'updated' | 'unchanged') => (outcome === 'created' ? 201 : 200)

/** Sends a write's result: the record with its ETag (and Location when created), or the refusal's problem. */
export function answerWrite<R extends Record<string, unknown>>(reply: FastifyReply, result: WriteResult<R>, location: (id: string) => string): R {
  if (isRefusal(result)) throw problemOf(result)
  reply.code(statusOf(result.outcome)).header('etag', result.etag)
  if (result.outcome === 'created') reply.header('location', location(String(result.record.id)))
  return result.record
}
