/**
 * What a writer answers: the record it wrote (or found unchanged), or why it
 * wrote nothing. Plain values, no HTTP: the routes decide the status and the
 * problem each becomes.
 */

/** One field of a body that fails its schema, and what is wrong with it. */
export interface FieldIssue {
  path: string
  message: string
}

export type Written<R> = {
  /** `unchanged`: the write changed nothing and made no version. */
  outcome: 'created' | 'updated' | 'unchanged'
  record: R
  etag: string
  /** An Idempotency-Key retry: the first answer again, nothing new written. */
  replayed?: boolean
}

export type Refusal =
  /** The body fails the resource's schema (or is not an object, or nests too deep). */
  | { outcome: 'invalid'; detail: string; field: string; issues?: FieldIssue[] }
  | { outcome: 'not_found'; detail: string; field: string }
  /** The record's current state forbids it (already retired, a fact's last citation). */
  | { outcome: 'conflict'; detail: string; field: string; reason: 'already-retired' | 'last-citation' }
  /**
   * The version named in If-Match is not the current one (`stale`), or
   * If-Match does not name a version at all (`unspecific`: `*`).
   */
  | { outcome: 'precondition_failed'; reason: 'stale' | 'unspecific' }
  /** Well-formed, but refers to something that does not exist or breaks an evidence rule. */
  | { outcome: 'unprocessable'; detail: string; field: string; reason?: 'idempotency-key-reused' }

export type WriteResult<R> = Written<R> | Refusal

export const isRefusal = <R>(result: WriteResult<R>): result is Refusal =>
  result.outcome !== 'created' && result.outcome !== 'updated' && result.outcome !== 'unchanged'

export const refuse = {
  invalid: (detail: string, field: string, issues?: FieldIssue[]): Refusal => ({ outcome: 'invalid', detail, field, issues }),
  notFound: (detail: string, field = 'id'): Refusal => ({ outcome: 'not_found', detail, field }),
  conflict: (detail: string, field: string, reason: 'already-retired' | 'last-citation'): Refusal => ({ outcome: 'conflict', detail, field, reason }),
  stale: (): Refusal => ({ outcome: 'precondition_failed', reason: 'stale' }),
  unspecific: (): Refusal => ({ outcome: 'precondition_failed', reason: 'unspecific' }),
  unprocessable: (detail: string, field: string, reason?: 'idempotency-key-reused'): Refusal => ({ outcome: 'unprocessable', detail, field, reason }),
}
