import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { conflict, notFound } from '../../domain/errors.js'
import { ApiKeyError, createApiKey, revokeApiKey } from '../../repositories/api-keys.js'
import { apiKey, apiKeyBody, keyName, newApiKey } from '../../schemas/keys.js'
import { problemResponses } from '../../schemas/responses.js'

const security = [{ bearerAuth: [] }]
const shape = (row: { name: string; role: 'editor' | 'admin'; createdAt: Date; revokedAt: Date | null }) => ({
  name: row.name,
  role: row.role,
  createdAt: row.createdAt.toISOString(),
  revokedAt: row.revokedAt?.toISOString() ?? null,
})

/** Key management over HTTP, for admins. */
const keys: FastifyPluginAsyncZod = async (fastify) => {
  const admin = fastify.requireRole('admin')

  fastify.get(
    '/keys',
    {
      onRequest: admin,
      schema: {
        tags: ['keys'],
        summary: 'List API keys',
        description: 'Every key with its role and whether it is revoked; never the secrets.',
        security,
        response: { 200: z.object({ items: z.array(apiKey) }).meta({ id: 'ApiKeyList' }), ...problemResponses(401, 403, 429) },
      },
    },
    async () => ({ items: (await fastify.prisma.apiKey.findMany({ orderBy: { name: 'asc' } })).map(shape) }),
  )

  fastify.post(
    '/keys',
    {
      onRequest: admin,
      config: { write: true },
      schema: {
        tags: ['keys'],
        summary: 'Create an API key',
        description: 'Returns the new key once; only its hash is stored. A revoked name can be given a new key.',
        security,
        body: apiKeyBody,
        response: { 201: newApiKey, ...problemResponses(400, 401, 403, 409, 429) },
      },
    },
    async (request, reply) => {
      try {
        const created = await createApiKey(fastify.prisma, request.body.name, request.body.role)
        reply.code(201)
        return { ...shape({ ...created, revokedAt: null }), key: created.key }
      } catch (error) {
        if (error instanceof ApiKeyError) throw conflict(error.message, 'name')
        throw error
      }
    },
  )

  fastify.delete(
    '/keys/:name',
    {
      onRequest: admin,
      config: { write: true },
      schema: {
        tags: ['keys'],
        summary: 'Revoke an API key',
        description: 'The key stops working at once. The record stays, for the change log.',
        security,
        params: z.strictObject({ name: keyName }),
        response: { 204: z.undefined().describe('Revoked.'), ...problemResponses(400, 401, 403, 404, 429) },
      },
    },
    async (request, reply) => {
      if (!(await revokeApiKey(fastify.prisma, request.params.name))) throw notFound(`No active key is named "${request.params.name}".`, 'name')
      return reply.code(204).send()
    },
  )
}

export default keys
