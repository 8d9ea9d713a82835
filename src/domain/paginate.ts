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

/** Slices one page and links the next and the one before, keeping the caller's other parameters. */
export function paginate<T>(items: readonly T[], request: PageRequest, url: string) {
  const slice = items.slice(request.offset, request.offset + request.limit)
  const nextOffset = request.offset + request.limit
  const link = (offset: number) => nextLink(url, { offset: String(offset), limit: String(request.limit) })
  const next = nextOffset < items.length ? link(nextOffset) : null
  // Past the end, the page before is the list's last page.
  const prev = request.offset === 0 ? null : link(Math.max(0, Math.min(request.offset, items.length) - request.limit))
  return { items: slice, page: { total: items.length, limit: request.limit, offset: request.offset, cursor: null, next, prev } }
}

/** The RFC 8288 Link header of a page: its next and previous pages, where there are any. */
export function linkHeader(page: { next: string | null; prev: string | null }): string | undefined {
  const links = [page.next && `<${page.next}>; rel="next"`, page.prev && `<${page.prev}>; rel="prev"`].filter(Boolean)
  return links.length > 0 ? links.join(', ') : undefined
}
