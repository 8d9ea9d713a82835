import { z } from 'zod'
import { HomeCareService, LegalBasis } from '../generated/prisma/enums.js'
import { municipalityCode, regionCode, slug } from './common.js'
import { decisionSchemas } from './decisions.js'
import { feeSchemas } from './fees.js'
import { homeCarePolicySchemas } from './home-care-policies.js'
import type { Labels } from './labels.js'
import { textQuery } from './list.js'
import { providerSchemas } from './providers.js'
import { referralRuleSchemas } from './referral-rules.js'
import { specialistCareSchemas } from './specialist-care.js'

interface KindSchemas {
  input: z.ZodObject
  stored: z.ZodObject
  output: z.ZodObject
  record: z.ZodType
  body: z.ZodType
  /** The localized fields: in both languages as stored, in one as read. */
  texts: readonly string[]
}

/** A list filter: a query parameter and the value of a fact it must equal. */
interface Filter<Fact> {
  schema: z.ZodType
  valueOf: (fact: Fact) => string | null
}

/**
 * How a fact concerns a condition: through a list of conditions (empty = every
 * condition, where `emptyMeansAll`), one condition field (null = every
 * condition), or the provider it belongs to (none = region-wide, every condition).
 */
export type ConditionLink =
  | { via: 'list'; emptyMeansAll: boolean }
  | { via: 'field' }
  | { via: 'provider' }

type InputKey<S extends KindSchemas> = keyof z.infer<S['input']> & string

interface FactKindSpec<S extends KindSchemas, D extends InputKey<S>> {
  /** The API path segment and the change log's resource name. */
  path: string
  /** The database table, for the few updates written in SQL. */
  table: string
  noun: string
  plural: string
  /** The heading a page gives a list of these, in each language. */
  heading: Labels
  /** The OpenAPI tag and its description. */
  tag: { name: string; description: string }
  schemas: S
  /** The citation column that points at a fact of this kind. */
  citationColumn: string
  conditionLink: ConditionLink
  /** Input fields that are calendar dates (YYYY-MM-DD in the API, DATE in the database). */
  dateFields: readonly D[]
  /** Fields that name another kind's fact, checked before writing. */
  references: Partial<Record<InputKey<S>, string>>
  /** Query filters of the list route beyond region, condition and asOf. */
  filters: Record<string, Filter<z.infer<S['stored']>>>
  /** The text `q` searches, where the list offers it (texts in both languages). */
  search?: (fact: z.infer<S['stored']>) => string
  /** What a region's list of these holds, where that needs saying. */
  inRegion?: string
  /** A fact in one line, for a reviewer (the data report). */
  headline: (fact: z.infer<S['input']>) => string
}

const defineKind = <S extends KindSchemas, const D extends InputKey<S>>(spec: FactKindSpec<S, D>) => spec

const validity = ['validFrom', 'validTo'] as const
const statusFilter = <T extends z.ZodType>(schema: T) => ({
  status: { schema: schema.optional().meta({ description: 'Only facts with this status.' }), valueOf: (fact: { status: string }) => fact.status },
})
const municipalityFilter = {
  municipality: { schema: municipalityCode.optional(), valueOf: (fact: { municipalityCode: string | null }) => fact.municipalityCode },
}

/**
 * Every kind of fact, in the order the API lists them. Loading, saving, the
 * snapshot, the list, get, write and history routes, the curated-file loader
 * and the OpenAPI tags are driven by this table: a new kind is one entry here,
 * its schema file, its table in `repositories/fact-tables.ts` and its migration.
 */
const flag = (value: boolean | null) => (value === null ? 'unknown' : String(value))

export const factKinds = {
  providers: defineKind({
    path: 'providers',
    table: 'providers',
    noun: 'provider',
    plural: 'providers',
    heading: { sv: 'Mottagningar', en: 'Providers' },
    tag: { name: 'providers', description: 'Clinics, teams and companies offering specialist care.' },
    schemas: providerSchemas,
    citationColumn: 'providerId',
    conditionLink: { via: 'list', emptyMeansAll: false },
    dateFields: [...validity, 'contractStart', 'contractEnd'],
    references: {},
    filters: { ...municipalityFilter, ...statusFilter(providerSchemas.output.shape.status) },
    search: (p) => `${p.name} ${p.shortName ?? ''} ${p.address ?? ''}`,
    headline: (p) => `${p.name} (${p.kind}, ${p.operatedAs}); conditions: ${p.conditionIds.join(', ') || 'none named'}`,
  }),
  fees: defineKind({
    path: 'fees',
    table: 'fees',
    noun: 'fee',
    plural: 'fees',
    heading: { sv: 'Avgifter', en: 'Fees' },
    tag: { name: 'fees', description: 'Patient fees in whole SEK.' },
    schemas: feeSchemas,
    citationColumn: 'feeId',
    conditionLink: { via: 'provider' },
    dateFields: validity,
    references: { providerId: 'providers' },
    filters: statusFilter(feeSchemas.output.shape.status),
    headline: (f) => `${f.visitType}: ${f.amountSek ?? '?'} SEK; high-cost ceiling: ${flag(f.countsTowardHighCostCeiling)}`,
  }),
  referralRules: defineKind({
    path: 'referral-rules',
    table: 'referral_rules',
    noun: 'referral rule',
    plural: 'referral rules',
    heading: { sv: 'Remissregler', en: 'Referral rules' },
    tag: { name: 'referral rules', description: 'Who may refer, and on what prerequisites.' },
    schemas: referralRuleSchemas,
    citationColumn: 'referralRuleId',
    conditionLink: { via: 'provider' },
    dateFields: validity,
    references: { providerId: 'providers' },
    filters: {
      ...statusFilter(referralRuleSchemas.output.shape.status),
      selfReferral: {
        schema: z.enum(['true', 'false']).optional().meta({ description: 'true: only self-referral rules; false: only rules for referrals by professionals.' }),
        valueOf: (rule) => String(rule.pathway === 'self_referral'),
      },
    },
    headline: (r) => `${r.pathway}; fully investigated: ${flag(r.requiresFullyInvestigated)}; age: ${r.ageGroup}`,
  }),
  homeCarePolicies: defineKind({
    path: 'home-care-policies',
    table: 'home_care_policies',
    noun: 'home-care policy',
    plural: 'home-care policies',
    heading: { sv: 'Vård och stöd i hemmet', en: 'Care and support at home' },
    tag: { name: 'home-care policies', description: 'Home visits, dental care and municipal support, by jurisdiction.' },
    schemas: homeCarePolicySchemas,
    citationColumn: 'homeCarePolicyId',
    conditionLink: { via: 'field' },
    dateFields: validity,
    references: { decisionId: 'decisions' },
    inRegion: 'Region-level and municipal policies in the region.',
    filters: {
      ...municipalityFilter,
      service: { schema: z.enum(HomeCareService).optional(), valueOf: (policy) => policy.service },
      ...statusFilter(homeCarePolicySchemas.output.shape.status),
      legalBasis: { schema: z.enum(LegalBasis).optional(), valueOf: (policy) => policy.legalBasis },
    },
    headline: (h) => `${h.service} (${h.jurisdictionLevel} ${h.municipalityCode ?? h.regionCode ?? ''}); age: ${h.ageGroup}; rests on: ${h.evidence}`,
  }),
  decisions: defineKind({
    path: 'decisions',
    table: 'decisions',
    noun: 'decision',
    plural: 'decisions',
    heading: { sv: 'Beslut och motioner', en: 'Decisions and motions' },
    tag: { name: 'decisions', description: 'Motions, questions, board decisions and regulations behind the policies.' },
    schemas: decisionSchemas,
    citationColumn: 'decisionId',
    conditionLink: { via: 'list', emptyMeansAll: true },
    dateFields: [...validity, 'date', 'filedOn'],
    references: {},
    filters: {
      stage: { schema: decisionSchemas.output.shape.stage.optional().meta({ description: 'Only decisions at this stage.' }), valueOf: (d) => d.stage },
      outcome: {
        schema: decisionSchemas.output.shape.outcome.optional().meta({ description: 'Only decisions with this outcome.' }),
        valueOf: (d) => d.outcome,
      },
    },
    search: (d) => `${d.title.sv} ${d.title.en} ${d.body?.sv ?? ''} ${d.body?.en ?? ''} ${d.referenceNumber ?? ''}`,
    headline: (d) => `${d.kind}, stage ${d.stage}, outcome ${d.outcome}: ${d.title.sv}`,
  }),
  specialistCare: defineKind({
    path: 'specialist-care',
    table: 'specialist_care_statements',
    noun: 'specialist-care statement',
    plural: 'specialist-care statements',
    heading: { sv: 'Om specialistvård', en: 'On specialist care' },
    tag: { name: 'specialist care', description: 'What sources say of specialist care in a region as a whole: none, or only in another region.' },
    schemas: specialistCareSchemas,
    citationColumn: 'specialistCareId',
    conditionLink: { via: 'field' },
    dateFields: validity,
    references: {},
    filters: statusFilter(specialistCareSchemas.output.shape.status),
    headline: (s) => s.description.sv,
  }),
}

export type FactKinds = typeof factKinds
export type FactKind = keyof FactKinds
export const factKindIds = Object.keys(factKinds) as FactKind[]
export const factKind = z.enum(factKindIds as [FactKind, ...FactKind[]]).meta({ description: 'The kind of fact cited.' })

/** A fact of a kind as stored and held in the snapshot (texts in both languages), as a read shows it, and as a writer or a curated file gives it. */
export type FactOf<K extends FactKind> = z.infer<FactKinds[K]['schemas']['stored']>
export type FactShownOf<K extends FactKind> = z.infer<FactKinds[K]['schemas']['output']>
export type FactInputOf<K extends FactKind> = z.infer<FactKinds[K]['schemas']['input']>
export type AnyFact = FactOf<FactKind>

/** The kinds in words, for descriptions: "providers, fees, … and specialist-care statements". */
export const kindsInWords = factKindIds.map((kind) => factKinds[kind].plural).join(', ').replace(/, ([^,]+)$/, ' and $1')

/** Each kind's facts as a list, as a region or a source shows them. */
export const factListsShape = () =>
  Object.fromEntries(
    factKindIds.map((kind) => {
      const spec: { inRegion?: string; schemas: KindSchemas } = factKinds[kind]
      const list = z.array(spec.schemas.output)
      return [kind, spec.inRegion ? list.meta({ description: spec.inRegion }) : list]
    }),
  )

/** Kinds that no other kind's fact refers to come last: the order to save them in. */
export const saveOrder: FactKind[] = [...factKindIds].sort(
  (a, b) => Object.keys(factKinds[a].references).length - Object.keys(factKinds[b].references).length,
)

/** The kind a write path's resource names, if any: "referral-rules" -> "referralRules". */
export const kindOfPath = (path: string) => factKindIds.find((kind) => factKinds[kind].path === path)

export const regionFilter = { region: regionCode.optional().meta({ description: 'Only facts of this region.' }) }
export const conditionFilter = { condition: slug.optional().meta({ description: 'Only facts about this condition.', example: 'me-cfs' }) }
export const searchFilter = textQuery
