import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { viewQuery } from '../../domain/compare.js'
import { cellStatuses, dimensionIdSchema } from '../../domain/dimensions/index.js'
import { paginate } from '../../domain/paginate.js'
import { reviewQueue } from '../../domain/review.js'
import { isoDate, regionCode, slug } from '../../schemas/common.js'
import { confirmationInput } from '../../schemas/confirmations.js'
import { factKind } from '../../schemas/fact-kinds.js'
import { asOfQuery, langQuery, listOf, pageQuery } from '../../schemas/list.js'
import { problemResponses } from '../../schemas/responses.js'

const entry = z
  .object({
    region: z.object({ code: regionCode, name: z.string() }),
    dimension: z.object({ id: dimensionIdSchema, label: z.string() }),
    priority: z
      .number()
      .int()
      .meta({ description: '1 matters most to patients (specialist care), then referral, fees, home care, municipal support, decisions.' }),
    status: z.enum(cellStatuses).meta({ description: 'The cell\'s status: a stale answer, or "unknown".' }),
    statusLabel: z.string().meta({ description: 'The status in the language asked for.' }),
    short: z.string().meta({ description: 'The answer in a few words.' }),
    stale: z.boolean(),
    evidenceDate: isoDate.nullable().meta({ description: 'What the answer last rested on; null when nothing is known.' }),
    evidenceStrength: z.enum(['primary', 'secondary', 'weak']).nullable(),
    summary: z.string(),
    facts: z.array(
      z.object({
        kind: factKind,
        id: slug,
        deciding: z.boolean().meta({ description: 'The fact decides the answer (or was the last known, for an unknown one).' }),
        evidenceDate: isoDate,
        sources: z.array(z.object({ id: slug, title: z.string(), url: z.string().nullable(), date: isoDate })),
      }),
    ),
    confirm: z
      .object({ method: z.literal('POST'), path: z.literal('/v1/confirmations'), body: confirmationInput })
      .nullable()
      .meta({
        description: 'The request that confirms a stale answer once the source is checked again (write the note first); null where a new fact is needed.',
      }),
  })
  .meta({ id: 'ReviewEntry' })

const review: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    '/review',
    {
      config: { cache: true },
      schema: {
        tags: ['review'],
        summary: 'What needs checking',
        description:
          'Every stale or unknown answer on `asOf` (default today), most important to patients first (specialist care, then referral, fees, home care, ' +
          'municipal support, decisions), then the oldest evidence first. Each with the facts and sources it last rested on and, for a stale answer, ' +
          'the confirmation to send once the source has been checked again.',
        querystring: z.strictObject({ ...asOfQuery, ...pageQuery, ...langQuery }),
        response: { 200: listOf(entry, 'ReviewQueue'), ...problemResponses(400) },
      },
    },
    async (request) => {
      const snapshot = fastify.snapshot.current()
      const query = viewQuery(snapshot, { condition: 'me-cfs', asOf: request.query.asOf }, request.lang, fastify.config.STALE_AFTER_MONTHS)
      return paginate(reviewQueue(snapshot, query), request.query, request.url)
    },
  )
}

export default review
