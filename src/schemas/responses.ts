import { problem } from './problem.js'

const descriptions: Record<number, string> = {
  400: 'The request is malformed: a bad parameter, filter or body.',
  401: 'No valid API key.',
  403: 'The API key may not do this.',
  404: 'No such resource.',
  406: 'None of the accepted media types can be produced.',
  409: 'Conflicts with the current state.',
  412: 'The If-Match ETag is stale.',
  422: 'Well-formed but refers to something that does not exist.',
  428: 'If-Match is required.',
  429: 'Too many requests; see Retry-After.',
  503: 'The service or its database is unavailable; see Retry-After.',
}

/** Problem+json responses for the given error statuses, for a route's schema. */
export function problemResponses<const S extends readonly (keyof typeof descriptions)[]>(...statuses: S) {
  return Object.fromEntries(statuses.map((status) => [status, problem.describe(descriptions[status]!)])) as {
    [K in S[number]]: typeof problem
  }
}
