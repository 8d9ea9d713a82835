import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parse } from 'csv-parse/sync'
import { addMonths, asOfDay, dayBefore, endsOf } from '../../src/domain/as-of.js'
import { citationText, toCsv } from '../../src/domain/csv.js'
import { etagOf, gzipEtag, plainEtag } from '../../src/domain/etags.js'
import { mergePatch } from '../../src/domain/merge-patch.js'
import { nextLink, paginate } from '../../src/domain/paginate.js'
import { localizeCitation } from '../../src/domain/localize.js'
import { cite } from './fixture.js'

const dated = (id: string, validFrom: string, validTo: string | null = null, supersedes: string | null = null) => ({ id, validFrom, validTo, supersedes })

test('dates: the day before, months later (clamped to the month\'s end)', () => {
  assert.equal(dayBefore('2021-03-01'), '2021-02-28')
  assert.equal(dayBefore('2024-01-01'), '2023-12-31')
  assert.equal(addMonths('2019-03-01', 24), '2021-03-01')
  assert.equal(addMonths('2024-01-31', 1), '2024-02-29')
})

test('as-of selection: current, ended (latest first), and later facts left out', () => {
  const facts = [dated('a', '2019-01-01', '2019-12-31'), dated('b', '2020-01-01'), dated('c', '2021-06-01', null, 'b'), dated('d', '2030-01-01')]
  assert.deepEqual([...endsOf(facts)], [['a', '2019-12-31'], ['b', '2021-05-31'], ['c', null], ['d', null]])
  const mid = asOfDay(facts, '2020-06-01')
  assert.deepEqual(mid.current.map((f) => f.id), ['b'])
  assert.deepEqual(mid.ended.map((e) => e.fact.id), ['a'])
  const later = asOfDay(facts, '2022-01-01')
  assert.deepEqual(later.current.map((f) => f.id), ['c'])
  assert.deepEqual(later.ended.map((e) => [e.fact.id, e.end]), [['b', '2021-05-31'], ['a', '2019-12-31']])
  assert.ok(!later.current.some((f) => f.id === 'd') && !later.ended.some((e) => e.fact.id === 'd'))
  // A stated end earlier than the superseding fact's start wins.
  assert.equal(endsOf([dated('x', '2020-01-01', '2020-03-01'), dated('y', '2020-06-01', null, 'x')]).get('x'), '2020-03-01')
})

test('pagination: a page, its total, and a next link that keeps the other parameters', () => {
  const items = Array.from({ length: 7 }, (_, i) => i)
  const first = paginate(items, { limit: 3, offset: 0 }, '/v1/fees?region=14&limit=3')
  assert.deepEqual(first.items, [0, 1, 2])
  assert.deepEqual(first.page, { total: 7, limit: 3, offset: 0, cursor: null, next: '/v1/fees?region=14&limit=3&offset=3', prev: null })
  assert.equal(paginate(items, { limit: 3, offset: 6 }, '/v1/fees').page.next, null)
  assert.equal(paginate(items, { limit: 3, offset: 6 }, '/v1/fees').page.prev, '/v1/fees?offset=3&limit=3')
  assert.equal(nextLink('/v1/changes?since=4&limit=2', { since: '9' }), '/v1/changes?since=9&limit=2')
})

test('merge patch (RFC 7396): fields replace, null clears, objects merge, arrays replace', () => {
  const target = { a: 1, b: { c: 2, d: 3 }, list: [1, 2] }
  assert.deepEqual(mergePatch(target, { a: 5, b: { c: null }, list: [3] }), { a: 5, b: { c: null, d: 3 }, list: [3] })
  assert.deepEqual(mergePatch(target, {}), target)
  assert.equal(mergePatch(target, 'x'), 'x')
})

test('CSV: a BOM, one header row, lists joined, citations with the source\'s title, publisher and date', () => {
  const csv = toCsv([{ name: 'Å', tags: ['a', 'b'], ok: true, citations: [localizeCitation(cite('2021-03-31'), 'sv')] }], undefined, 'comma', 'sv')
  assert.ok(csv.startsWith('\uFEFF'))
  const [row] = parse(csv, { bom: true, columns: true }) as Record<string, string>[]
  assert.deepEqual(row, {
    name: 'Å',
    tags: 'a; b',
    ok: 'true',
    citations: 'vad sidan säger (Sida från 2021-03-31, Region A, 2021-03-31, första stycket, https://example.org/page)',
  })
  assert.match(
    citationText({ ...localizeCitation(cite('2022-09-11'), 'sv'), kind: 'quote', quote: 'Ett citat.', reference: null, sourceDateKind: 'not_before' }, 'sv'),
    /^"Ett citat\." \(.*tidigast 2022-09-11/,
  )
})

test('ETags: per record and version; the gzip tag names the same version', () => {
  const tag = etagOf('fees', 'a-fee', 3)
  assert.match(tag, /^"[\w-]{10}-v3"$/)
  assert.notEqual(etagOf('fees', 'a-fee', 4), tag)
  assert.notEqual(etagOf('providers', 'a-fee', 3), tag)
  assert.equal(plainEtag(gzipEtag(tag)), tag)
  // A read in one language is its own representation; any of them names the version for If-Match.
  const swedish = etagOf('fees', 'a-fee', 3, 'sv')
  assert.notEqual(swedish, etagOf('fees', 'a-fee', 3, 'en'))
  assert.equal(plainEtag(gzipEtag(swedish)), tag)
})
