// Property-based fuzzing of every operation in openapi/openapi.json: valid and
// broken requests alike must never get a 5xx; every 4xx is problem+json; every
// 2xx JSON body matches the documented schema; a rejected write changes nothing.
// `npm test` runs a fixed seed and count; `npm run fuzz` runs many more.
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { test } from 'node:test'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import fc from 'fast-check'
import type { App } from '../src/app.js'
import { build } from './helpers/build.js'
import { keys } from './helpers/keys.js'

type Operation = {
  method: string
  path: string
  parameters?: { name: string; in: string; schema: { enum?: string[] } }[]
  requestBody?: unknown
  responses: Record<string, { content?: Record<string, { schema: unknown }> }>
}

const RUNS = Number(process.env.FUZZ_RUNS ?? 1500)
const STATEFUL_RUNS = Number(process.env.FUZZ_STATEFUL_RUNS ?? 600)
const SEED = Number(process.env.FUZZ_SEED ?? 20261122)

const nasty = [
  '',
  ' ',
  '../../etc/passwd',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  "' OR 1=1 --",
  '1; DROP TABLE regions',
  '\u0000',
  '\u202e\u0007\u001b[31m',
  'ÅÄÖ åäö 🤒',
  'x'.repeat(10_000),
  '-1',
  '99999999999999999999999',
  '1e309',
  'NaN',
  'null',
  'true',
  '2021-02-30',
  '2021-13-01',
  'yesterday',
  '14',
  '0180',
  'me-cfs',
  '{"a":1}',
]

/** Writes leave traces here; a rejected one must not. */
async function writeState(app: App): Promise<string> {
  const tables = ['providers', 'fees', 'referral_rules', 'home_care_policies', 'decisions', 'specialist_care_statements', 'sources', 'citations']
  const parts = tables.map((table) => `(SELECT count(*) || ':' || coalesce(sum(version), 0) FROM "${table}")`).join(" || '|' || ")
  const [row] = await app.prisma.$queryRawUnsafe<{ state: string }[]>(
    `SELECT ${parts} || '|' || (SELECT coalesce(max(id), 0) FROM changes) || '|' || (SELECT count(*) FROM api_keys WHERE revoked_at IS NULL) AS state`,
  )
  return row!.state
}

test(`fuzz: ${RUNS} generated requests across every documented operation`, { timeout: 900_000 }, async (t) => {
  const app = await build(t)
  const key = await keys(app)
  const document = JSON.parse(await readFile(path.resolve(import.meta.dirname, '../openapi/openapi.json'), 'utf8')) as {
    paths: Record<string, Record<string, Operation>>
    components: { schemas: Record<string, unknown> }
  }
  const ajv = new Ajv2020({ strict: false, allErrors: false })
  addFormats.default(ajv)
  for (const [name, schema] of Object.entries(document.components.schemas)) ajv.addSchema(schema as object, `#/components/schemas/${name}`)
  // An event stream never ends by itself: it has tests of its own.
  const operations = Object.entries(document.paths).flatMap(([route, methods]) =>
    Object.entries(methods)
      .filter(([, op]) => !op.responses['200']?.content?.['text/event-stream'])
      .map(([method, op]) => ({ ...op, method: method.toUpperCase(), path: route })),
  )

  // Real ids make many requests valid; the rest exercise the error paths.
  const sample = async (url: string, field: string) => {
    const { items } = (await app.inject({ url })).json() as { items: Record<string, string>[] }
    return items.map((i) => i[field]!).slice(0, 5)
  }
  const ids = [
    ...(await sample('/v1/providers?asOf=2021-06-01', 'id')),
    ...(await sample('/v1/fees?asOf=2021-06-01', 'id')),
    ...(await sample('/v1/home-care-policies', 'id')),
    ...(await sample('/v1/decisions', 'id')),
    ...(await sample('/v1/sources', 'id')),
  ]
  const records = await Promise.all(
    ['/v1/fees/vgr-smarthjalpen-specialist-visit-fee', '/v1/providers/vgr-smarthjalpen', '/v1/sources/vgr-2021-smarthjalpen-me'].map(
      async (url) => (await app.inject({ url })).json() as Record<string, unknown>,
    ),
  )

  const value = fc.oneof(
    fc.constantFrom(...nasty, ...ids),
    fc.string({ maxLength: 30 }),
    fc.string({ unit: 'grapheme', maxLength: 20 }),
    fc.integer().map(String),
    fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  )
  const jsonValue = fc.oneof(
    fc.constantFrom(null, true, -1, 1e308, 'x'.repeat(5000)),
    fc.string(),
    fc.integer(),
    fc.double(),
    fc.array(fc.string(), { maxLength: 3 }),
  )
  const body = fc.oneof(
    fc.constantFrom(...records).chain((record) =>
      fc
        .record({ field: fc.constantFrom(...Object.keys(record), 'unknownField', 'isAdmin'), replacement: jsonValue, keep: fc.boolean() })
        .map(({ field, replacement, keep }) => (keep ? record : { ...record, [field]: replacement })),
    ),
    fc.dictionary(fc.string({ maxLength: 12 }), jsonValue, { maxKeys: 5 }),
    fc.constantFrom('{"broken": ', '[]', 'null', '"a string"', '<xml/>'),
  )
  // Valid-looking requests are weighted up so the success paths get their share too.
  const valid = fc.constantFrom(...ids, '14', '18', '23', '01', '0180', 'me-cfs', 'specialist_visit_fee', 'home_help', 'vgr-smarthjalpen')
  const request = fc.record({
    operation: fc.constantFrom(...operations),
    pathValue: fc.oneof({ weight: 3, arbitrary: valid }, { weight: 2, arbitrary: value }),
    query: fc.oneof(
      { weight: 2, arbitrary: fc.constant([] as [string, string][]) },
      {
        weight: 3,
        arbitrary: fc.array(
          fc.tuple(
            fc.oneof(
              fc.constantFrom(
                'region', 'condition', 'asOf', 'limit', 'offset', 'format', 'lang', 'regions', 'q', 'status', 'service', 'selfReferral', 'since',
              ),
              fc.string({ maxLength: 10 }),
            ),
            value,
          ),
          { maxLength: 4 },
        ),
      },
    ),
    auth: fc.constantFrom(undefined, key.editor.authorization, key.admin.authorization, 'Bearer nonsense', 'Basic Zm9vOmJhcg==', ''),
    ifMatch: fc.option(fc.oneof(value, fc.constant('*')), { nil: undefined }),
    idempotencyKey: fc.option(fc.string({ minLength: 1, maxLength: 20 }), { nil: undefined }),
    accept: fc.constantFrom(undefined, undefined, undefined, 'application/json', 'text/csv', 'application/xml', '*/*', 'text/csv;q=0.1, application/json'),
    contentType: fc.constantFrom('application/json', 'application/merge-patch+json', 'text/plain', 'application/x-www-form-urlencoded'),
    body,
  })

  const statuses = new Map<number, number>()
  let sent = 0
  await fc.assert(
    fc.asyncProperty(request, async (r) => {
      const url = r.operation.path.replace(/\{[^}]+\}/g, () => encodeURIComponent(r.pathValue))
      const query = new URLSearchParams(r.query).toString()
      const writes = r.operation.method !== 'GET'
      const before = writes ? await writeState(app) : ''
      const headers: Record<string, string> = { 'content-type': r.contentType }
      if (r.auth !== undefined) headers.authorization = r.auth
      if (r.ifMatch !== undefined) headers['if-match'] = r.ifMatch
      if (r.idempotencyKey !== undefined) headers['idempotency-key'] = r.idempotencyKey
      if (r.accept !== undefined) headers.accept = r.accept
      const response = await app.inject({
        method: r.operation.method as 'GET',
        url: query ? `${url}?${query}` : url,
        headers,
        ...(writes ? { payload: typeof r.body === 'string' ? r.body : JSON.stringify(r.body) } : {}),
      })
      sent += 1
      statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1)
      const where = `${r.operation.method} ${url}?${query} -> ${response.statusCode} ${response.body.slice(0, 300)}`
      assert.ok(response.statusCode < 500, where)
      if (response.statusCode >= 400) {
        assert.match(String(response.headers['content-type']), /^application\/problem\+json/, where)
        const problem = response.json() as { status: number; type: string; title: string; detail: string }
        assert.equal(problem.status, response.statusCode, where)
        assert.ok(problem.type && problem.title && problem.detail, where)
      }
      const documented = r.operation.responses[String(response.statusCode)]?.content?.['application/json']?.schema
      if (response.statusCode >= 200 && response.statusCode < 300 && documented && String(response.headers['content-type']).startsWith('application/json')) {
        const validate = ajv.compile(documented as object)
        assert.ok(validate(response.json()), `${where}\n${JSON.stringify(validate.errors)}`)
      }
      if (writes && (response.statusCode < 200 || response.statusCode >= 300)) {
        assert.equal(await writeState(app), before, `a rejected write changed the database: ${where}`)
      }
    }),
    { seed: SEED, numRuns: RUNS, endOnFailure: true, includeErrorInReport: true },
  )
  const summary = [...statuses].sort(([a], [b]) => a - b).map(([status, n]) => `${status}: ${n}`).join(', ')
  t.diagnostic(`fuzz: ${sent} requests (seed ${SEED}); statuses ${summary}`)
  assert.equal(sent, RUNS)
})

type Json = Record<string, any>

/** The hostile things a body can carry, field by field. */
const hostile = fc.oneof(
  fc.constantFrom(
    null,
    -1,
    -1e12,
    1e308,
    2 ** 53,
    0.5,
    true,
    [],
    {},
    '',
    ' ',
    'x'.repeat(20_000),
    '\u0000',
    '\u0007\u001b[31m\r\n',
    '2021-02-30',
    '9999-99-99',
  ),
  fc.string({ maxLength: 40 }),
  fc.integer(),
  fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 3 }),
)

type Link = { operationId: string; parameters: Record<string, string> }
type Document = {
  paths: Record<string, Record<string, Operation & { operationId: string; responses: Record<string, { links?: Record<string, Link> }> }>>
  components: { schemas: Record<string, unknown> }
}

/** A runtime expression of a link (OpenAPI 3.1, 4.8.20.4) against a response: a header, or a JSON pointer into the body. */
function evaluate(expression: string, response: { headers: Record<string, unknown>; json(): unknown }): string {
  const header = /^\$response\.header\.(.+)$/.exec(expression)?.[1]
  if (header) return String(response.headers[header.toLowerCase()])
  const pointer = /^\$response\.body#(\/.*)$/.exec(expression)?.[1]
  if (pointer === undefined) throw new Error(`unsupported runtime expression ${expression}`)
  let value = response.json() as unknown
  for (const token of pointer.slice(1).split('/')) value = (value as Record<string, unknown>)[token.replaceAll('~1', '/').replaceAll('~0', '~')]
  return String(value)
}

/**
 * The request a documented link leads to from a response: the target
 * operation's method and path, with the link's parameters put where the
 * operation declares them (`header.if-match` as the header `if-match`).
 */
function follow(document: Document, link: Link, response: Parameters<typeof evaluate>[1]) {
  const [route, method, operation] = Object.entries(document.paths)
    .flatMap(([route, methods]) => Object.entries(methods).map(([method, op]) => [route, method, op] as const))
    .find(([, , op]) => op.operationId === link.operationId)!
  let url = route
  const headers: Record<string, string> = {}
  for (const [name, expression] of Object.entries(link.parameters)) {
    const [where, parameter] = name.includes('.') ? (name.split('.', 2) as [string, string]) : [undefined, name]
    const declared = operation.parameters!.find((p) => p.name === parameter && (where === undefined || p.in === where))
    assert.ok(declared, `${link.operationId} declares the link's parameter ${name}`)
    const value = evaluate(expression, response)
    if (declared.in === 'path') url = url.replace(`{${parameter}}`, encodeURIComponent(value))
    else if (declared.in === 'header') headers[parameter] = value
  }
  return { method: method.toUpperCase() as 'PATCH' | 'POST', url, headers }
}

// States the fuzz above is blind to: real records, then hostile writes behind a
// valid key, each PATCH and retire reached the way a generic client reaches it,
// through the links the GET documents (its ETag into the If-Match the link names);
// round trips, and valid writes interleaved so ETags move.
test(`stateful fuzz: ${STATEFUL_RUNS} writes behind valid keys and If-Match, through the documented links`, { timeout: 900_000 }, async (t) => {
  const app = await build(t)
  const key = await keys(app)
  const document = JSON.parse(await readFile(path.resolve(import.meta.dirname, '../openapi/openapi.json'), 'utf8')) as Document
  const ajv = new Ajv2020({ strict: false, allErrors: false })
  addFormats.default(ajv)
  for (const [name, schema] of Object.entries(document.components.schemas)) ajv.addSchema(schema as object, `#/components/schemas/${name}`)
  const resources = ['providers', 'fees', 'referral-rules', 'home-care-policies', 'decisions', 'specialist-care', 'sources']
  const pool: { resource: string; id: string }[] = []
  for (const resource of resources) {
    const { items } = (await app.inject({ url: `/v1/${resource}?limit=5${resource === 'sources' ? '' : '&asOf=2021-06-01'}` })).json() as { items: Json[] }
    pool.push(...items.map((item) => ({ resource, id: item.id as string })))
  }
  const citation = ((await app.inject({ url: '/v1/fees/vgr-smarthjalpen-specialist-visit-fee' })).json() as Json).citations[0].id as string
  pool.push({ resource: 'citations', id: citation })
  const editor = { authorization: key.editor.authorization }
  // Every GET of a writable record documents the PATCH and retire its ETag allows.
  const linksOf = (resource: string) => document.paths[`/v1/${resource}/{id}`]!.get!.responses['200']!.links!
  for (const resource of [...resources, 'citations']) assert.deepEqual(Object.keys(linksOf(resource)).sort(), ['retire', 'update'], resource)

  const command = fc.record({
    target: fc.constantFrom(...pool),
    kind: fc.constantFrom('patch', 'patch', 'patch-deep', 'patch-null', 'retire', 'post', 'round-trip', 'valid-patch'),
    field: fc.string({ maxLength: 12 }),
    pick: fc.nat(),
    value: hostile,
    depth: fc.integer({ min: 20, max: 5000 }),
    gzip: fc.boolean(),
    lang: fc.constantFrom('en', 'sv'),
  })
  const statuses = new Map<number, number>()
  let sent = 0
  let linked = 0
  await fc.assert(
    fc.asyncProperty(command, async (c) => {
      const url = `/v1/${c.target.resource}/${c.target.id}`
      // The GET a client makes, in either coding and language: its ETag names the version whatever the representation.
      const read = await app.inject({
        url: `${url}${c.target.resource === 'citations' ? '' : `?lang=${c.lang}`}`,
        headers: { 'accept-encoding': c.gzip ? 'gzip' : 'identity' },
      })
      const shown = (await app.inject({ url, headers: { 'accept-encoding': 'identity' } }))
      const full = shown.json() as Json
      const history = (await app.inject({ url: `${url}/history?limit=500` })).json() as { items: { resource: string; after: Json }[] }
      // A fact's history has its confirmations too; curated citations are logged with their facts, not on their own (their record is the GET's).
      const { version: _version, ...stored } = history.items.filter((item) => item.resource === c.target.resource).at(-1)?.after ?? full
      const fields = Object.keys(stored)
      const field = fields.length > 0 && c.pick % 3 !== 0 ? fields[c.pick % fields.length]! : c.field || 'unknownField'
      const links = linksOf(c.target.resource)
      // The link is followed from the identity-coded read (its body is JSON), with the ETag of the read the client made.
      const via = (name: 'update' | 'retire') => follow(document, links[name]!, { headers: { ...shown.headers, etag: read.headers.etag }, json: () => full })
      const content = { 'content-type': 'application/merge-patch+json' }
      const text = (words: string) => ({ sv: words, en: words })
      let request: { method: 'PATCH' | 'POST'; url: string; payload: string; headers: Record<string, string> }
      let expectSuccess = false
      let throughLink = true
      const patch = (payload: string) => {
        const target = via('update')
        return { ...target, payload, headers: { ...editor, ...content, ...target.headers } }
      }
      switch (c.kind) {
        case 'patch':
          request = patch(JSON.stringify({ [field]: c.value }))
          break
        case 'patch-deep':
          request = patch(`${'{"a":'.repeat(c.depth)}1${'}'.repeat(c.depth)}`)
          break
        case 'patch-null':
          request = patch(JSON.stringify(Object.fromEntries(fields.slice(0, 1 + (c.pick % 4)).map((f) => [f, null]))))
          break
        case 'retire': {
          const target = via('retire')
          const payload = JSON.stringify(c.pick % 2 ? { validTo: c.value } : { [field]: c.value })
          request = { ...target, payload, headers: { ...editor, 'content-type': 'application/json', ...target.headers } }
          break
        }
        case 'post':
          throughLink = false
          request = {
            method: 'POST',
            url: `/v1/${c.target.resource}`,
            payload: JSON.stringify({ ...stored, [field]: c.value }),
            headers: { ...editor, 'content-type': 'application/json' },
          }
          break
        case 'round-trip':
          // The record as writes answer it, one field changed validly, POSTed: a new record.
          throughLink = false
          request = {
            method: 'POST',
            url: `/v1/${c.target.resource}`,
            payload: JSON.stringify(c.target.resource === 'citations' ? stored : { ...stored, notes: text(`fuzz ${c.pick}`) }),
            headers: { ...editor, 'content-type': 'application/json' },
          }
          expectSuccess = c.target.resource !== 'sources' && c.target.resource !== 'citations'
          break
        case 'valid-patch':
          request = patch(JSON.stringify(
            c.target.resource === 'citations'
              ? { locator: `fuzz ${c.pick}` }
              : c.target.resource === 'sources' ? { referenceNumber: `fuzz ${c.pick}` } : { notes: text(`checked ${c.pick}`) },
          ))
          expectSuccess = true
          break
      }
      const before = await writeState(app)
      const response = await app.inject(request)
      sent += 1
      statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1)
      const where = `${c.kind} ${request.method} ${request.url} ${request.payload.slice(0, 200)} -> ${response.statusCode} ${response.body.slice(0, 300)}`
      assert.ok(response.statusCode < 500, where)
      if (throughLink) {
        linked += 1
        // The link's If-Match is the version just read: never missing, never stale.
        assert.ok(response.statusCode !== 412 && response.statusCode !== 428, where)
      }
      if (expectSuccess) assert.ok(response.statusCode < 300 || response.statusCode === 409, where)
      if (response.statusCode >= 400) {
        assert.match(String(response.headers['content-type']), /^application\/problem\+json/, where)
        assert.equal(await writeState(app), before, `a rejected write changed the database: ${where}`)
      } else if (c.target.resource !== 'citations') {
        assert.equal((await app.inject({ url: `/v1/${c.target.resource}?limit=500` })).statusCode, 200, `lists still answer after ${where}`)
      }
    }),
    { seed: SEED, numRuns: STATEFUL_RUNS, endOnFailure: true, includeErrorInReport: true },
  )
  const summary = [...statuses].sort(([a], [b]) => a - b).map(([status, n]) => `${status}: ${n}`).join(', ')
  t.diagnostic(`stateful fuzz: ${sent} requests (seed ${SEED}), ${linked} PATCH and retire through the GET's links, all past If-Match; ${summary}`)
  assert.equal(sent, STATEFUL_RUNS)
  assert.ok(linked > STATEFUL_RUNS / 2)
})
