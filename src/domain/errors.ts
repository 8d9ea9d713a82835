import type { Problem } from '../schemas/problem.js'

/** The title of each status, as RFC 9457 problems carry it. */
export const statusTitles: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
}

/** The problem type's last segment when none is given: "Not Found" -> "not-found". */
export const slugOfStatus = (status: number) => (statusTitles[status] ?? 'error').toLowerCase().replaceAll(' ', '-')

interface ProblemOptions extends Partial<Pick<Problem, 'parameter' | 'errors'>> {
  /** The problem type's last segment; defaults to the status title's. */
  slug?: string
  headers?: Record<string, string>
}

/** An error that is the client's to fix (or to retry), answered as problem+json with its status. */
export class ProblemError extends Error {
  readonly slug: string
  readonly title: string
  constructor(
    readonly status: number,
    detail: string,
    readonly extra: ProblemOptions = {},
  ) {
    super(detail)
    this.slug = extra.slug ?? slugOfStatus(status)
    this.title = statusTitles[status] ?? 'Error'
  }
}

type Options = Omit<ProblemOptions, 'parameter'>

export const badRequest = (detail: string, parameter?: string, options: Options = {}) => new ProblemError(400, detail, { ...options, parameter })
export const unauthorized = (detail: string, headers: Record<string, string>) => new ProblemError(401, detail, { parameter: 'Authorization', headers })
export const forbidden = (detail: string) => new ProblemError(403, detail)
export const notFound = (detail: string, parameter?: string) => new ProblemError(404, detail, { parameter })
export const notAcceptable = (detail: string, parameter: string) => new ProblemError(406, detail, { parameter })
export const conflict = (detail: string, parameter?: string, options: Options = {}) => new ProblemError(409, detail, { ...options, parameter })
export const preconditionFailed = () =>
  new ProblemError(412, 'The record changed since you read it: GET it again, reapply your change and send the new ETag in If-Match.', { parameter: 'If-Match' })
export const unprocessable = (detail: string, parameter?: string, options: Options = {}) => new ProblemError(422, detail, { ...options, parameter })
export const preconditionRequired = () =>
  new ProblemError(428, 'Send If-Match with the ETag of the version you read, so no one else\'s change is overwritten.', { parameter: 'If-Match' })
export const tooManyRequests = (detail: string, retryAfterSeconds: number) =>
  new ProblemError(429, detail, { headers: { 'retry-after': String(retryAfterSeconds) } })
/** 503 with Retry-After: the client should retry, not give up. */
export const unavailable = (detail: string, retryAfterSeconds: number, slug = 'service-unavailable') =>
  new ProblemError(503, detail, { slug, headers: { 'retry-after': String(retryAfterSeconds) } })
