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
  await assert.rejects(readCuratedFiles(unflagged), /note: a secondary source/)
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
    Object.assign(citation, { kind: 'reference', quote: null, reference: 'The fee is 300 kronor.' })
  })
  await assert.rejects(check(referencedDocument), /a reference needs a web page with a URL/)
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
