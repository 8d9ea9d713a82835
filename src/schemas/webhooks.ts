import { z } from 'zod'
import { WebhookDeliveryStatus } from '../generated/prisma/enums.js'
import { factKindIds, factKinds } from './fact-kinds.js'

/** What a subscription can follow: every writable resource, by its API path (the change log's resource name). */
export const webhookResources = [...factKindIds.map((kind) => factKinds[kind].path), 'sources', 'citations'] as const
export const webhookResource = z.enum(webhookResources as unknown as [string, ...string[]])

const url = z.string().max(2000).meta({ description: 'Where to POST: https, on a public address.', example: 'https://example.org/hooks/regionkollen' })
const resources = z
  .array(webhookResource)
  .max(webhookResources.length)
  .meta({ description: 'The resources whose changes to send; empty: all.', example: ['fees', 'providers'] })
const description = z.string().min(1).max(500).nullable().meta({ description: 'What the subscription is for, for admins.' })

export const webhookBody = z
  .strictObject({ url, resources: resources.default([]), description: description.default(null) })
  .meta({ id: 'WebhookCreate', description: 'A URL to send changes to.' })

export const webhookPatch = z
  .strictObject({
    url: url.optional(),
    resources: resources.optional(),
    description: description.optional(),
    enabled: z.boolean().optional().meta({ description: 'false pauses delivery; true resumes it (and clears `disabledReason`).' }),
  })
  .meta({ id: 'WebhookPatch', description: 'A JSON merge patch: the fields given replace, `description: null` clears it.' })

export const webhook = z
  .object({
    id: z.uuid(),
    url,
    resources,
    description,
    enabled: z.boolean(),
    disabledReason: z.string().nullable().meta({ description: 'Why delivery stopped: the receiver answered 410 Gone, or a delivery ran out of attempts.' }),
    createdBy: z.string().meta({ description: 'The admin key that subscribed.' }),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Webhook', description: 'A webhook subscription, without its secret.' })

export const newWebhook = webhook
  .extend({
    secret: z.string().meta({
      description: 'The signing secret (`whsec_` and base64), shown this once: verify each delivery\'s `webhook-signature` with it.',
      example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    }),
  })
  .meta({ id: 'NewWebhook' })

export const webhookDelivery = z
  .object({
    id: z.string().meta({ description: 'The `webhook-id` header of every attempt of this delivery.', example: 'msg_1f81eb5251984599803e771906343485' }),
    changeId: z.string().meta({ description: 'The change delivered (its position in `/v1/changes`).' }),
    type: z.string().meta({ description: 'The event type: resource and what happened.', example: 'fees.updated' }),
    status: z.enum(WebhookDeliveryStatus).meta({ description: 'pending (to be attempted, or again), delivered (a 2xx answered), failed (given up).' }),
    attempts: z.number().int(),
    nextAttemptAt: z.iso.datetime().nullable().meta({ description: 'When it is attempted next (pending only).' }),
    lastAttemptAt: z.iso.datetime().nullable(),
    lastStatus: z.number().int().nullable().meta({ description: 'The receiver\'s HTTP status at the last attempt; null when it did not answer.' }),
    lastError: z.string().nullable(),
    deliveredAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'WebhookDelivery', description: 'One change sent to one subscription, and how its attempts went.' })

export const webhookDeliveryQuery = {
  status: z.enum(WebhookDeliveryStatus).optional().meta({ description: 'Only deliveries with this status.' }),
}
