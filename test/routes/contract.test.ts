// The contract says what the server does, and the server does what it says: typed merge
// patches, strict integers, 204s without content, links naming declared parameters,
// HEAD like GET everywhere, Link headers on every list, one pagination envelope.
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { test } from 'node:test'
import supertest from 'supertest'
import { build } from '../helpers/build.js'
import { keys } from '../helpers/keys.js'

type Json = Record<string, any>
const document = async () => JSON.parse(await readFile(path.resolve(import.meta.dirname, '../../openapi/openapi.json'), 'utf8')) as Json

test('no PATCH body is free-form: each is its resource\'s merge patch, every field optional and typed', async () => {
  const doc = await document()
  assert.ok(!JSON.stringify(doc).includes('"additionalProperties":{}'), 'nothing in the document is a free-form object')
  const patches = Object.entries(doc.paths as Json).filter(([, ops]) => ops.patch)
  assert.ok(patches.length >= 9)
  for (const [route, ops] of patches) {
    const ref = ops.patch.requestBody.content['application/json'].schema.$ref as string
    assert.match(ref, /Patch/, route)
    const schema = doc.components.schemas[ref.split('/').pop()!]
    assert.equal(schema.additionalProperties, false, `${route}: unknown fields are refused`)
    assert.equal(schema.required, undefined, `${route}: every field is optional`)
    const typed = Object.entries(schema.properties as Json).filter(([, field]) => !/Read-only/.test(field.description ?? ''))
    assert.ok(typed.length > 0 && typed.every(([, field]) => Object.keys(field).some((k) => ['type', 'anyOf', 'enum', '$ref'].includes(k))), route)
  }
})

test('a merge patch changes one language of a text alone, and refuses a field of the wrong type', async (t) => {
  const app = await build(t)
  const api = supertest(app.server)
  const key = await keys(app)
  const url = '/v1/fees/vgr-smarthjalpen-specialist-visit-fee'
  const read = await api.get(url).expect(200)
  const patched = await api.patch(url).set(key.editor).set('if-match', read.headers.etag!).set('content-type', 'application/merge-patch+json')
    .send(JSON.stringify({ notes: { en: 'Only the English changes.' } })).expect(200)
  assert.equal(patched.body.notes.en, 'Only the English changes.')
  assert.equal(typeof patched.body.notes.sv, 'string')
  assert.ok(patched.body.notes.sv.length > 0, 'the Swedish stays')
  const wrong = await api.patch(url).set(key.editor).set('if-match', patched.headers.etag!).send({ amountSek: '300' }).expect(400)
  assert.equal(wrong.body.parameter, 'amountSek')
})

test('integers are strict: offset=, 0x10, 1e1, 0b11 and their kind are 400s, never coerced', async (t) => {
  const app = await build(t)
  const api = supertest(app.server)
  for (const base of ['/v1/municipalities', '/v1/fees', '/v1/changes']) {
    for (const query of ['offset=', 'offset=0x10', 'offset=1e1', 'limit=0b11', 'limit=', 'limit=%205', 'limit=1.0', 'offset=-1', 'limit=+5']) {
      if (base === '/v1/changes' && query.startsWith('offset')) continue
      const response = await api.get(`${base}?${query}`)
      assert.equal(response.status, 400, `${base}?${query}`)
      assert.match(response.headers['content-type']!, /problem\+json/)
      assert.equal(response.body.parameter, query.split('=')[0])
    }
    assert.equal((await api.get(`${base}?limit=5`).expect(200)).body.items.length, 5)
  }
  const all = (await api.get('/v1/municipalities?limit=500')).body.items
  assert.equal((await api.get('/v1/municipalities?limit=5&offset=10').expect(200)).body.items[0].code, all[10].code)
})

test('204s are documented without content; workflow links name their parameters as declared; If-Match: * is documented', async () => {
  const doc = await document()
  let noContent = 0
  let links = 0
  for (const [route, ops] of Object.entries(doc.paths as Json)) {
    for (const [method, op] of Object.entries(ops as Json)) {
      if (op.responses['204']) {
        assert.equal(op.responses['204'].content, undefined, `${method} ${route} 204 has no content`)
        noContent += 1
      }
      for (const response of Object.values(op.responses as Json)) {
        for (const [name, link] of Object.entries((response.links ?? {}) as Json)) {
          const target = Object.values(doc.paths as Json).flatMap((o) => Object.values(o as Json)).find((o) => o.operationId === link.operationId)
          assert.ok(target, `${route} link ${name} names an operation`)
          for (const parameter of Object.keys(link.parameters)) {
            const [where, named] = parameter.includes('.') ? parameter.split('.') : [undefined, parameter]
            const declared = (target.parameters as Json[]).find((p) => p.name === named && (where === undefined || p.in === where))
            assert.ok(declared, `${route} link ${name}: ${parameter} is a declared parameter of ${link.operationId}`)
            links += 1
          }
        }
      }
    }
  }
  assert.ok(noContent >= 2, 'DELETE /v1/keys/{name} and DELETE /v1/webhooks/{id}')
  assert.ok(links > 20)
  const ifMatch = (doc.paths['/v1/fees/{id}'].patch.parameters as Json[]).find((p) => p.name === 'if-match')!
  assert.equal(ifMatch.required, true)
  assert.match(ifMatch.description, /`\*` names no version/)
})

test('HEAD answers with the same headers as GET on every read, first or cached', async (t) => {
  const app = await build(t, { settings: { WEBHOOKS_ALLOW_PRIVATE_URLS: 'true' } })
  const api = supertest(app.server)
  const key = await keys(app)
  const hook = await api.post('/v1/webhooks').set(key.admin).send({ url: 'http://127.0.0.1:9/hook' }).expect(201)
  const fee = await api.get('/v1/fees/vgr-smarthjalpen-specialist-visit-fee').expect(200)
  const doc = await document()
  const firstId = async (list: string) => {
    const dated = await api.get(`${list}?asOf=2021-06-01&limit=1`)
    return (dated.status === 200 ? dated : await api.get(`${list}?limit=1`).expect(200)).body.items[0]?.id as string
  }
  const values: Record<string, string> = { code: '14', dimension: 'specialist_visit_fee' }
  const urls: string[] = []
  for (const [route, ops] of Object.entries(doc.paths as Json)) {
    if (!ops.get || ops.get.responses['200']?.content?.['text/event-stream']) continue
    let url = route.replace('{code}', route.startsWith('/v1/municipalities') ? '0180' : values.code!).replace('{dimension}', values.dimension!)
    if (url.includes('{id}')) {
      const base = url.split('/{id}')[0]!
      const id = base === '/v1/citations'
        ? fee.body.citations[0].id
        : base === '/v1/webhooks'
          ? hook.body.id
          : base === '/v1/conditions' ? 'me-cfs' : base === '/v1/sources' ? 'vgr-2021-smarthjalpen-me' : await firstId(base)
      url = url.replace('{id}', id)
    }
    urls.push(url, url.includes('?') ? url : `${url}?limit=1`)
  }
  const compared = ['etag', 'cache-control', 'content-type', 'content-length', 'content-encoding', 'vary', 'link', 'x-change-cursor']
  const headersOf = (response: { headers: Record<string, unknown> }) =>
    Object.fromEntries(compared.map((name) => [name, response.headers[name]]))
  let checked = 0
  for (const url of new Set(urls)) {
    const auth = url.startsWith('/v1/keys') || url.startsWith('/v1/webhooks') ? key.admin : {}
    const inject = async (method: 'GET' | 'HEAD') =>
      app.inject({ method, url, headers: { 'accept-encoding': 'gzip', ...auth } })
    const head = await inject('HEAD')
    if (head.statusCode === 400) continue
    const get = await inject('GET')
    assert.equal(head.statusCode, get.statusCode, `HEAD ${url}`)
    assert.equal(head.body, '', `HEAD ${url} has no body`)
    assert.deepEqual(headersOf(head), headersOf(get), `HEAD ${url}`)
    assert.deepEqual(headersOf(await inject('HEAD')), headersOf(get), `HEAD ${url} again`)
    checked += 1
  }
  assert.ok(checked >= 40, `${checked} reads checked`)
  for (const url of ['/v1/regions', '/v1/compare/regions', '/v1/regions/14']) {
    const head = await api.head(url).expect(200)
    assert.match(head.headers.etag!, /^"/, url)
    assert.equal(head.headers['cache-control'], 'public, max-age=60, must-revalidate', url)
  }
})

test('every list pages in one envelope with an RFC 8288 Link header: next and prev', async (t) => {
  const app = await build(t)
  const api = supertest(app.server)
  const first = await api.get('/v1/municipalities?limit=50').expect(200)
  assert.equal(first.headers.link, '</v1/municipalities?limit=50&offset=50>; rel="next"')
  assert.deepEqual(first.body.page, { total: 290, limit: 50, offset: 0, cursor: null, next: '/v1/municipalities?limit=50&offset=50', prev: null })
  const again = await api.get('/v1/municipalities?limit=50').expect(200)
  assert.equal(again.headers.link, first.headers.link, 'a cached answer carries its Link header')
  const middle = await api.get('/v1/municipalities?limit=50&offset=50').expect(200)
  assert.equal(middle.headers.link, '</v1/municipalities?limit=50&offset=100>; rel="next", </v1/municipalities?limit=50&offset=0>; rel="prev"')
  const last = await api.get('/v1/municipalities?limit=50&offset=250').expect(200)
  assert.equal(last.headers.link, '</v1/municipalities?limit=50&offset=200>; rel="prev"')
  assert.equal((await api.get('/v1/municipalities?limit=500').expect(200)).headers.link, undefined, 'one page: no links')

  // The change feed: the same envelope, paged by cursor.
  const feed = await api.get('/v1/changes?limit=2').expect(200)
  assert.deepEqual(Object.keys(feed.body), ['items', 'page'])
  assert.deepEqual(Object.keys(feed.body.page).sort(), ['cursor', 'limit', 'next', 'offset', 'prev', 'total'])
  assert.equal(feed.body.page.offset, null)
  assert.equal(feed.body.page.cursor, feed.body.items[1].id)
  assert.equal(feed.headers.link, `<${feed.body.page.next}>; rel="next"`)
  const second = await api.get(feed.body.page.next).expect(200)
  assert.equal(second.body.items[0].id, String(BigInt(feed.body.items[1].id) + 1n))
  assert.equal(second.body.page.total, feed.body.page.total - 2)
  const back = await api.get(second.body.page.prev).expect(200)
  assert.deepEqual(back.body.items, feed.body.items, 'prev leads back to the page before')
  assert.match(second.headers.link!, /rel="next", <[^>]+>; rel="prev"$/)
  // Every list in the document has the same page.
  const doc = await document()
  for (const [name, schema] of Object.entries(doc.components.schemas as Json)) {
    if (/(List|Page)$/.test(name) && name !== 'Page') assert.deepEqual(schema.properties.page, { $ref: '#/components/schemas/Page' }, name)
  }
})

test('Accept-Encoding is negotiated by q-value, then the client\'s order; without q-values brotli wins', async (t) => {
  const app = await build(t)
  const cases: [string | undefined, string | undefined][] = [
    [undefined, undefined],
    ['identity', undefined],
    ['gzip', 'gzip'],
    ['gzip, deflate', 'gzip'],
    ['gzip, deflate, br', 'br'],
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip;q=1, br;q=1', 'gzip'],
    ['br, gzip', 'br'],
    ['br;q=0.9, gzip', 'gzip'],
    ['gzip;q=0.8, br;q=0.9', 'br'],
    ['*', 'br'],
    ['*;q=0.5, br;q=0', 'gzip'],
    ['x-gzip', 'gzip'],
    ['GZIP ; Q=1', 'gzip'],
    ['deflate', undefined],
    ['br;q=0', undefined],
  ]
  for (const [header, coding] of cases) {
    const response = await app.inject({ url: '/v1/regions', headers: header === undefined ? {} : { 'accept-encoding': header } })
    assert.equal(response.statusCode, 200)
    assert.equal(response.headers['content-encoding'], coding, String(header))
  }
})
