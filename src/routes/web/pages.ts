import type { FastifyRequest } from 'fastify'
import { type FastifyPluginAsyncZod, hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { briefView } from '../../domain/brief.js'
import { comparisonView, dimensionView, regionProfileView, type ViewQuery, viewQuery } from '../../domain/compare.js'
import { dimensionIds, dimensionIdSchema, dimensions } from '../../domain/dimensions/index.js'
import { ProblemError } from '../../domain/errors.js'
import { shortRegionName, tileGrid } from '../../domain/map.js'
import { requireRegion } from '../../domain/regions.js'
import { reviewQueue } from '../../domain/review.js'
import { sourceView } from '../../domain/source-view.js'
import { regionTimeline } from '../../domain/timeline.js'
import { today } from '../../domain/as-of.js'
import { regionCode, slug } from '../../schemas/common.js'
import { type Language, languages } from '../../schemas/labels.js'
import { briefPage, briefText } from '../../views/brief.js'
import { comparePage, MAX_COMPARED } from '../../views/compare.js'
import type { PageContext } from '../../views/components.js'
import { errorPage } from '../../views/error.js'
import { mapPage } from '../../views/map.js'
import { regionPage } from '../../views/region.js'
import { REVIEW_SHOWN, reviewPage } from '../../views/review.js'
import { sourcePage } from '../../views/source.js'
import { DEFAULT_CONDITION, pageHref } from '../../views/urls.js'

const HTML = 'text/html; charset=utf-8'
/** Pages are cached like API answers, and are Swedish unless `lang` says otherwise, whatever the browser prefers. */
const pageConfig = { cache: true, pageLanguage: 'sv' } as const
const DEFAULT_DIMENSION = 'specialist_provider'

/** Pages are Swedish by default (the API's answers are English by default); unknown parameters are ignored, so shared links with tracking tags still open. */
const pageQuery = {
  asOf: z.iso.date('must be a date, YYYY-MM-DD').optional(),
  lang: z.enum(languages).default('sv'),
  condition: slug.default(DEFAULT_CONDITION),
}

/**
 * Region codes as `14,18,23`, or as one `regions=14&regions=18` per checkbox
 * (what a form sends without JavaScript): either way a list without repeats.
 */
const regionCodes = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => [...new Set((Array.isArray(value) ? value : [value ?? '']).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean))])
  .pipe(z.array(z.string().regex(/^\d{2}$/, 'must be two-digit region codes, e.g. 14,18,23')).max(21))

const pages: FastifyPluginAsyncZod = async (fastify) => {
  const context = (request: FastifyRequest, query: ViewQuery & { chosenAsOf: string | undefined }, params: PageContext['params'] = {}): PageContext => ({
    lang: query.lang,
    condition: query.condition,
    chosenAsOf: query.chosenAsOf,
    asOf: query.asOf,
    path: request.url.split('?')[0]!,
    params,
    staleAfterMonths: query.staleAfterMonths,
  })
  const ask = (query: { asOf?: string | undefined; lang: Language; condition: string }) => {
    const snapshot = fastify.snapshot.current()
    return { snapshot, query: { ...viewQuery(snapshot, query, query.lang, fastify.config.STALE_AFTER_MONTHS), chosenAsOf: query.asOf } }
  }
  const regionList = (snapshot: ReturnType<typeof fastify.snapshot.current>) => snapshot.regions.map(({ code, name }) => ({ code, name }))

  // Errors on pages are pages too: the same status and detail the API would give, in HTML.
  fastify.setErrorHandler((error, request, reply) => {
    let status: number
    let detail: string
    if (error instanceof ProblemError) {
      status = error.status
      detail = error.message
      if (error.extra.headers) reply.headers(error.extra.headers)
    } else if (hasZodFastifySchemaValidationErrors(error)) {
      status = 400
      const problems = error.validation.map((v) => `${v.instancePath.replace(/^\//, '') || 'value'}: ${v.message}`)
      detail = `The ${error.validationContext ?? 'request'} is invalid: ${problems.join('; ')}`
    } else {
      throw error
    }
    const lang: Language = (request.query as { lang?: unknown } | undefined)?.lang === 'en' ? 'en' : 'sv'
    const day = today()
    const path = request.url.split('?')[0]!
    const ctx: PageContext = { lang, condition: DEFAULT_CONDITION, chosenAsOf: undefined, asOf: day, path, params: {}, staleAfterMonths: 0 }
    return reply.code(status).type(HTML).send(errorPage(ctx, { status, detail, requestId: String(request.id) }))
  })

  fastify.get(
    '/',
    {
      config: pageConfig,
      schema: { hide: true, querystring: z.object({ ...pageQuery, dimension: dimensionIdSchema.default(DEFAULT_DIMENSION) }) },
    },
    async (request, reply) => {
      const { snapshot, query } = ask(request.query)
      const { dimension } = request.query
      const view = dimensionView(snapshot, dimension, query)
      const tiles = view.cells.map((cell) => ({
        code: cell.region.code,
        name: cell.region.name,
        shortName: shortRegionName(cell.region.name),
        ...tileGrid[cell.region.code]!,
        cell,
      }))
      const choices = dimensionIds.map((id) => ({ id, label: dimensions[id].label[query.lang] }))
      const ctx = context(request, query, { dimension: dimension === DEFAULT_DIMENSION ? undefined : dimension })
      return reply.type(HTML).send(mapPage(ctx, { view, tiles, dimensions: choices }))
    },
  )

  fastify.get(
    '/regions/:code',
    {
      config: pageConfig,
      schema: { hide: true, params: z.object({ code: regionCode }), querystring: z.object(pageQuery) },
    },
    async (request, reply) => {
      const { snapshot, query } = ask(request.query)
      const { code } = request.params
      requireRegion(snapshot, code)
      const profile = regionProfileView(snapshot, code, query)
      const timeline = regionTimeline(snapshot, code, query)
      return reply.type(HTML).send(regionPage(context(request, query), { profile, timeline }))
    },
  )

  fastify.get(
    '/compare',
    {
      config: pageConfig,
      schema: { hide: true, querystring: z.object({ ...pageQuery, regions: regionCodes }) },
    },
    async (request, reply) => {
      const { snapshot, query } = ask(request.query)
      const chosen = request.query.regions
      for (const code of chosen) requireRegion(snapshot, code, 'regions')
      const comparison = chosen.length === 0 || chosen.length > MAX_COMPARED ? null : comparisonView(snapshot, chosen, query)
      const ctx = context(request, query, { regions: chosen.join(',') || undefined })
      return reply.type(HTML).send(comparePage(ctx, { comparison, allRegions: regionList(snapshot), chosen }))
    },
  )

  const brief = (request: FastifyRequest, code: string, asked: { asOf?: string | undefined; lang: Language; condition: string; with: string[] }) => {
    const { snapshot, query } = ask(asked)
    requireRegion(snapshot, code)
    const chosen = asked.with.filter((c) => c !== code)
    for (const other of chosen) requireRegion(snapshot, other, 'with')
    const others = chosen.length > 0 ? chosen : snapshot.regions.map((r) => r.code).filter((c) => c !== code)
    const view = briefView(snapshot, comparisonView(snapshot, [code, ...others], query), code)
    return { view, chosen, ctx: context(request, query, { with: chosen.join(',') || undefined }), allRegions: regionList(snapshot) }
  }
  const briefSchema = { hide: true, params: z.object({ code: regionCode }), querystring: z.object({ ...pageQuery, with: regionCodes }) }

  fastify.get('/regions/:code/brief', { config: pageConfig, schema: briefSchema }, async (request, reply) => {
    const { view, chosen, ctx, allRegions } = brief(request, request.params.code, request.query)
    return reply.type(HTML).send(briefPage(ctx, { brief: view, chosen, allRegions }))
  })

  fastify.get('/regions/:code/brief.txt', { config: pageConfig, schema: briefSchema }, async (request, reply) => {
    const { view, chosen, ctx } = brief(request, request.params.code, request.query)
    // The page with every source, as an address to follow from an e-mail.
    const page = pageHref(`/regions/${view.region.code}/brief`, ctx, { with: chosen.join(',') || undefined, asOf: view.asOf })
    return reply.type('text/plain; charset=utf-8').send(briefText(ctx, { brief: view, chosen }, `${request.protocol}://${request.host}${page}#fn-heading`))
  })

  fastify.get(
    '/review',
    {
      config: pageConfig,
      schema: { hide: true, querystring: z.object(pageQuery) },
    },
    async (request, reply) => {
      const { snapshot, query } = ask(request.query)
      const entries = reviewQueue(snapshot, query)
      return reply.type(HTML).send(reviewPage(context(request, query), { entries: entries.slice(0, REVIEW_SHOWN), total: entries.length }))
    },
  )

  fastify.get(
    '/sources/:id',
    {
      config: pageConfig,
      schema: { hide: true, params: z.object({ id: slug }), querystring: z.object(pageQuery) },
    },
    async (request, reply) => {
      const { snapshot, query } = ask(request.query)
      const view = sourceView(snapshot, request.params.id, query.asOf)
      const regionNames = new Map(snapshot.regions.map((r) => [r.code, r.name]))
      return reply.type(HTML).send(sourcePage(context(request, query), { view, regionNames }))
    },
  )
}

export default pages
