import type { FastifyInstance } from 'fastify'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { today, validOn } from '../../domain/as-of.js'
import { paginate } from '../../domain/paginate.js'
import { etagOf } from '../../domain/etags.js'
import { matchesText } from '../../domain/regions.js'
import type { FactRecord, Snapshot } from '../../domain/snapshot.js'
import { HomeCareService, LegalBasis } from '../../generated/prisma/enums.js'
import { notFound } from '../../plugins/errors.js'
import type { FactKind } from '../../schemas/curated.js'
import { municipalityCode, regionCode, slug } from '../../schemas/common.js'
import { decisionSchemas } from '../../schemas/decisions.js'
import { feeSchemas } from '../../schemas/fees.js'
import { homeCarePolicySchemas } from '../../schemas/home-care-policies.js'
import { asOfQuery, formatQuery, listOf, pageQuery, textQuery } from '../../schemas/list.js'
import { providerSchemas } from '../../schemas/providers.js'
import { referralRuleSchemas } from '../../schemas/referral-rules.js'
import { problemResponses } from '../../schemas/responses.js'


const regionFilter = { region: regionCode.optional().meta({ description: 'Only facts of this region.' }) }
const conditionFilter = { condition: slug.optional().meta({ description: 'Only facts about this condition.', example: 'me-cfs' }) }

/** How one kind of fact is listed: its path, schema, filters and how they match. */
interface FactResource<F extends z.ZodRawShape> {
  kind: FactKind
  path: string
  tag: string
  noun: string
  output: z.ZodType
  filters: F
  matches: (fact: never, query: z.infer<z.ZodObject<F>>, snapshot: Snapshot) => boolean
  search?: (fact: never) => string | null
}

const providerSet = (snapshot: Snapshot, condition: string) => new Set(snapshot.providers.filter((p) => p.conditionIds.includes(condition)).map((p) => p.id))

function statusFilter<T extends z.ZodType>(schema: T) {
  return { status: schema.optional().meta({ description: 'Only facts with this status.' }) }
}

const providerShape = providerSchemas.output.shape
const feeShape = feeSchemas.output.shape
const ruleShape = referralRuleSchemas.output.shape
const policyShape = homeCarePolicySchemas.output.shape
const decisionShape = decisionSchemas.output.shape

const resources = [
  {
    kind: 'providers',
    path: '/providers',
    tag: 'providers',
    noun: 'provider',
    output: providerSchemas.output,
    filters: { ...regionFilter, municipality: municipalityCode.optional(), ...conditionFilter, ...statusFilter(providerShape.status), ...textQuery },
    matches: (p: z.infer<typeof providerSchemas.output>, q: Record<string, unknown>) =>
      (q.region === undefined || p.regionCode === q.region) &&
      (q.municipality === undefined || p.municipalityCode === q.municipality) &&
      (q.condition === undefined || p.conditionIds.includes(q.condition as string)) &&
      (q.status === undefined || p.status === q.status),
    search: (p: z.infer<typeof providerSchemas.output>) => `${p.name} ${p.address ?? ''}`,
  },
  {
    kind: 'fees',
    path: '/fees',
    tag: 'fees',
    noun: 'fee',
    output: feeSchemas.output,
    filters: { ...regionFilter, ...conditionFilter, ...statusFilter(feeShape.status) },
    matches: (f: z.infer<typeof feeSchemas.output>, q: Record<string, unknown>, snapshot: Snapshot) =>
      (q.region === undefined || f.regionCode === q.region) &&
      (q.condition === undefined || f.providerId === null || providerSet(snapshot, q.condition as string).has(f.providerId)) &&
      (q.status === undefined || f.status === q.status),
  },
  {
    kind: 'referralRules',
    path: '/referral-rules',
    tag: 'referral rules',
    noun: 'referral rule',
    output: referralRuleSchemas.output,
    filters: {
      ...regionFilter,
      ...conditionFilter,
      ...statusFilter(ruleShape.status),
      selfReferral: z.enum(['true', 'false']).optional().meta({ description: 'true: only self-referral rules; false: only rules for referrals by professionals.' }),
    },
    matches: (r: z.infer<typeof referralRuleSchemas.output>, q: Record<string, unknown>, snapshot: Snapshot) =>
      (q.region === undefined || r.regionCode === q.region) &&
      (q.condition === undefined || r.providerId === null || providerSet(snapshot, q.condition as string).has(r.providerId)) &&
      (q.status === undefined || r.status === q.status) &&
      (q.selfReferral === undefined || (r.pathway === 'self_referral') === (q.selfReferral === 'true')),
  },
  {
    kind: 'homeCarePolicies',
    path: '/home-care-policies',
    tag: 'home-care policies',
    noun: 'home-care policy',
    output: homeCarePolicySchemas.output,
    filters: {
      ...regionFilter,
      municipality: municipalityCode.optional(),
      ...conditionFilter,
      service: z.enum(HomeCareService).optional(),
      ...statusFilter(policyShape.status),
      legalBasis: z.enum(LegalBasis).optional(),
    },
    matches: (h: z.infer<typeof homeCarePolicySchemas.output>, q: Record<string, unknown>) =>
      (q.region === undefined || h.regionCode === q.region) &&
      (q.municipality === undefined || h.municipalityCode === q.municipality) &&
      (q.condition === undefined || h.conditionId === null || h.conditionId === q.condition) &&
      (q.service === undefined || h.service === q.service) &&
      (q.status === undefined || h.status === q.status) &&
      (q.legalBasis === undefined || h.legalBasis === q.legalBasis),
  },
  {
    kind: 'decisions',
    path: '/decisions',
    tag: 'decisions',
    noun: 'decision',
    output: decisionSchemas.output,
    filters: { ...regionFilter, ...conditionFilter, ...statusFilter(decisionShape.status), ...textQuery },
    matches: (d: z.infer<typeof decisionSchemas.output>, q: Record<string, unknown>) =>
      (q.region === undefined || d.regionCode === q.region) &&
      (q.condition === undefined || d.conditionIds.length === 0 || d.conditionIds.includes(q.condition as string)) &&
      (q.status === undefined || d.status === q.status),
    search: (d: z.infer<typeof decisionSchemas.output>) => `${d.title} ${d.body} ${d.referenceNumber ?? ''}`,
  },
] as const

function registerResource(fastify: FastifyInstance, resource: (typeof resources)[number]) {
  const app = fastify.withTypeProvider<import('fastify-type-provider-zod').ZodTypeProvider>()
  const { kind, path, tag, noun, output, filters } = resource
  const listName = `${(output.meta()?.id as string) ?? kind}List`
  const querystring = z.strictObject({ ...filters, ...asOfQuery, ...pageQuery, ...formatQuery })
  const factsOf = (snapshot: Snapshot) => snapshot[kind] as FactRecord[]

  app.get(
    path,
    {
      config: { cache: true, csv: (payload: { items: Record<string, unknown>[] }) => payload.items },
      schema: {
        tags: [tag],
        summary: `List ${noun === 'home-care policy' ? 'home-care policies' : `${noun}s`}`,
        description: `Every ${noun} valid on \`asOf\` (default today), filtered, in id order. Citations are always inline. Add \`format=csv\` for a spreadsheet.`,
        querystring,
        response: { 200: listOf(output, listName), ...problemResponses(400, 404, 406) },
      },
    },
    async (request) => {
      const snapshot = fastify.snapshot.current()
      const query = request.query as Record<string, unknown> & { asOf?: string; q?: string; region?: string; condition?: string; limit: number; offset: number }
      if (query.region !== undefined && !snapshot.regions.some((r) => r.code === query.region)) throw notFound(`No region has the code "${query.region}".`, 'region')
      if (query.condition !== undefined && !snapshot.conditions.some((c) => c.id === query.condition)) throw notFound(`No condition has the id "${query.condition}".`, 'condition')
      const day = query.asOf ?? today()
      const search = 'search' in resource ? resource.search : undefined
      const items = factsOf(snapshot).filter(
        (fact) =>
          validOn(fact, day) &&
          (resource.matches as (f: FactRecord, q: Record<string, unknown>, s: Snapshot) => boolean)(fact, query, snapshot) &&
          (query.q === undefined || (search !== undefined && matchesText((search as (f: FactRecord) => string)(fact), query.q))),
      )
      return paginate(items, query, request.url)
    },
  )

  app.get(
    `${path}/:id`,
    {
      config: { cache: true },
      schema: {
        tags: [tag],
        summary: `One ${noun}`,
        description: `The ${noun} with its citations, whatever its validity period.`,
        params: z.strictObject({ id: slug }),
        querystring: z.strictObject({ ...formatQuery }),
        response: { 200: output, ...problemResponses(400, 404, 406) },
      },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string }
      const fact = factsOf(fastify.snapshot.current()).find((f) => f.id === id)
      if (!fact) throw notFound(`No ${noun} has the id "${id}".`, 'id')
      // The version ETag is what If-Match is checked against on PATCH and retire.
      reply.header('etag', etagOf(kind, id, fact.version))
      return fact
    },
  )
}

const facts: FastifyPluginAsyncZod = async (fastify) => {
  for (const resource of resources) registerResource(fastify, resource)
}

export default facts
