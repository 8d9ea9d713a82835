// A quick tour of the API through the typed client: regions, a comparison, a paged list,
// the export and its cursor, and (with a key) a change under If-Match.
//
//   REGIONKOLLEN_URL=http://127.0.0.1:3000 [REGIONKOLLEN_KEY=rk_…] npx tsx examples/quick-tour.ts
//
// In an app, import from '@regionkollen/client' instead of '../src/index.js'.
import { createRegionkollenClient, linksOf, type SchemaFeePatchInput } from '../src/index.js'

const baseUrl = process.env.REGIONKOLLEN_URL ?? 'http://127.0.0.1:3000'
const api = createRegionkollenClient({ baseUrl, lang: 'en', apiKey: process.env.REGIONKOLLEN_KEY })

// 1. The 21 regions.
const regions = await api.GET('/v1/regions')
if (!regions.data) throw new Error(`regions: ${regions.response.status}`)
console.log(`${regions.data.items.length} regions, e.g. ${regions.data.items[0]!.code} ${regions.data.items[0]!.name}`)

// 2. Three regions side by side on a date: every cell is typed by its dimension.
const comparison = await api.GET('/v1/compare/regions', { params: { query: { regions: '14,18,23', asOf: '2021-06-01' } } })
if (!comparison.data) throw new Error(`compare: ${JSON.stringify(comparison.error)}`)
for (const row of comparison.data.dimensions.slice(0, 3)) {
  console.log(`${row.label}: ${row.cells.map((cell) => `${cell.region.code} ${cell.status}`).join(', ')}${row.differs ? ' (differs)' : ''}`)
}
const fee = comparison.data.dimensions.find((row) => row.id === 'specialist_visit_fee')
for (const cell of fee?.cells ?? []) if (cell.dimension === 'specialist_visit_fee') console.log(`  ${cell.region.code}: ${cell.summary}`)

// 3. A list, page by page, following the Link header.
const municipalityPage = (offset: number) => api.GET('/v1/municipalities', { params: { query: { limit: 100, offset } } })
let municipalities = 0
for (let offset: number | undefined = 0; offset !== undefined;) {
  const { data, response } = await municipalityPage(offset)
  if (!data) throw new Error(`municipalities: ${response.status}`)
  municipalities += data.items.length
  const next = linksOf(response).next
  offset = next === undefined ? undefined : Number(new URL(next, baseUrl).searchParams.get('offset'))
}
console.log(`${municipalities} municipalities, read 100 at a time`)

// 4. The whole dataset on a date, and the change-log position to follow from.
const dataset = await api.GET('/v1/export', { params: { query: { asOf: '2021-06-01' } } })
if (!dataset.data) throw new Error(`export: ${dataset.response.status}`)
console.log(`export of ${dataset.data.asOf}: ${dataset.data.facts.fees.length} fees, ${dataset.data.sources.length} sources, cursor ${dataset.data.cursor}`)
const changes = await api.GET('/v1/changes', { params: { query: { since: dataset.data.cursor } } })
console.log(`changes since the export: ${changes.data?.items.length ?? 0}`)

// 5. With an editor's key: change a fee's notes under If-Match (the ETag of the version read).
if (process.env.REGIONKOLLEN_KEY) {
  const id = 'vgr-smarthjalpen-specialist-visit-fee'
  const read = await api.GET('/v1/fees/{id}', { params: { path: { id } } })
  const etag = read.response.headers.get('etag')
  if (!read.data || !etag) throw new Error(`fee: ${read.response.status}`)
  const patch: SchemaFeePatchInput = { notes: { sv: 'Bekräftat med regionen.', en: 'Confirmed with the region.' } }
  const written = await api.PATCH('/v1/fees/{id}', { params: { path: { id }, header: { 'if-match': etag } }, body: patch })
  if (!written.data) throw new Error(`patch: ${JSON.stringify(written.error)}`)
  console.log(`updated ${id}: "${written.data.notes?.en}", version ${written.response.headers.get('etag')}`)
  // The same ETag again is stale: 412, a typed problem.
  const stale = await api.PATCH('/v1/fees/{id}', { params: { path: { id }, header: { 'if-match': etag } }, body: patch })
  console.log(`again with the old ETag: ${stale.response.status} ${stale.error?.title}`)
}
