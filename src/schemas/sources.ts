import { z } from 'zod'
import { PublisherType, SourceKind, SourceStrength } from '../generated/prisma/enums.js'
import { isoDate, jurisdictionLevel, municipalityCode, readOnlyOf, regionCode, slug } from './common.js'
import { localizedText, readShapeOf } from './localized.js'

/** The strengths a publisher's sources may have: the body itself speaks (primary), reports on it (secondary), or an opinion (weak). */
export const strengthsOf: Record<PublisherType, readonly SourceStrength[]> = {
  region: ['primary'],
  municipality: ['primary'],
  agency: ['primary'],
  parliament: ['primary'],
  government: ['primary'],
  provider: ['primary'],
  news: ['secondary', 'weak'],
  patient_association: ['secondary', 'weak'],
  political_party: ['secondary', 'weak'],
  individual: ['weak'],
  other: ['primary', 'secondary', 'weak'],
}

const sourceShape = {
  title: z.string().min(1).max(500).meta({ description: "The document's own (Swedish) title." }),
  issuer: z.string().min(1).max(300).meta({ description: 'Who publishes it.' }),
  publisherType: z.enum(PublisherType).meta({
    description: 'What kind of publisher: news, patient associations, parties and individuals are secondary sources.',
  }),
  strength: z.enum(SourceStrength).meta({
    description:
      'primary: the body itself (the region, a municipality, an agency, parliament, the government, the provider); ' +
      "secondary: reporting on it (news, a patient association, a party); weak: a reader's letter, a blog, a forum.",
  }),
  kind: z.enum(SourceKind),
  publishedOn: isoDate.nullable().meta({ description: "The source's own publication date, where it gives one." }),
  updatedOn: isoDate.nullable().default(null).meta({ description: 'The date the source says it was last updated, where it gives one.' }),
  notBefore: isoDate
    .nullable()
    .default(null)
    .meta({ description: 'For a source without a date: the earliest date it can have been written. Its facts never hold before it.' }),
  dateNote: localizedText({ max: 1000, nullable: true, optional: true, description: 'Why the source has no date, and how `notBefore` follows from it.' }),
  note: localizedText({ max: 1000, nullable: true, optional: true, description: 'Why a secondary source is used, or other caveats.' }),
  referenceNumber: z.string().max(100).nullable(),
  fileName: z
    .string()
    .max(200)
    .regex(/^[\w.-]+$/, 'a file name, without folders')
    .nullable()
    .meta({ description: 'The text the project holds, for documents quoted verbatim.' }),
  url: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
    .max(2000)
    .nullable(),
  jurisdictionLevel,
  regionCode: regionCode.nullable(),
  municipalityCode: municipalityCode.nullable(),
}

/** A source has a date, or a "not before" date with the reason; a secondary source says why it is used. */
function sourceRules(value: Record<string, unknown>, ctx: z.RefinementCtx) {
  if (value.publishedOn == null && value.updatedOn == null && (value.notBefore == null || value.dateNote == null)) {
    ctx.addIssue({ code: 'custom', path: ['notBefore'], message: 'a source has publishedOn or updatedOn, or notBefore with a dateNote saying why' })
  }
  if (value.strength !== 'primary' && value.note == null) {
    ctx.addIssue({ code: 'custom', path: ['note'], message: 'a secondary or weak source says in `note` why it is the natural source' })
  }
  const allowed = strengthsOf[value.publisherType as PublisherType]
  if (allowed && typeof value.strength === 'string' && !allowed.includes(value.strength as SourceStrength)) {
    ctx.addIssue({ code: 'custom', path: ['strength'], message: `a source published by ${String(value.publisherType)} is ${allowed.join(' or ')}` })
  }
  if (value.fileName == null && value.url == null) {
    ctx.addIssue({ code: 'custom', path: ['url'], message: 'a source is a document the project holds (fileName) or a web page (url)' })
  }
}

export const sourceInput = z.strictObject(sourceShape).superRefine(sourceRules)
export const sourceRecord = z.strictObject({ id: slug, ...sourceShape }).superRefine(sourceRules)

const sourceOutputShape = {
  id: slug,
  ...sourceShape,
  evidenceDate: isoDate.meta({ description: 'The date the source is evidence as of: updatedOn, else publishedOn, else notBefore.' }),
  secondary: z.boolean().meta({ description: 'True when the source is secondary or weak, not primary.' }),
  held: z.boolean().meta({ description: 'True for documents the project holds (and quotes verbatim); false for web pages (cited in our own words).' }),
  retiredAt: z.iso.datetime().nullable().meta({ description: 'When editors retired the source; it stays readable.' }),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
}
/** A source as stored and held in the snapshot: its notes in both languages. */
export const storedSource = z
  .object(sourceOutputShape)
  .meta({ id: 'SourceStored', description: 'A source as stored: its notes in Swedish and English. What writes answer.' })
const { shape: sourceReadShape, texts } = readShapeOf(sourceOutputShape)
/** The localized fields of a source. */
export const sourceTexts = texts
export const source = z.object(sourceReadShape).meta({ id: 'Source', description: 'A document or web page that facts cite.' })
export type SourceInput = z.infer<typeof sourceInput>
export type SourceRecord = z.infer<typeof sourceRecord>
export type StoredSource = z.infer<typeof storedSource>
export type Source = z.infer<typeof source>

export const sourceBody = z
  .strictObject({ ...readOnlyOf(sourceOutputShape, sourceShape), ...sourceShape })
  .superRefine(sourceRules)
  .meta({ id: 'SourceWrite', description: 'A source to create.' })

/** The date a source is evidence as of, and what kind of date it is. */
export function sourceDate(source: { publishedOn: string | null; updatedOn: string | null; notBefore: string | null }) {
  if (source.updatedOn !== null) return { date: source.updatedOn, kind: 'updated' as const }
  if (source.publishedOn !== null) return { date: source.publishedOn, kind: 'published' as const }
  return { date: source.notBefore!, kind: 'not_before' as const }
}
