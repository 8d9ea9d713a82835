// Spreadsheet formulas in CSV answers: every field is quoted, and text a spreadsheet would run is
// prefixed with an apostrophe, in comma and in semicolon files, also when a spreadsheet splits
// the file on the other delimiter.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parse } from 'csv-parse/sync'
import { type CsvDelimiter, csvDelimiters, toCsv } from '../../src/domain/csv.js'
import { localizeCitation } from '../../src/domain/localize.js'
import { cite } from './fixture.js'

/** Cells a spreadsheet would run as a formula, each with what it must come out as. */
const cases: [string, unknown, string][] = [
  ['equals', '=1+1', "'=1+1"],
  ['plus', '+1+1', "'+1+1"],
  ['minus', '-1+1', "'-1+1"],
  ['at', '@SUM(1)', "'@SUM(1)"],
  ['tab', '\t=1+1', "'\t=1+1"],
  ['carriage return', '\r=1+1', "'\r=1+1"],
  ['line feed', '\n=1+1', "'\n=1+1"],
  ['a leading line feed before text', '\nnote', "'\nnote"],
  ['leading spaces', '  =1+1', "'  =1+1"],
  ['a leading no-break space', '\u00a0=1+1', "'\u00a0=1+1"],
  ['full-width equals', '＝1+1', "'＝1+1"],
  ['full-width plus', '＋1', "'＋1"],
  ['full-width minus', '－1', "'－1"],
  ['full-width at', '＠SUM(1)', "'＠SUM(1)"],
  ['a formula behind a semicolon', 'Se not;=1+1;@SUM(1)', 'Se not;=1+1;@SUM(1)'],
  ['a formula behind a comma', 'Se not,=1+1,@SUM(1)', 'Se not,=1+1,@SUM(1)'],
  ['a list starting with a formula', ['=1+1', 'b'], "'=1+1; b"],
  ['an object', { '=a': 1 }, '{"=a":1}'],
  ['a citation list', [{ ...localizeCitation(cite('2021-03-31'), 'en'), reference: '=HYPERLINK("https://example.org")' }],
    "'=HYPERLINK(\"https://example.org\") (Sida från 2021-03-31, Region A, 2021-03-31, första stycket, https://example.org/page)"],
]

const formulaStart = /^[\s]*[=+\-@＝＋－＠]/
const other = (delimiter: CsvDelimiter): CsvDelimiter => (delimiter === 'comma' ? 'semicolon' : 'comma')

for (const delimiter of ['comma', 'semicolon'] as const) {
  for (const [name, value, expected] of cases) {
    test(`CSV (${delimiter}): ${name}`, () => {
      // The risky cell first: a spreadsheet that splits on the other delimiter starts there.
      const columns = ['note', 'id', 'amount', 'empty', 'ok']
      const csv = toCsv([{ id: 'a', note: value, amount: -5, empty: null, ok: false }], columns, delimiter)
      const separator = csvDelimiters[delimiter]

      // Read with its own delimiter: the same cells, the risky one neutralised.
      const [header, row] = parse(csv, { bom: true, delimiter: separator }) as string[][]
      assert.deepEqual(header, columns)
      assert.deepEqual(row, [expected, 'a', '-5', '', 'false'])

      // Every field is quoted, empty ones too.
      const field = '"(?:[^"]|"")*"'
      assert.match(csv, new RegExp(`^\uFEFF(?:${field}(?:${separator}${field})*\r\n)+$`))

      // Read by a spreadsheet that splits on the other delimiter: no cell starts a formula.
      const misread = parse(csv, { bom: true, delimiter: csvDelimiters[other(delimiter)], relax_quotes: true, relax_column_count: true }) as string[][]
      for (const cell of misread.flat()) assert.doesNotMatch(cell, formulaStart, JSON.stringify(cell))
    })
  }
}

test('CSV: text that only looks risky stays as it is', () => {
  const csv = toCsv([{ a: ' plain', b: 'e-mail', c: 'a=b' }], undefined, 'semicolon')
  const [, row] = parse(csv, { bom: true, delimiter: ';' }) as string[][]
  assert.deepEqual(row, [' plain', 'e-mail', 'a=b'])
})

test('CSV: header cells are neutralised too (wide layouts name columns after data)', () => {
  const csv = toCsv([{ '=region': 'x' }])
  const [header] = parse(csv, { bom: true }) as string[][]
  assert.deepEqual(header, ["'=region"])
})
