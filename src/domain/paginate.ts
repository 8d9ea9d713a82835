export interface PageRequest {
  limit: number
  offset: number
}

/** Slices one page and links the next, keeping the caller's other parameters. */
export function paginate<T>(items: readonly T[], request: PageRequest, url: string) {
  const slice = items.slice(request.offset, request.offset + request.limit)
  const nextOffset = request.offset + request.limit
  let next: string | null = null
  if (nextOffset < items.length) {
    const target = new URL(url, 'http://placeholder')
    target.searchParams.set('offset', String(nextOffset))
    target.searchParams.set('limit', String(request.limit))
    next = `${target.pathname}${target.search}`
  }
  return { items: slice, page: { total: items.length, limit: request.limit, offset: request.offset, next } }
}
