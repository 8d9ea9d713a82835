import assert from 'node:assert/strict'
import { test } from 'node:test'
import { checkReferences, readCuratedFiles, readReferenceData } from '../../src/data/files.js'
import { dataReport } from '../../src/data/report.js'
import { locatorFound } from '../../src/data/verify.js'
import { curatedCopy } from '../helpers/curated.js'

const check = async (dir: string) => checkReferences(await readCuratedFiles(dir), await readReferenceData())
const fileWith = (files: Map<string, Record<string, any>>, id: string) => [...files.values()].find((f) => f.sources.some((s: { id: string }) => s.id === id))!

test('the curated data passes every rule', async () => {
  checkReferences(await readCuratedFiles(), await readReferenceData())
})

test('a fact may not hold before its evidence, unless a source states its start', async () => {
  const early = await curatedCopy((files) => {
    fileWith(files, 'orebro-2024-motion-hemsjukvard-me').providers[0].validFrom = '2024-01-01'
  })
  await assert.rejects(
    check(early),
    /orebro-mdk-kms.*validFrom: 2024-01-01 is before the earliest cited source \(2024-11-13\) and no citation supports validFrom/,
  )
  // The RME study is undated but written after September 2022: its facts cannot hold before.
  const undated = await curatedCopy((files) => {
    fileWith(files, 'rme-stockholm-bistandshandlaggare').homeCarePolicies[0].validFrom = '2022-01-01'
  })
  await assert.rejects(check(undated), /before the earliest cited source \(2022-09-11\)/)
})

test('a source has a date or a "not before" with its reason; a secondary source says why it is used', async () => {
  const undated = await curatedCopy((files) => {
    const source = fileWith(files, 'rme-stockholm-bistandshandlaggare').sources[0]
    source.dateNote = null
  })
  await assert.rejects(readCuratedFiles(undated), /notBefore: a source has publishedOn or updatedOn, or notBefore with a dateNote/)
  const unflagged = await curatedCopy((files) => {
    fileWith(files, 'rme-stockholm-bistandshandlaggare').sources[0].note = null
  })
  await assert.rejects(readCuratedFiles(unflagged), /note: a secondary or weak source says in `note` why/)
  // A source's strength fits its publisher: a news page is never primary, a region's page always is.
  const overstated = await curatedCopy((files) => {
    fileWith(files, 'rme-stockholm-bistandshandlaggare').sources[0].strength = 'primary'
  })
  await assert.rejects(readCuratedFiles(overstated), /strength: a source published by patient_association is secondary or weak/)
})

test('quotes only from documents the project holds; references only to web pages', async () => {
  const quotedPage = await curatedCopy((files) => {
    const vgr = fileWith(files, 'vgr-2021-smarthjalpen-me')
    vgr.sources[0].fileName = null
    vgr.sources[0].url = 'https://www.vgregion.se/example'
  })
  await assert.rejects(check(quotedPage), /a quote needs a document the project holds/)
  const referencedDocument = await curatedCopy((files) => {
    const citation = fileWith(files, 'vgr-2021-smarthjalpen-me').fees[0].citations[0]
    Object.assign(citation, { kind: 'reference', quote: null, reference: { sv: 'Avgiften är 300 kronor.', en: 'The fee is 300 kronor.' } })
  })
  await assert.rejects(check(referencedDocument), /a reference needs a web page with a URL/)
})

test('every text is in Swedish and English: one language alone is refused, naming the field', async () => {
  const english = await curatedCopy((files) => {
    fileWith(files, 'vgr-2021-smarthjalpen-me').providers[0].description = 'A clinic.'
  })
  await assert.rejects(readCuratedFiles(english), /providers\[0\].*field description: Invalid input: expected object, received string/)
  const swedishMissing = await curatedCopy((files) => {
    fileWith(files, 'vgr-2021-smarthjalpen-me').providers[0].description = { en: 'A clinic.' }
  })
  await assert.rejects(readCuratedFiles(swedishMissing), /field description\.sv/)
})

test('confirmations name a fact and a source that exist, no earlier than the source and within the fact\'s period, once', async () => {
  const fees = (files: Map<string, Record<string, any>>) => [...files.values()].find((f) => (f.confirmations ?? []).length > 0)!
  const first = (files: Map<string, Record<string, any>>) => fees(files).confirmations[0]
  const unknownFact = await curatedCopy((files) => {
    first(files).factId = 'no-such-fact'
  })
  await assert.rejects(check(unknownFact), /confirmations\[0\].*field factId: unknown/)
  const tooEarly = await curatedCopy((files) => {
    first(files).checkedOn = '2000-01-01'
  })
  await assert.rejects(check(tooEarly), /field checkedOn: 2000-01-01 is before the source's own date/)
  const twice = await curatedCopy((files) => {
    const file = fees(files)
    file.confirmations.push({ ...file.confirmations[0] })
  })
  await assert.rejects(check(twice), /the same confirmation is recorded twice/)
})

test('locators name places the text has: headings and page markers', () => {
  const text = 'Förslag till beslut att avslå 3 (3) Sammanfattning'
  assert.ok(locatorFound('Förslag till beslut', text))
  assert.ok(locatorFound('s. 3, Sammanfattning', text))
  assert.ok(!locatorFound('s. 1', text))
  assert.ok(!locatorFound('Patientavgift', text))
})

test('data:report lists every source and every fact with its citations', async () => {
  const files = await readCuratedFiles()
  const report = dataReport(files)
  for (const { data } of files) {
    for (const source of data.sources) assert.ok(report.includes(`\`${source.id}\``), source.id)
    for (const fact of data.providers) assert.ok(report.includes(`\`${fact.id}\``), fact.id)
  }
  assert.match(report, /“Patientavgiften ingår i högkostnadsskyddet\.”/)
})
