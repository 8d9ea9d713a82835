import { z } from 'zod'
import { CitationKind, JurisdictionLevel, SourceStrength } from '../generated/prisma/enums.js'
import { inLanguage, type Localized, localizeFields, localizedText, readShapeOf } from './localized.js'

/** A calendar date, YYYY-MM-DD. */
export const isoDate = z.iso.date().meta({ description: 'A calendar date, YYYY-MM-DD.', example: '2021-03-31' })

export const regionCode = z
  .string()
  .regex(/^\d{2}$/, 'must be a two-digit SCB county code, e.g. "14"')
  .meta({ description: 'SCB county code of a region.', example: '14' })

export const municipalityCode = z
  .string()
  .regex(/^\d{4}$/, 'must be a four-digit SCB municipality code, e.g. "0180"')
  .meta({ description: 'SCB municipality code.', example: '0180' })

export const slug = z
  .string()
  .min(2)
  .max(100)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case kebab-case ASCII')

export const jurisdictionLevel = z.enum(JurisdictionLevel)

const citationShape = {
  kind: z
    .enum(CitationKind)
    .default('quote')
    .meta({ description: "A verbatim `quote` (documents the project holds) or a `reference` (a web page, in the project's own words)." }),
  sourceId: slug.optional().meta({ description: 'The cited source; in a data file with one source, defaults to it.' }),
  locator: z.string().min(1).max(200).nullable().meta({ description: 'Page, section or heading, where known.', example: 'Förslag till beslut' }),
  quote: z
    .string()
    .trim()
    .min(3)
    .max(600)
    .nullable()
    .default(null)
    .meta({ description: 'For a quote: a short verbatim excerpt, whitespace normalised.', example: 'Patientavgiften ingår i högkostnadsskyddet.' }),
  reference: localizedText({ max: 1000, nullable: true, optional: true, description: "For a reference: what the source says, in the project's own words." }),
  supports: z.string().min(1).max(200).nullable().meta({ description: 'Which fields of the fact the citation backs.', example: 'countsTowardHighCostCeiling' }),
}

/** A quote carries a quote, a reference carries our words: never both. */
export function citationText(value: { kind?: unknown; quote?: unknown; reference?: unknown }, ctx: z.RefinementCtx, path: PropertyKey[] = []) {
  if (value.kind === 'reference' && (value.reference == null || value.quote != null)) {
    ctx.addIssue({ code: 'custom', path: [...path, 'reference'], message: 'a reference citation has a reference (our words) and no quote' })
  }
  if (value.kind !== 'reference' && (value.quote == null || value.reference != null)) {
    ctx.addIssue({ code: 'custom', path: [...path, 'quote'], message: 'a quote citation has a quote and no reference' })
  }
}

/** Citation as a data file or a writer gives it. */
export const citationInput = z.strictObject(citationShape).superRefine((value, ctx) => citationText(value, ctx))
export type CitationInput = z.infer<typeof citationInput>

const dateKind = z.enum(['published', 'updated', 'not_before']).meta({
  description: 'Whether the source\'s date is its publication, its last update, or only a "not before" bound.',
})

/** A citation as stored and held in the snapshot: its reference in both languages. */
export const storedCitation = z.object({
  id: z.uuid(),
  kind: z.enum(CitationKind),
  sourceId: slug,
  sourceTitle: z.string(),
  sourceIssuer: z.string(),
  sourceUrl: z.string().nullable(),
  sourceDate: isoDate.meta({ description: 'The source\'s own date (or "not before" bound): the date this citation is evidence as of.' }),
  sourceDateKind: dateKind,
  sourceStrength: z.enum(SourceStrength).meta({
    description:
      'How strong the source is: primary (the region, an agency, parliament, the provider), secondary (news, a patient association, ' +
      "a party) or weak (a reader's letter, a blog, a forum).",
  }),
  secondary: z.boolean().meta({ description: 'True when the source is secondary or weak, not primary.' }),
  locator: z.string().nullable().meta({ description: "Where in the source: its heading, a page, or a description in the source's language." }),
  quote: z.string().nullable().meta({ description: "For a document the project holds: a verbatim excerpt, in the document's language." }),
  reference: localizedText({ max: 1000, nullable: true, description: "For a web page: what it says, in the project's own words." }),
  supports: z.string().nullable(),
})
export type StoredCitation = z.infer<typeof storedCitation>

export const citation = z.object(readShapeOf(storedCitation.shape).shape).meta({
  id: 'Citation',
  description: 'A source behind a fact: a verbatim quote of a document the project holds, or a reference to a web page in our own words.',
})
export type Citation = z.infer<typeof citation>

/** A confirmation as a fact carries it: the source, checked on a date, still supports the fact. */
export const storedConfirmation = z.object({
  id: z.uuid(),
  sourceId: slug,
  sourceTitle: z.string(),
  sourceIssuer: z.string(),
  sourceUrl: z.string().nullable(),
  sourceStrength: z.enum(SourceStrength),
  checkedOn: isoDate.meta({ description: 'The date as of which the source was found to support the fact: evidence from that day on, never before it.' }),
  locator: z.string().nullable().meta({ description: 'Where in the source.' }),
  note: localizedText({ max: 1000, description: "What was checked, in the project's own words." }),
  confirmedBy: z.string().meta({ description: 'Who recorded it, as the public change feed names them.' }),
  createdAt: z.iso.datetime(),
})
export type StoredConfirmation = z.infer<typeof storedConfirmation>
export const confirmation = z.object(readShapeOf(storedConfirmation.shape).shape).meta({
  id: 'Confirmation',
  description: 'A check that a source, as of `checkedOn`, still supports the fact, which it leaves unchanged.',
})

/** Fields a GET shows that a write does not take: accepted and ignored, so a GET result is a valid body. */
export function readOnlyOf(output: z.ZodRawShape, input: z.ZodRawShape) {
  return Object.fromEntries(
    Object.keys(output)
      .filter((key) => !(key in input))
      .map((key) => [key, z.unknown().optional().meta({ description: 'Read-only: set by the server, ignored here.' })]),
  )
}
export const readOnlyCitationFields = readOnlyOf(citation.shape, citationShape)

/** Fields every fact carries: its validity, what it replaces, caveats. */
export const factValidity = {
  validFrom: isoDate.meta({ description: 'First day the cited sources support the fact: a start they state, else the date of the evidence.' }),
  validTo: isoDate.nullable().meta({ description: 'Last day the fact held (inclusive), where a source states it; null if open-ended.' }),
  supersedes: slug.nullable().default(null).meta({ description: 'An earlier fact of the same kind that this one replaces from its validFrom.' }),
  notes: localizedText({ max: 2000, nullable: true, description: 'Caveats on precision or scope.' }),
}

/** Checks shared by every fact input: a period that does not end before it starts. */
export function validPeriod(value: { validFrom?: unknown; validTo?: unknown }, ctx: z.RefinementCtx) {
  const { validFrom, validTo } = value
  if (typeof validFrom === 'string' && typeof validTo === 'string' && validTo < validFrom) {
    ctx.addIssue({ code: 'custom', path: ['validTo'], message: 'validTo must not be before validFrom' })
  }
}

/** What a GET returns for an example write: the server-set fields added, texts in English. */
function exampleRecord(example: Record<string, unknown>, texts: readonly string[]) {
  const citations = (example.citations as Record<string, unknown>[]).map((c, i) => ({
    id: `5f0c7a1e-2b6d-4c8e-9a3f-00000000000${i}`,
    kind: 'quote',
    sourceTitle: 'The title of the cited source',
    sourceIssuer: 'The issuer of the cited source',
    sourceUrl: null,
    sourceDate: '2021-03-31',
    sourceDateKind: 'updated',
    sourceStrength: 'primary',
    secondary: false,
    quote: null,
    ...c,
    reference: inLanguage((c.reference ?? null) as Localized | null, 'en'),
  }))
  return {
    id: 'example-id',
    supersedes: null,
    ...localizeFields(example, texts, 'en'),
    citations,
    confirmations: [],
    evidenceDate: '2021-03-31',
    createdAt: '2026-11-22T10:00:00.000Z',
    updatedAt: '2026-11-22T10:00:00.000Z',
  }
}

/** A list of citations as a writer gives them, with the read-only fields a GET shows. */
const citationList = <T extends z.ZodType>(item: T) => z.array(item).min(1, 'every fact needs at least one citation')

/**
 * Builds a fact's schemas from its own fields: `input` (a curated file's or a
 * writer's record), `stored` (as the database and the snapshot hold it, texts
 * in both languages), `output` (as a read shows it, texts in one language),
 * `record` (input with its id) and `body` (what a writer may POST), and the
 * names of its localized fields.
 */
export function factSchemas<Shape extends z.ZodRawShape>(
  name: string,
  shape: Shape,
  options: {
    /** A realistic record as a writer sends it, for the OpenAPI document. */
    example: Record<string, unknown>
    /** Cross-field rules of this kind of fact. */
    check?: (value: Record<string, unknown>, ctx: z.RefinementCtx) => void
  },
) {
  const check = options.check ?? (() => {})
  const checks = (value: Record<string, unknown>, ctx: z.RefinementCtx) => {
    validPeriod(value, ctx)
    check(value, ctx)
  }
  const inputShape = { ...shape, ...factValidity, citations: citationList(citationInput) }
  const input = z.strictObject(inputShape).superRefine(checks)
  const storedShape = {
    id: slug,
    ...shape,
    ...factValidity,
    supersedes: slug.nullable(),
    citations: z.array(storedCitation),
    confirmations: z.array(storedConfirmation).meta({ description: 'Later checks that sources still support the fact, oldest first.' }),
    evidenceDate: isoDate.meta({ description: 'The newest date of the sources behind the fact and of its confirmations: how recent the evidence is.' }),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  }
  const stored = z.object(storedShape).meta({ id: `${name}Stored`, description: `A ${name} as stored: every text in Swedish and English. What writes answer.` })
  const { shape: readShape, texts } = readShapeOf(storedShape)
  const output = z
    .object({ ...readShape, citations: z.array(citation), confirmations: z.array(confirmation) })
    .meta({ id: name, examples: [exampleRecord(options.example, texts)] })
  const record = z.strictObject({ id: slug, ...inputShape }).superRefine(checks)
  // What a writer may POST: the input, plus the read-only fields a GET returned (ignored).
  const writtenCitation = z.strictObject({ ...citationShape, ...readOnlyCitationFields }).superRefine((value, ctx) => citationText(value, ctx))
  const body = z
    .strictObject({ ...readOnlyOf(storedShape, inputShape), ...inputShape, citations: citationList(writtenCitation) })
    .superRefine(checks)
    .meta({ id: `${name}Write`, examples: [options.example] })
  return { input, stored, output, record, body, texts }
}
