import { z } from 'zod'
import { ApiKeyRole } from '../generated/prisma/enums.js'

export const keyName = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9ÅÄÖåäöÉéÜü._@ -]+$/, 'letters, digits, spaces and . _ @ - only')
  .meta({ description: 'Who holds the key; shown in the change log.', example: 'anna.editor' })

export const apiKey = z
  .object({ name: keyName, role: z.enum(ApiKeyRole), createdAt: z.iso.datetime(), revokedAt: z.iso.datetime().nullable() })
  .meta({ id: 'ApiKey', description: 'An API key, without its secret.' })

export const newApiKey = apiKey
  .extend({ key: z.string().meta({ description: 'The key itself: shown this once, stored only as a hash.' }) })
  .meta({ id: 'NewApiKey' })

export const apiKeyBody = z.strictObject({ name: keyName, role: z.enum(ApiKeyRole) }).meta({ id: 'ApiKeyCreate' })
