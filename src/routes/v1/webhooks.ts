import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { notFound, unprocessable } from '../../domain/errors.js'
import { paginate } from '../../domain/paginate.js'
import { webhookUrlProblem } from '../../domain/webhooks.js'
import { resolvesPublicly } from '../../plugins/app/webhooks.js'
import {
  createSubscription,
  deleteSubscription,
  findSubscription,
  listDeliveries,
  listSubscriptions,
  updateSubscription,
} from '../../repositories/webhooks.js'
import { listOf, pageQuery } from '../../schemas/list.js'
import { problemResponses } from '../../schemas/responses.js'
import { newWebhook, webhook, webhookBody, webhookDelivery, webhookDeliveryQuery, webhookPatch } from '../../schemas/webhooks.js'

const security = [{ bearerAuth: [] }]
const idParams = z.strictObject({ id: z.uuid() })

const deliveryDescription =
  'Each change to a followed resource is POSTed as JSON `{"type": "fees.updated", "timestamp": …, "data": <the change as /v1/changes shows it>}`, ' +
  'signed per Standard Webhooks: `webhook-id` (the same on every retry of it), `webhook-timestamp` (Unix seconds of the attempt) and ' +
  '`webhook-signature: v1,<base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{body}">`, keyed with the base64-decoded part of the secret ' +
  'after `whsec_`. A 2xx answer delivers it; anything else (a redirect too), or no answer within 15 s, is retried with a doubling delay ' +
  '(or the receiver\'s Retry-After) for about three and a half days, then the subscription is disabled, saying why; 410 Gone disables it at once. ' +
  'Deliveries may arrive out of order: order them by `data.id`.'

/** Webhook subscriptions, for admins. Nothing here may be stored by a cache. */
const webhooks: FastifyPluginAsyncZod = async (fastify) => {
  const admin = fastify.requireRole('admin')
  const allowPrivate = fastify.config.WEBHOOKS_ALLOW_PRIVATE_URLS
  fastify.addHook('onSend', async (_request, reply) => {
    reply.header('cache-control', 'no-store')
  })

  /** A URL the server may be aimed at: https, no credentials, and (unless allowed) public addresses only. */
  const checkUrl = async (url: string) => {
    const problem = webhookUrlProblem(url, allowPrivate) ?? (allowPrivate ? undefined : await resolvesPublicly(url))
    if (problem) throw unprocessable(`The webhook URL ${problem.replace(/^(?!is |must |names )/, 'is refused: ')}.`, 'url', { slug: 'webhook-url-refused' })
  }
  const found = async (id: string) => {
    const subscription = await findSubscription(fastify.prisma, id)
    if (!subscription) throw notFound(`No webhook has the id "${id}".`, 'id')
    return subscription
  }

  fastify.post(
    '/webhooks',
    {
      onRequest: admin,
      config: { write: true },
      schema: {
        tags: ['webhooks'],
        summary: 'Subscribe a URL to changes',
        description: `Needs an admin key. The answer carries the signing secret, the only time it is shown. ${deliveryDescription}`,
        security,
        body: webhookBody,
        response: { 201: newWebhook.describe('Subscribed; Location names it.'), ...problemResponses(400, 401, 403, 422, 429) },
      },
    },
    async (request, reply) => {
      await checkUrl(request.body.url)
      const created = await createSubscription(fastify.prisma, request.body, request.apiKey!.name)
      reply.code(201).header('location', `/v1/webhooks/${created.id}`)
      return created
    },
  )

  fastify.get(
    '/webhooks',
    {
      onRequest: admin,
      schema: {
        tags: ['webhooks'],
        summary: 'List webhook subscriptions',
        description: 'Every subscription, oldest first, with whether it is enabled and, if not, why; never the secrets.',
        security,
        querystring: z.strictObject(pageQuery),
        response: { 200: listOf(webhook, 'WebhookList'), ...problemResponses(400, 401, 403, 429) },
      },
    },
    async (request) => paginate(await listSubscriptions(fastify.prisma), request.query, request.url),
  )

  fastify.get(
    '/webhooks/:id',
    {
      onRequest: admin,
      schema: {
        tags: ['webhooks'],
        summary: 'One webhook subscription',
        description: 'The subscription, with whether it is enabled and, if not, why; never its secret.',
        security,
        params: idParams,
        response: { 200: webhook, ...problemResponses(400, 401, 403, 404, 429) },
      },
    },
    async (request) => found(request.params.id),
  )

  fastify.patch(
    '/webhooks/:id',
    {
      onRequest: admin,
      config: { write: true },
      schema: {
        tags: ['webhooks'],
        summary: 'Change a webhook subscription',
        description: 'A JSON merge patch. `enabled: true` resumes a disabled subscription: its pending deliveries are attempted again.',
        security,
        params: idParams,
        body: webhookPatch,
        response: { 200: webhook, ...problemResponses(400, 401, 403, 404, 422, 429) },
      },
    },
    async (request) => {
      if (request.body.url !== undefined) await checkUrl(request.body.url)
      const updated = await updateSubscription(fastify.prisma, request.params.id, request.body)
      if (!updated) throw notFound(`No webhook has the id "${request.params.id}".`, 'id')
      return updated
    },
  )

  fastify.delete(
    '/webhooks/:id',
    {
      onRequest: admin,
      config: { write: true },
      schema: {
        tags: ['webhooks'],
        summary: 'Unsubscribe',
        description: 'Nothing more is sent. The subscription and its deliveries stay on record.',
        security,
        params: idParams,
        response: { 204: z.null().describe('Unsubscribed; no body.'), ...problemResponses(400, 401, 403, 404, 429) },
      },
    },
    async (request, reply) => {
      if (!(await deleteSubscription(fastify.prisma, request.params.id))) throw notFound(`No webhook has the id "${request.params.id}".`, 'id')
      return reply.code(204).send(null)
    },
  )

  fastify.get(
    '/webhooks/:id/deliveries',
    {
      onRequest: admin,
      schema: {
        tags: ['webhooks'],
        summary: 'A subscription\'s deliveries',
        description: 'Every change sent (or to be sent) to the subscription, newest first, with its status, attempts and the last answer.',
        security,
        params: idParams,
        querystring: z.strictObject({ ...webhookDeliveryQuery, ...pageQuery }),
        response: { 200: listOf(webhookDelivery, 'WebhookDeliveryList'), ...problemResponses(400, 401, 403, 404, 429) },
      },
    },
    async (request) => {
      await found(request.params.id)
      return paginate(await listDeliveries(fastify.prisma, request.params.id, request.query.status), request.query, request.url)
    },
  )
}

export default webhooks
