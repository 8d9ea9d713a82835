import assert from 'node:assert/strict'
import { test } from 'node:test'
import { comparisonView, coverageView, dimensionView, type ViewQuery } from '../../src/domain/compare.js'
import { dimensionIds, dimensions } from '../../src/domain/dimensions/index.js'
import { comparison } from '../../src/domain/dimensions/answers.js'
import { type Snapshot, type SnapshotChanges, snapshotOf, withChanges } from '../../src/domain/snapshot.js'
import { comparisonSerializerCompiler } from '../../src/routes/v1/compare-serializer.js'
import { both, fee, fixture, noClinic, policy, provider, selfReferral } from './fixture.js'

const query = (asOf: string, lang: 'en' | 'sv' = 'en'): ViewQuery => ({ condition: 'me-cfs', asOf, lang, staleAfterMonths: 24 })
const codes = (snapshot: Snapshot) => snapshot.regions.map((r) => r.code)
const serialize = comparisonSerializerCompiler({ schema: comparison, method: 'GET', url: '/v1/compare/regions', httpStatus: '200' })
/** What fastify-type-provider-zod's own serializer writes: the whole answer checked by zod. */
const zodBytes = (view: unknown) => JSON.stringify(comparison.encode(view as never))

/** The same content as new objects: nothing computed from the old ones can be reused. */
const fresh = (snapshot: Snapshot) => {
  const { version, builtAt, ends, changeId, digest, substanceVersion, substanceDigest, ...content } = snapshot
  return snapshotOf(structuredClone(content), changeId)
}

const start = fixture({
  providers: [
    provider('clinic', '01', '2019-03-01', 'operating', { evidence: '2019-03-01' }),
    provider('clinic-paused', '01', '2022-10-27', 'paused', { supersedes: 'clinic' }),
    provider('clinic-b', '02', '2020-01-01', 'operating'),
  ],
  fees: [fee('clinic-fee', '01', 'clinic', '2019-03-01', 300), fee('fee-b', '02', 'clinic-b', '2020-01-01', 200)],
  referralRules: [selfReferral('self-a', '01', 'clinic', '2019-03-01', 'allowed'), selfReferral('self-b', '02', 'clinic-b', '2020-01-01', 'not_allowed')],
  homeCarePolicies: [
    policy('home-a', '01', 'doctor_home_visit', '2020-01-01', 'offered'),
    policy('home-c', '03', 'nurse_home_visit', '2020-01-01', 'not_offered'),
  ],
  specialistCare: [noClinic('none-c', '03', '2021-05-01')],
})

const renamed = { ...start.providers.find((p) => p.id === 'clinic')!, name: 'Renamed clinic', version: 2 }
// Each write as the snapshot applies it, and what it touches.
const writes: { what: string; changes: SnapshotChanges }[] = [
  { what: 'a status in region 03', changes: { homeCarePolicies: new Map([['home-c', { ...start.homeCarePolicies[1]!, status: 'offered', version: 2 }]]) } },
  { what: 'a new fee in region 02', changes: { fees: new Map([['fee-b2', fee('fee-b2', '02', null, '2021-01-01', 250)]]) } },
  { what: 'a fact left out in region 01', changes: { referralRules: new Map([['self-a', null]]) } },
  {
    what: 'a superseding fact, which ends another',
    changes: { providers: new Map([['clinic-b2', provider('clinic-b2', '02', '2021-06-01', 'closed', { supersedes: 'clinic-b' })]]) },
  },
  { what: 'a provider renamed, whose fee names it', changes: { providers: new Map([['clinic', renamed]]) } },
  {
    what: "an editor's note only",
    changes: { fees: new Map([['fee-b', { ...start.fees[1]!, notes: both('kontrollerad per telefon', 'checked by phone'), version: 2 }]]) },
  },
]

test('after writes, the memoised comparison equals a full render from scratch, and only touched regions are computed again', () => {
  let snapshot = start
  const days = ['2021-06-01', '2023-01-01']
  for (const day of days) comparisonView(snapshot, codes(snapshot), query(day))
  for (const [index, { what, changes }] of writes.entries()) {
    const before = snapshot
    snapshot = withChanges(snapshot, changes, BigInt(index + 1))
    const rebuilt = fresh(snapshot)
    for (const day of days) {
      for (const lang of ['en', 'sv'] as const) {
        const previous = comparisonView(before, codes(before), query(day, lang))
        const memoised = comparisonView(snapshot, codes(snapshot), query(day, lang))
        assert.deepEqual(memoised, comparisonView(rebuilt, codes(rebuilt), query(day, lang)), `${what}, ${day}, ${lang}`)
        assert.deepEqual(coverageView(snapshot, query(day, lang)), coverageView(rebuilt, query(day, lang)), `coverage: ${what}`)
        assert.deepEqual(dimensionView(snapshot, 'specialist_visit_fee', query(day, lang)), dimensionView(rebuilt, 'specialist_visit_fee', query(day, lang)))
        // Each cell as the dimension's rule gives it, without any memo.
        for (const row of memoised.dimensions) {
          for (const cell of row.cells) {
            const direct = dimensions[row.id].cell({ snapshot, regionCode: cell.region.code, query: query(day) })
            assert.equal(cell.summary, direct.summary[lang], `${what}: ${row.id} in ${cell.region.code}`)
            assert.equal(cell.status, direct.status)
            assert.deepEqual(cell.value, direct.value?.[lang] ?? null)
          }
        }
        // The same bytes as zod's serializer, before and after the cells are known to it.
        assert.equal(serialize(memoised), zodBytes(memoised))
        assert.equal(serialize(memoised), zodBytes(memoised))
        // A region none of whose facts changed keeps its cells, the same objects.
        const touched = new Set(
          Object.values(changes)
            .flatMap((changed) => [...changed.keys()])
            .flatMap((id) => {
              const record = [before, snapshot].flatMap((s) => [...s.providers, ...s.fees, ...s.referralRules, ...s.homeCarePolicies]).find((r) => r.id === id)
              return record ? [record.regionCode] : []
            }),
        )
        for (const [index, code] of codes(snapshot).entries()) {
          if (touched.has(code)) continue
          for (const row of memoised.dimensions) {
            assert.equal(row.cells[index], previous.dimensions.find((d) => d.id === row.id)!.cells[index], `${what}: ${code} reused`)
          }
        }
      }
    }
  }
})

test("the comparison serializer writes zod's bytes, and an answer that fails its schema fails as with zod", () => {
  const view = comparisonView(start, codes(start), query('2021-06-01'))
  assert.equal(serialize(view), zodBytes(view))
  assert.deepEqual(JSON.parse(serialize(view)), view)
  const broken = {
    ...view,
    dimensions: view.dimensions.map((d, i) => (i === 3 ? { ...d, cells: d.cells.map((c, j) => (j === 1 ? { ...c, status: 'maybe' } : c)) } : d)),
  }
  assert.throws(() => serialize(broken), /Response doesn't match the schema/)
  assert.throws(() => serialize({ ...view, asOf: 'yesterday' }), /Response doesn't match the schema/)
  // Other answers of the route go through zod's serializer as before.
  const other = comparisonSerializerCompiler({ schema: comparison.shape.regions, method: 'GET', url: '/v1/compare/regions', httpStatus: '200' })
  assert.equal(other(view.regions), JSON.stringify(view.regions))
  assert.equal(dimensionIds.length, view.dimensions.length)
})
