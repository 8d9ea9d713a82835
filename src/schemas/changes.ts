import { z } from 'zod'

export const change = z
  .object({
    id: z.string().meta({ description: 'Position in the change log; pass the last one seen as `since`.', example: '42' }),
    resource: z.string().meta({ example: 'fees' }),
    recordId: z.string(),
    action: z.enum(['create', 'update', 'retire']),
    actor: z.string().meta({ description: 'The name of the API key that made the change.' }),
    at: z.iso.datetime(),
    before: z.unknown().nullable().meta({ description: 'The record before (null for a create).' }),
    after: z.unknown().nullable().meta({ description: 'The record after.' }),
  })
  .meta({ id: 'Change', description: 'One write in the change log.' })

export const changePage = z
  .object({
    items: z.array(change),
    next: z.string().nullable().meta({ description: 'URL of the next page, null when there is nothing more yet.' }),
    cursor: z.string().meta({ description: 'Pass as `since` to continue after this page (also when there was nothing new).' }),
  })
  .meta({ id: 'ChangePage' })
