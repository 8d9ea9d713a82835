import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { test } from 'node:test'
import supertest from 'supertest'
import { dimensionIds } from '../../src/domain/dimensions/index.js'
import { build } from '../helpers/build.js'

const committed = path.resolve(import.meta.dirname, '../../openapi/openapi.json')

test('the committed openapi/openapi.json is what the server serves (run `npm run openapi` after changing a route)', async (t) => {
  const app = await build(t)
  const served = await supertest(app.server).get('/openapi.json').expect(200)
  assert.deepEqual(JSON.parse(await readFile(committed, 'utf8')), served.body)
})

test('every operation has a tag, summary, described responses and problem+json errors', async (t) => {
  const app = await build(t)
  type Operation = { tags?: string[]; summary?: string; responses: Record<string, { description?: string; content?: Record<string, unknown> }> }
  const document = app.swagger() as unknown as {
    openapi: string
    paths: Record<string, Record<string, Operation>>
    components: { schemas: Record<string, unknown> }
  }
  assert.equal(document.openapi, '3.1.0')
  const operations = Object.entries(document.paths).flatMap(([route, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ name: `${method.toUpperCase()} ${route}`, operation })))
  assert.ok(operations.length >= 20)
  for (const { name, operation } of operations) {
    assert.ok(operation.tags?.length, `${name} has a tag`)
    assert.ok(operation.summary, `${name} has a summary`)
    const errors = Object.keys(operation.responses).filter((status) => Number(status) >= 400)
    if (name !== 'GET /health/live') assert.ok(errors.length > 0, `${name} documents its errors`)
    for (const status of errors) {
      assert.ok(operation.responses[status]!.description, `${name} ${status} is described`)
      assert.match(JSON.stringify(operation.responses[status]), /#\/components\/schemas\/Problem/, `${name} ${status} is a Problem`)
    }
  }
  for (const name of ['Provider', 'Fee', 'ReferralRule', 'HomeCarePolicy', 'Decision', 'Citation', 'Comparison', 'Problem']) {
    assert.ok(document.components.schemas[name], `component ${name} exists`)
  }
  const unused = Object.keys(document.components.schemas).filter((name) => !JSON.stringify(document).includes(`"#/components/schemas/${name}"`))
  assert.deepEqual(unused, [], 'no component is unused')
})

test('interactive documentation is served at /docs', async (t) => {
  const app = await build(t)
  const api = supertest(app.server)
  const docs = await api.get('/docs/').redirects(2)
  assert.equal(docs.status, 200)
  assert.match(docs.text, /swagger-ui/i)
  const spec = await api.get('/docs/json').expect(200)
  assert.equal(spec.body.info.title, 'Regionkollen')
})

test('every example in the document is valid against its own schema', async (t) => {
  const app = await build(t)
  const document = app.swagger() as unknown as { components: { schemas: Record<string, { examples?: unknown[] }> } }
  const { Ajv2020 } = await import('ajv/dist/2020.js')
  const { default: addFormats } = await import('ajv-formats')
  const ajv = new Ajv2020({ strict: false })
  addFormats.default(ajv)
  for (const [name, schema] of Object.entries(document.components.schemas)) ajv.addSchema(schema as object, `#/components/schemas/${name}`)
  let checked = 0
  for (const [name, schema] of Object.entries(document.components.schemas)) {
    for (const example of schema.examples ?? []) {
      const validate = ajv.getSchema(`#/components/schemas/${name}`)!
      assert.ok(validate(example), `${name}: ${JSON.stringify(validate.errors)}`)
      checked += 1
    }
  }
  assert.ok(checked >= 11, `${checked} examples checked`)
})

test('the comparison cells are typed per dimension: amounts as numbers, providers with how they are run, no bare string|number|null value', async (t) => {
  const app = await build(t)
  const { body } = await supertest(app.server).get('/openapi.json').expect(200)
  const schemas = body.components.schemas
  // Each dimension's value leads to its cell's schema, so generated clients narrow on it.
  assert.equal(schemas.Cell.discriminator.propertyName, 'dimension')
  assert.deepEqual(Object.keys(schemas.Cell.discriminator.mapping).sort(), [...dimensionIds].sort())
  for (const [dimension, ref] of Object.entries(schemas.Cell.discriminator.mapping as Record<string, string>)) {
    assert.equal(schemas[ref.split('/').pop()!].properties.dimension.const, dimension)
  }
  assert.equal(schemas.Cell.oneOf.length, dimensionIds.length)
  const fee = schemas.SpecialistVisitFeeValue
  assert.deepEqual(fee.properties.amountSek.anyOf.map((s: { type: string }) => s.type), ['integer', 'null'])
  assert.ok(schemas.SpecialistProviderValue.properties.providers.items.$ref.endsWith('/SpecialistProvider'))
  assert.ok(schemas.ProviderRef.properties.operatedAs.enum.includes('contracted'))
  for (const id of dimensionIds) {
    const cell = schemas[`${id.replace(/(^|_)(\w)/g, (_: string, __: string, c: string) => c.toUpperCase())}Cell`]
    assert.deepEqual(cell.properties.dimension.const, id)
    assert.ok(cell.properties.value.anyOf.some((v: { $ref?: string }) => v.$ref), `${id}: the value has a schema of its own`)
    assert.ok(cell.properties.status.enum.length >= 2)
  }
  // Nowhere a value that is "a string, a number or null".
  const bare = JSON.stringify(body).match(/"anyOf":\[\{"type":"string"\},\{"type":"number"\},\{"type":"null"\}\]/g)
  assert.equal(bare, null)
})
