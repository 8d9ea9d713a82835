import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { today } from '../../domain/as-of.js'
import { exportLines, exportOf } from '../../domain/export.js'
import { datasetExport, exportQuery } from '../../schemas/export.js'
import { problemResponses } from '../../schemas/responses.js'

const exportRoute: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    '/export',
    {
      config: { cache: true, ndjson: true },
      schema: {
        tags: ['export'],
        summary: 'The whole dataset on a date',
        description:
          'In one answer: the regions, municipalities and conditions, every fact holding on `asOf` with its citations and confirmations, ' +
          'and every source they cite, every text in Swedish and English, with the change-log `cursor` it reflects. ' +
          'Mirror it, then follow `/v1/changes/stream?since=<cursor>` (or page `/v1/changes?since=<cursor>`). ' +
          'As NDJSON (`format=ndjson`), the first line is `{"type": "export", "asOf", "cursor", "version"}` and each further line one record, ' +
          '`{"type": <collection or fact path>, "data": <record>}`. Cached like every read: a strong ETag, 304 on If-None-Match.',
        querystring: z.strictObject(exportQuery),
        response: { 200: datasetExport, ...problemResponses(400, 406) },
      },
    },
    async (request, reply) => {
      const dataset = exportOf(fastify.snapshot.current(), request.query.asOf ?? today())
      reply.header('x-change-cursor', dataset.cursor)
      if (!String(reply.getHeader('content-type')).startsWith('application/x-ndjson')) return dataset
      // The records as the JSON answer gives them (the schema's fields only), one a line.
      const parsed = datasetExport.parse(dataset) as unknown as typeof dataset
      reply.serializer((payload: unknown) => payload as string)
      return exportLines(parsed) as unknown as typeof dataset
    },
  )
}

export default exportRoute
