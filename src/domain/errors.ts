import type { Problem } from '../schemas/problem.js'

/** An error that is the client's to fix, answered as problem+json with its status. */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly slug: string,
    readonly title: string,
    detail: string,
    readonly extra: Partial<Pick<Problem, 'parameter' | 'errors'>> & { headers?: Record<string, string> } = {},
  ) {
    super(detail)
  }
}

export const notFound = (detail: string, parameter?: string) => new ProblemError(404, 'not-found', 'Not Found', detail, { parameter })
export const badRequest = (detail: string, parameter?: string) => new ProblemError(400, 'bad-request', 'Bad Request', detail, { parameter })
