import assert from 'node:assert/strict'
import { test } from 'node:test'
import { type Snapshot, snapshotOf, withChanges } from '../../src/domain/snapshot.js'
import { both, fee, fixture, provider } from './fixture.js'

/** Everything a snapshot serves, without when it was made. */
const served = ({ builtAt: _, ...rest }: Snapshot) => rest
/** The snapshot a full build makes of the same content. */
const rebuilt = (snapshot: Snapshot) => snapshotOf({ ...snapshot }, snapshot.changeId)

test('replacing, adding and leaving out records gives the snapshot a full build of the result would', () => {
  const start = fixture({
    providers: [provider('b-clinic', '01', '2021-01-01', 'operating'), provider('d-clinic', '02', '2021-01-01', 'operating')],
    fees: [fee('b-fee', '01', 'b-clinic', '2021-01-01', 300)],
  })
  const changed = withChanges(
    start,
    {
      providers: new Map([
        ['a-clinic', provider('a-clinic', '01', '2022-01-01', 'planned')],
        ['c-clinic', provider('c-clinic', '03', '2022-01-01', 'operating')],
        ['z-clinic', provider('z-clinic', '03', '2022-01-01', 'operating')],
        ['d-clinic', null],
        ['b-clinic', { ...provider('b-clinic', '01', '2021-01-01', 'closed'), version: 2 }],
      ]),
    },
    7n,
  )
  assert.deepEqual(
    changed.providers.map((p) => p.id),
    ['a-clinic', 'b-clinic', 'c-clinic', 'z-clinic'],
  )
  assert.equal(changed.changeId, 7n)
  assert.equal(changed.fees, start.fees, 'kinds that did not change are shared')
  assert.deepEqual(served(changed), served(rebuilt(changed)))
  assert.notEqual(changed.version, start.version)
  // Undoing the changes gives the first version back: the version is a hash of the content.
  const undone = withChanges(
    changed,
    {
      providers: new Map([
        ['a-clinic', null],
        ['c-clinic', null],
        ['z-clinic', null],
        ['d-clinic', provider('d-clinic', '02', '2021-01-01', 'operating')],
        ['b-clinic', provider('b-clinic', '01', '2021-01-01', 'operating')],
      ]),
    },
    8n,
  )
  assert.equal(undone.version, start.version)
  assert.deepEqual({ ...served(undone), changeId: 0n }, served(start))
})

test('a change of period or supersession moves when facts end; a note does not', () => {
  const start = fixture({
    providers: [provider('old-clinic', '01', '2020-01-01', 'operating'), provider('new-clinic', '01', '2023-01-01', 'operating')],
  })
  assert.equal(start.ends.providers.get('old-clinic'), null)
  const successor = provider('new-clinic', '01', '2023-01-01', 'operating', { supersedes: 'old-clinic' })
  const superseded = withChanges(start, { providers: new Map([['new-clinic', successor]]) }, 1n)
  assert.equal(superseded.ends.providers.get('old-clinic'), '2022-12-31')
  assert.deepEqual(served(superseded), served(rebuilt(superseded)))
  const noted = withChanges(
    superseded,
    { providers: new Map([['old-clinic', { ...superseded.providers[1]!, notes: both('kontrollerad per telefon', 'checked by phone') }]]) },
    2n,
  )
  assert.equal(noted.ends.providers, superseded.ends.providers, 'the same ends, not computed again')
  assert.notEqual(noted.version, superseded.version)
  assert.equal(noted.substanceVersion, superseded.substanceVersion, 'a note is bookkeeping: the substance is the same')
  assert.deepEqual(served(noted), served(rebuilt(noted)))
})

test('records are kept in id order whatever order they come in', () => {
  const start = fixture({ fees: [fee('b', '01', null, '2021-01-01', 1), fee('a', '01', null, '2021-01-01', 2)] })
  assert.deepEqual(
    start.fees.map((f) => f.id),
    ['a', 'b'],
  )
})
