import fp from 'fastify-plugin'
import { linkHeader } from '../../domain/paginate.js'

/**
 * Every paginated answer (`{ items, page }`) links its next and previous
 * pages in an RFC 8288 `Link` header too, so a client can follow them
 * without reading the body. The response cache keeps the header with the answer.
 */
export default fp(
  async (fastify) => {
    fastify.addHook('preSerialization', async (_request, reply, payload: unknown) => {
      const page = (payload as { page?: { next?: unknown; prev?: unknown } } | null)?.page
      if (reply.statusCode === 200 && page && typeof page === 'object' && 'next' in page && 'prev' in page) {
        const link = linkHeader(page as { next: string | null; prev: string | null })
        if (link) reply.header('link', link)
      }
      return payload
    })
  },
  { name: 'pagination-links' },
)
