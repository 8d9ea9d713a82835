import { z } from 'zod'
import { CitationKind, JurisdictionLevel } from '../generated/prisma/enums.js'

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
    .meta({ description: 'A verbatim `quote` (documents the project holds) or a `reference` (a web page, in the project\'s own words).' }),
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
  reference: z
    .string()
    .trim()
    .min(3)
    .max(1000)
    .nullable()
    .default(null)
    .meta({ description: 'For a reference: what the source says, in the project\'s own words.' }),
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

export const citation = z
  .object({
    id: z.uuid(),
    kind: z.enum(CitationKind),
    sourceId: slug,
    sourceTitle: z.string(),
    sourceIssuer: z.string(),
    sourceUrl: z.string().nullable(),
    sourceDate: isoDate.meta({ description: 'The source\'s own date (or "not before" bound): the date this citation is evidence as of.' }),
    sourceDateKind: dateKind,
    secondary: z.boolean().meta({ description: 'True for news, patient associations, parties and individuals: secondary sources.' }),
    locator: z.string().nullable(),
    quote: z.string().nullable(),
    reference: z.string().nullable(),
    supports: z.string().nullable(),
  })
  .meta({
    id: 'Citation',
    description: 'A source behind a fact: a verbatim quote of a document the project holds, or a reference to a web page in our own words.',
  })
export type Citation = z.infer<typeof citation>

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
  notes: z.string().max(2000).nullable().meta({ description: 'Caveats on precision or scope.' }),
}

/** Checks shared by every fact input: a period that does not end before it starts. */
export function validPeriod(value: { validFrom?: unknown; validTo?: unknown }, ctx: z.RefinementCtx) {
  const { validFrom, validTo } = value
  if (typeof validFrom === 'string' && typeof validTo === 'string' && validTo < validFrom) {
    ctx.addIssue({ code: 'custom', path: ['validTo'], message: 'validTo must not be before validFrom' })
  }
}

/** What a GET returns for an example write: the server-set fields added. */
function exampleRecord(example: Record<string, unknown>) {
  const citations = (example.citations as Record<string, unknown>[]).map((c, i) => ({
    id: `5f0c7a1e-2b6d-4c8e-9a3f-00000000000${i}`,
    kind: 'quote',
    sourceTitle: 'The title of the cited source',
    sourceIssuer: 'The issuer of the cited source',
    sourceUrl: null,
    sourceDate: '2021-03-31',
    sourceDateKind: 'updated',
    secondary: false,
    quote: null,
    reference: null,
    ...c,
  }))
  return {
    id: 'example-id',
    supersedes: null,
    ...example,
    citations,
    evidenceDate: '2021-03-31',
    createdAt: '2026-11-22T10:00:00.000Z',
    updatedAt: '2026-11-22T10:00:00.000Z',
  }
}

/** A list of citations as a writer gives them, with the read-only fields a GET shows. */
const citationList = <T extends z.ZodType>(item: T) => z.array(item).min(1, 'every fact needs at least one citation')

/** Builds a fact's input schema (the curated file / write shape) and its API shape from its own fields. */
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
  const outputShape = {
    id: slug,
    ...shape,
    ...factValidity,
    supersedes: slug.nullable(),
    citations: z.array(citation),
    evidenceDate: isoDate.meta({ description: 'The newest date of the sources behind the fact: how recent the evidence is.' }),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  }
  const output = z.object(outputShape).meta({ id: name, examples: [exampleRecord(options.example)] })
  const record = z.strictObject({ id: slug, ...inputShape }).superRefine(checks)
  // What a writer may POST: the input, plus the read-only fields a GET returned (ignored).
  const writtenCitation = z.strictObject({ ...citationShape, ...readOnlyCitationFields }).superRefine((value, ctx) => citationText(value, ctx))
  const body = z
    .strictObject({ ...readOnlyOf(outputShape, inputShape), ...inputShape, citations: citationList(writtenCitation) })
    .superRefine(checks)
    .meta({ id: `${name}Write`, examples: [options.example] })
  return { input, output, record, body }
}
