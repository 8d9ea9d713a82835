import assert from 'node:assert/strict'
import { test } from 'node:test'
import { compareRegions, rowMarks } from '../../src/domain/compare.js'
import { type Cell, type CompareQuery, dimensions } from '../../src/domain/dimensions.js'
import type { Snapshot } from '../../src/domain/snapshot.js'
import { dimensionIds } from '../../src/schemas/labels.js'
import { fee, fixture, noClinic, policy, provider, selfReferral } from './fixture.js'

const query = (asOf: string, staleAfterMonths = 24): CompareQuery => ({ condition: 'me-cfs', asOf, staleAfterMonths })
const cellOf = (snapshot: Snapshot, dimension: keyof typeof dimensions, region: string, asOf: string, staleAfterMonths?: number): Cell =>
  dimensions[dimension].cell({ snapshot, regionCode: region, query: query(asOf, staleAfterMonths) })

// A clinic that opened in 2019, stopped taking referrals in 2022 (a later fact supersedes it), and its fee.
const history = fixture({
  providers: [
    provider('clinic', '01', '2019-03-01', 'operating', { evidence: '2019-03-01' }),
    provider('clinic-paused', '01', '2022-10-27', 'paused', { supersedes: 'clinic' }),
    provider('conference', '02', '2020-01-01', 'operating', { kind: 'multidisciplinary_conference' }),
  ],
  fees: [fee('clinic-fee', '01', 'clinic', '2019-03-01', 300, { validTo: '2020-12-31' })],
  specialistCare: [noClinic('b-none', '02', '2021-05-01')],
})

test('every dimension has a rule, a label in both languages, and gives a summary in both', () => {
  for (const id of dimensionIds) {
    assert.ok(dimensions[id].label.en && dimensions[id].label.sv, id)
    for (const region of ['01', '02', '03']) {
      const cell = cellOf(history, id, region, '2021-06-01')
      assert.ok(cell.summary.en.length > 0 && cell.summary.sv.length > 0, `${id} ${region}`)
    }
  }
})

test('a fact holds from validFrom; a superseding fact ends it the day before it starts', () => {
  assert.equal(cellOf(history, 'specialist_provider', '01', '2019-02-28').status, 'unknown')
  assert.equal(cellOf(history, 'specialist_provider', '01', '2019-03-01').status, 'yes')
  assert.equal(cellOf(history, 'specialist_provider', '01', '2022-10-26').status, 'yes')
  const paused = cellOf(history, 'specialist_provider', '01', '2022-10-27')
  assert.equal(paused.status, 'no')
  assert.match(paused.summary.en, /takes no new referrals/)
  assert.match(paused.summary.sv, /tar inte emot nya remisser/)
})

test('a hint names only facts that ended before the date, with their citations; a later fact is never mentioned', () => {
  const before = cellOf(history, 'specialist_visit_fee', '01', '2018-01-01')
  assert.equal(before.status, 'unknown')
  assert.doesNotMatch(before.summary.en, /300|Last known/, 'a fee that starts later is not mentioned')
  assert.deepEqual(before.citations, [])
  const after = cellOf(history, 'specialist_visit_fee', '01', '2021-06-01')
  assert.equal(after.status, 'unknown')
  assert.match(after.summary.en, /Last known: 300 SEK at Clinic clinic, until 2020-12-31/)
  assert.match(after.summary.sv, /Senast kända: 300 kr hos Clinic clinic, till och med 2020-12-31/)
  assert.deepEqual(after.factIds, ['clinic-fee'])
  assert.equal(after.citations.length, 1)
})

test('a clinic\'s own fee comes before the region\'s general fee; the value is the first stated amount', () => {
  const fees = fixture({
    providers: [provider('clinic', '01', '2019-03-01', 'operating')],
    fees: [
      // Ids sort the region's fee first: the order is the rule's, not the ids'.
      fee('a-region-fee', '01', null, '2019-01-01', 250, { evidence: '2019-01-01' }),
      { ...fee('clinic-fee', '01', 'clinic', '2019-03-01', 0), amountSek: null, countsTowardHighCostCeiling: null },
    ],
  })
  const cell = cellOf(fees, 'specialist_visit_fee', '01', '2019-06-01')
  assert.deepEqual([cell.status, cell.value, cell.factIds], ['yes', 250, ['clinic-fee', 'a-region-fee']])
  assert.equal(
    cell.summary.en,
    'A fee is charged per specialist visit; the amount is not stated at Clinic clinic; ' +
      "250 SEK per specialist visit (the region's general fee for a visit to a specialist doctor)",
  )
  assert.match(cell.summary.sv, /^Avgift tas per specialistbesök; beloppet anges inte hos Clinic clinic; 250 kr per specialistbesök \(regionens allmänna/)
  // The clinic's page does not say whether its fee counts toward the ceiling: the region's fee answers.
  assert.deepEqual(cellOf(fees, 'high_cost_ceiling', '01', '2019-06-01').factIds, ['a-region-fee'])
  // Before the clinic's fee, the region's fee alone.
  assert.deepEqual(cellOf(fees, 'specialist_visit_fee', '01', '2019-02-01').factIds, ['a-region-fee'])
})

test('a cell is stale when its newest evidence is older than the horizon, and says when it was last confirmed', () => {
  const fresh = cellOf(history, 'specialist_provider', '01', '2021-03-01')
  assert.equal(fresh.stale, false)
  assert.equal(fresh.evidenceDate, '2019-03-01')
  const stale = cellOf(history, 'specialist_provider', '01', '2021-03-02')
  assert.equal(stale.stale, true)
  assert.equal(stale.status, 'yes', 'stale is not unknown: the last answer still shows')
  assert.match(stale.summary.en, /Last confirmed by a source dated 2019-03-01/)
  assert.match(stale.summary.sv, /Senast bekräftat av en källa daterad 2019-03-01/)
  assert.equal(cellOf(history, 'specialist_provider', '01', '2021-03-02', 36).stale, false, 'the horizon is configurable')
})

test('a conference of consultants is not a specialist clinic; a source saying there is none makes it "no"', () => {
  assert.equal(cellOf(history, 'specialist_provider', '02', '2020-06-01').status, 'unknown')
  const none = cellOf(history, 'specialist_provider', '02', '2021-06-01')
  assert.equal(none.status, 'no')
  assert.deepEqual(none.factIds, ['b-none'])
})

test('sources that disagree are both cited and the cell says so', () => {
  const snapshot = fixture({
    providers: [provider('clinic', '01', '2020-01-01', 'operating')],
    referralRules: [selfReferral('yes', '01', 'clinic', '2020-01-01', 'allowed'), selfReferral('no', '01', 'clinic', '2020-06-01', 'not_allowed')],
  })
  const cell = cellOf(snapshot, 'self_referral', '01', '2020-07-01')
  assert.equal(cell.sourcesDisagree, true)
  assert.deepEqual(cell.factIds.sort(), ['no', 'yes'])
  assert.match(cell.summary.en, /The sources disagree/)
  assert.equal(cellOf(snapshot, 'self_referral', '01', '2020-03-01').sourcesDisagree, false)
})

test('home-care policies: a proposal and interview accounts say what they rest on', () => {
  const snapshot = fixture({
    homeCarePolicies: [
      policy('doctor', '01', 'doctor_home_visit', '2024-11-13', 'unknown', { basis: 'proposal' }),
      policy('ot', '01', 'occupational_therapist_home_visit', '2024-11-13', 'municipal_responsibility', { basis: 'proposal' }),
    ],
  })
  const doctor = cellOf(snapshot, 'doctor_home_visit', '01', '2025-01-01')
  assert.equal(doctor.status, 'unknown')
  assert.match(doctor.summary.en, /not known whether it is offered \(in a proposal, not a decision\)/i)
  assert.equal(doctor.citations.length, 1, 'a known unknown is cited')
  const ot = cellOf(snapshot, 'occupational_therapist_home_visit', '01', '2025-01-01')
  assert.equal(ot.status, 'municipal_responsibility')
  assert.match(ot.summary.sv, /kommunernas ansvar/i)
})

test('differs only where two regions have known, different values; partly known is reported apart', () => {
  const cell = (status: Cell['status'], value: Cell['value']) => ({ status, value }) as Cell
  assert.deepEqual(rowMarks([cell('yes', 300), cell('unknown', null)]), { differs: false, partlyKnown: true })
  assert.deepEqual(rowMarks([cell('yes', 300), cell('yes', 200)]), { differs: true, partlyKnown: false })
  assert.deepEqual(rowMarks([cell('unknown', null), cell('unknown', null)]), { differs: false, partlyKnown: false })
  const { rows } = compareRegions(history, ['01', '02', '03'], query('2021-06-01'))
  const provider = rows.find((r) => r.id === 'specialist_provider')!
  assert.equal(provider.differs, true, 'yes in 01, no in 02')
  assert.equal(provider.partlyKnown, true, 'unknown in 03')
})
