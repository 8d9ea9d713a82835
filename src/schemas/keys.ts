import { z } from 'zod'
import { ApiKeyRole } from '../generated/prisma/enums.js'

export const keyName = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9ÅÄÖåäöÉéÜü._@ -]+$/, 'letters, digits, spaces and . _ @ - only')
  .meta({ description: 'Who holds the key, for admins (it may be an e-mail address); never shown publicly.', example: 'anna.editor' })

export const displayName = z
  .string()
  .min(1)
  .max(60)
  .regex(/^[A-Za-z0-9ÅÄÖåäöÉéÜü .,()_-]+$/, 'letters, digits, spaces and . , ( ) _ - only')
  .meta({ description: 'What the public change feed shows as the writer (default: the role).', example: 'RME editor' })

export const apiKey = z
  .object({ name: keyName, role: z.enum(ApiKeyRole), displayName, createdAt: z.iso.datetime(), revokedAt: z.iso.datetime().nullable() })
  .meta({ id: 'ApiKey', description: 'An API key, without its secret.' })

export const newApiKey = apiKey
  .extend({ key: z.string().meta({ description: 'The key itself: shown this once, stored only as a hash.' }) })
  .meta({ id: 'NewApiKey' })

export const apiKeyBody = z.strictObject({ name: keyName, role: z.enum(ApiKeyRole), displayName: displayName.optional() }).meta({ id: 'ApiKeyCreate' })

export const apiKeyEvent = z
  .object({
    id: z.string(),
    keyName,
    action: z.enum(['create', 'revoke']),
    by: z.string().meta({ description: 'The admin key that did it, or "cli" for the command line.' }),
    at: z.iso.datetime(),
  })
  .meta({ id: 'ApiKeyEvent', description: 'A key created or revoked.' })
