import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { notFound } from '../../domain/errors.js'
import { localizeConfirmation } from '../../domain/localize.js'
import { paginate } from '../../domain/paginate.js'
import { type ConfirmationRecord, confirmFact, listConfirmations, readConfirmation } from '../../repositories/confirmations.js'
import { slug } from '../../schemas/common.js'
import { confirmationInput, confirmationRecord, storedConfirmationRecord } from '../../schemas/confirmations.js'
import { factKind } from '../../schemas/fact-kinds.js'
import type { Language } from '../../schemas/labels.js'
import { langQuery, listOf, pageQuery } from '../../schemas/list.js'
import { problemResponses } from '../../schemas/responses.js'
import { answerWrite } from './write-results.js'

const shown = (record: ConfirmationRecord, lang: Language) => ({ ...localizeConfirmation(record, lang), factKind: record.factKind, factId: record.factId })

/**
 * Confirmations: an editor records that a source, checked on a date, still
 * supports a fact, which stays as it is. The fact's evidence is then as recent
 * as the check, for the dates from the check on.
 */
const confirmations: FastifyPluginAsyncZod = async (fastify) => {
  const editor = fastify.requireRole('editor')

  fastify.post(
    '/confirmations',
    {
      onRequest: editor,
      config: { write: true },
      schema: {
        tags: ['confirmations'],
        summary: 'Confirm a fact',
        description:
          'Needs an editor or admin key. Records that the source, checked on `checkedOn`, still supports the fact; the fact is unchanged, but its ' +
          'evidence is as recent as the check for every date from `checkedOn` on (never before it), so a stale answer turns fresh. The same fact, ' +
          "source and day again answers 200 with the confirmation already recorded, and records nothing new. A new confirmation moves the fact's " +
          "version (and ETag) on, and is in the change feed and the fact's history.",
        security: [{ bearerAuth: [] }],
        body: confirmationInput,
        response: {
          201: storedConfirmationRecord.describe('Recorded; Location names it.'),
          200: storedConfirmationRecord.describe('Already recorded: the same fact, source and day.'),
          ...problemResponses(400, 401, 403, 422, 429, 503),
        },
      },
    },
    async (request, reply) => {
      const ends = fastify.snapshot.current().ends
      const result = await confirmFact(fastify.prisma, request.body, request.apiKey!, (kind, id) => ends[kind].get(id) ?? null)
      if (result.outcome === 'created') await fastify.snapshot.refresh()
      return answerWrite(reply, result, (id) => `/v1/confirmations/${id}`)
    },
  )

  fastify.get(
    '/confirmations',
    {
      schema: {
        tags: ['confirmations'],
        summary: 'List confirmations',
        description: 'Confirmations newest check first: of one fact (`factKind` and `factId`), of one source, or all.',
        querystring: z
          .strictObject({
            factKind: factKind.optional(),
            factId: slug.optional(),
            sourceId: slug.optional().meta({ description: 'Only checks of this source.' }),
            ...pageQuery,
            ...langQuery,
          })
          .refine((q) => (q.factKind === undefined) === (q.factId === undefined), { message: 'factKind and factId go together', path: ['factId'] }),
        response: { 200: listOf(confirmationRecord, 'ConfirmationList'), ...problemResponses(400) },
      },
    },
    async (request) => {
      const page = paginate(await listConfirmations(fastify.prisma, request.query), request.query, request.url)
      return { ...page, items: page.items.map((c) => shown(c, request.lang)) }
    },
  )

  fastify.get(
    '/confirmations/:id',
    {
      schema: {
        tags: ['confirmations'],
        summary: 'One confirmation',
        description: 'A confirmation with the fact it confirms.',
        params: z.strictObject({ id: z.uuid() }),
        querystring: z.strictObject({ ...langQuery }),
        response: { 200: confirmationRecord, ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const record = await readConfirmation(fastify.prisma, request.params.id)
      if (!record) throw notFound(`No confirmation has the id "${request.params.id}".`, 'id')
      return shown(record, request.lang)
    },
  )
}

export default confirmations
