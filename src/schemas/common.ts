import { z } from 'zod'
import { JurisdictionLevel } from '../generated/prisma/enums.js'

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

/** Citation as a data file or a writer gives it. */
export const citationInput = z
  .strictObject({
    sourceId: slug.optional().meta({ description: 'The cited source; in a data file, defaults to the file\'s source.' }),
    locator: z.string().min(1).max(200).nullable().meta({ description: 'Page or section, where known.', example: 's. 1, Förslag till beslut' }),
    quote: z
      .string()
      .trim()
      .min(3)
      .max(600)
      .meta({ description: 'A short verbatim excerpt of the source, whitespace normalised.', example: 'Patientavgiften ingår i högkostnadsskyddet.' }),
    supports: z.string().min(1).max(200).nullable().meta({ description: 'Which part of the fact the quote backs.', example: 'countsTowardHighCostCeiling' }),
  })

export const citation = z
  .object({
    id: z.uuid(),
    sourceId: slug,
    sourceTitle: z.string(),
    locator: z.string().nullable(),
    quote: z.string(),
    supports: z.string().nullable(),
  })
  .meta({ id: 'Citation', description: 'A verbatim excerpt of a source that backs a fact.' })
export type Citation = z.infer<typeof citation>

/** Server-set fields a client may send back unchanged from a GET: accepted and ignored. */
export const readOnlyFields = {
  id: z.string().optional().meta({ description: 'Read-only: set by the server, ignored here.' }),
  createdAt: z.string().optional().meta({ description: 'Read-only.' }),
  updatedAt: z.string().optional().meta({ description: 'Read-only.' }),
}
export const readOnlyCitationFields = {
  id: z.string().optional().meta({ description: 'Read-only.' }),
  sourceTitle: z.string().optional().meta({ description: 'Read-only.' }),
}

/** Fields every fact carries: status, validity and verification. */
export const factValidity = {
  validFrom: isoDate.nullable().meta({ description: 'First day the cited source supports the fact; null if unknown.' }),
  validTo: isoDate.nullable().meta({ description: 'Last day the fact held (inclusive); null if open-ended.' }),
  lastVerifiedOn: isoDate.meta({ description: 'When a source last confirmed the fact.' }),
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
    sourceTitle: 'The title of the cited source',
    ...c,
  }))
  return { id: 'example-id', ...example, citations, createdAt: '2026-11-22T10:00:00.000Z', updatedAt: '2026-11-22T10:00:00.000Z' }
}

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
  const inputShape = { ...shape, ...factValidity, citations: z.array(citationInput).min(1, 'every fact needs at least one citation') }
  const input = z.strictObject(inputShape).superRefine(checks)
  const output = z
    .object({
      id: slug,
      ...shape,
      ...factValidity,
      citations: z.array(citation),
      createdAt: z.iso.datetime(),
      updatedAt: z.iso.datetime(),
    })
    .meta({ id: name, examples: [exampleRecord(options.example)] })
  const record = z.strictObject({ id: slug, ...inputShape }).superRefine(checks)
  // What a writer may POST: the input, plus the read-only fields a GET returned (ignored).
  const body = z
    .strictObject({
      ...readOnlyFields,
      ...inputShape,
      citations: z.array(citationInput.extend(readOnlyCitationFields)).min(1, 'every fact needs at least one citation'),
    })
    .superRefine(checks)
    .meta({ id: `${name}Write`, examples: [options.example] })
  return { input, output, record, body }
}
