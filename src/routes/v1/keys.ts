import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { conflict, notFound } from '../../domain/errors.js'
import { paginate } from '../../domain/paginate.js'
import { ApiKeyError, createApiKey, hashKey, LastAdminKeyError, listApiKeyEvents, listApiKeys, revokeApiKey } from '../../repositories/api-keys.js'
import { apiKey, apiKeyBody, apiKeyEvent, keyName, newApiKey } from '../../schemas/keys.js'
import { langQuery, listOf, pageQuery } from '../../schemas/list.js'
import { problemResponses } from '../../schemas/responses.js'

const security = [{ bearerAuth: [] }]

/** Key management over HTTP, for admins. Nothing here may be stored by a cache. */
const keys: FastifyPluginAsyncZod = async (fastify) => {
  const admin = fastify.requireRole('admin')
  fastify.addHook('onSend', async (_request, reply) => {
    reply.header('cache-control', 'no-store')
  })

  fastify.get(
    '/keys',
    {
      onRequest: admin,
      schema: {
        tags: ['keys'],
        summary: 'List API keys',
        description: 'Every key with its role, display name and whether it is revoked; never the secrets.',
        security,
        querystring: z.strictObject({ ...pageQuery, ...langQuery }),
        response: { 200: listOf(apiKey, 'ApiKeyList'), ...problemResponses(400, 401, 403, 429) },
      },
    },
    async (request) => paginate(await listApiKeys(fastify.prisma), request.query, request.url),
  )

  fastify.get(
    '/keys/events',
    {
      onRequest: admin,
      schema: {
        tags: ['keys'],
        summary: 'Who created and revoked which key',
        description: 'The audit of key management, oldest first.',
        security,
        querystring: z.strictObject({ ...pageQuery, ...langQuery }),
        response: { 200: listOf(apiKeyEvent, 'ApiKeyEventList'), ...problemResponses(400, 401, 403, 429) },
      },
    },
    async (request) => paginate(await listApiKeyEvents(fastify.prisma), request.query, request.url),
  )

  fastify.post(
    '/keys',
    {
      onRequest: admin,
      config: { write: true },
      schema: {
        tags: ['keys'],
        summary: 'Create an API key',
        description: 'Returns the new key once; only its hash is stored. A name that was ever used (even revoked) is refused: one name, one identity.',
        security,
        body: apiKeyBody,
        response: { 201: newApiKey, ...problemResponses(400, 401, 403, 409, 429) },
      },
    },
    async (request, reply) => {
      try {
        const created = await createApiKey(fastify.prisma, request.body, request.apiKey!.name)
        // Known here at once; other instances learn it from the notification.
        const holder = { name: created.name, role: created.role, displayName: created.displayName }
        fastify.activeKeys.apply({ action: 'create', keyHash: hashKey(created.key), holder })
        reply.code(201)
        return created
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
        description:
          'The key stops working at once. The record stays, for the change log and the audit. ' +
          'The last active admin key is not revoked (409): create another admin key first.',
        security,
        params: z.strictObject({ name: keyName }),
        response: { 204: z.null().describe('Revoked; no body.'), ...problemResponses(400, 401, 403, 404, 409, 429) },
      },
    },
    async (request, reply) => {
      const revoked = await revokeApiKey(fastify.prisma, request.params.name, request.apiKey!.name, { keepAnAdmin: true }).catch((error: unknown) => {
        throw error instanceof LastAdminKeyError ? conflict(error.message, 'name') : error
      })
      if (!revoked) throw notFound(`No active key is named "${request.params.name}".`, 'name')
      // Refused here at once, before the answer; other instances as soon as the notification arrives.
      fastify.activeKeys.apply(revoked)
      return reply.code(204).send(null)
    },
  )
}

export default keys
