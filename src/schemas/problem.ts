import { z } from 'zod'

/** RFC 9457 problem details, as every error is answered. */
export const problem = z
  .object({
    type: z.string().meta({ example: 'https://regionkollen.se/problems/not-found' }),
    title: z.string().meta({ example: 'Not Found' }),
    status: z.number().int().meta({ example: 404 }),
    detail: z.string().optional().meta({ example: 'No region has the code "99".' }),
    instance: z.string().optional().meta({ example: '/v1/regions/99' }),
    requestId: z.string().optional(),
    parameter: z.string().optional().meta({ description: 'The offending parameter, where one is to blame.', example: 'code' }),
    errors: z
      .array(z.object({ path: z.string(), message: z.string() }))
      .optional()
      .meta({ description: 'Each validation failure, with where it is.' }),
  })
  .meta({
    id: 'Problem',
    description: 'An RFC 9457 problem details object.',
    examples: [
      {
        type: 'https://regionkollen.se/problems/validation-failed',
        title: 'Bad Request',
        status: 400,
        detail: 'The querystring is invalid: querystring.asOf: must be a date, YYYY-MM-DD',
        instance: '/v1/providers',
        requestId: '6c1d0f2e-5a8b-4c1e-9d1a-2b3c4d5e6f70',
        parameter: 'asOf',
        errors: [{ path: 'querystring.asOf', message: 'must be a date, YYYY-MM-DD' }],
      },
    ],
  })
export type Problem = z.infer<typeof problem>
