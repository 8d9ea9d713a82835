import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { RETRY_AFTER_SECONDS } from '../plugins/app/database-health.js'
import { unavailable } from '../domain/errors.js'
import { problemResponses } from '../schemas/responses.js'

const liveness = z.object({ status: z.literal('ok') }).meta({ id: 'Liveness' })
const readiness = z
  .object({ status: z.literal('ok'), snapshotVersion: z.string().meta({ description: 'Version of the data being served.' }) })
  .meta({ id: 'Readiness' })

const health: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    '/health/live',
    {
      schema: {
        tags: ['health'],
        summary: 'Is the process up?',
        description: 'Answers 200 while the process runs; does not touch the database.',
        response: { 200: liveness },
      },
    },
    async () => ({ status: 'ok' as const }),
  )

  fastify.get(
    '/health/ready',
    {
      schema: {
        tags: ['health'],
        summary: 'Can the service answer?',
        description: 'Answers 200 when the database answers, 503 otherwise.',
        response: { 200: readiness, ...problemResponses(503) },
      },
    },
    async () => {
      if (!(await fastify.databaseHealth.check())) {
        throw unavailable('The database does not answer; reads are served from the last good snapshot.', RETRY_AFTER_SECONDS, 'database-unavailable')
      }
      return { status: 'ok' as const, snapshotVersion: fastify.snapshot.current().version }
    },
  )
}

export default health
