import { z } from 'zod'
import { SourceKind } from '../generated/prisma/enums.js'
import { isoDate, jurisdictionLevel, municipalityCode, readOnlyFields, regionCode, slug } from './common.js'

const sourceShape = {
  title: z.string().min(1).max(500).meta({ description: 'The document\'s own (Swedish) title.' }),
  issuer: z.string().min(1).max(300),
  kind: z.enum(SourceKind),
  publishedOn: isoDate.nullable(),
  referenceNumber: z.string().max(100).nullable(),
  fileName: z.string().max(200).nullable(),
  url: z.url().nullable(),
  jurisdictionLevel,
  regionCode: regionCode.nullable(),
  municipalityCode: municipalityCode.nullable(),
}

export const sourceInput = z.strictObject(sourceShape)
export const sourceRecord = z.strictObject({ id: slug, ...sourceShape })
export const source = z
  .object({
    id: slug,
    ...sourceShape,
    retiredAt: z.iso.datetime().nullable().meta({ description: 'When editors retired the source; it stays readable.' }),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Source', description: 'A document that facts cite.' })
export type SourceInput = z.infer<typeof sourceInput>
export type SourceRecord = z.infer<typeof sourceRecord>
export type Source = z.infer<typeof source>

export const sourceBody = z
  .strictObject({ ...readOnlyFields, retiredAt: z.string().nullable().optional().meta({ description: 'Read-only.' }), ...sourceShape })
  .meta({ id: 'SourceWrite', description: 'A source to create.' })
