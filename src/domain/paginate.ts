export interface PageRequest {
  limit: number
  offset: number
}

/** The request's own path and query with some parameters replaced: how every next-page link is made. */
export function nextLink(url: string, params: Record<string, string>): string {
  const target = new URL(url, 'http://placeholder')
  for (const [name, value] of Object.entries(params)) target.searchParams.set(name, value)
  return `${target.pathname}${target.search}`
}

/** Slices one page and links the next, keeping the caller's other parameters. */
export function paginate<T>(items: readonly T[], request: PageRequest, url: string) {
  const slice = items.slice(request.offset, request.offset + request.limit)
  const nextOffset = request.offset + request.limit
  const next = nextOffset < items.length ? nextLink(url, { offset: String(nextOffset), limit: String(request.limit) }) : null
  return { items: slice, page: { total: items.length, limit: request.limit, offset: request.offset, next } }
}
