import assert from 'node:assert/strict'
import { test, type TestContext } from 'node:test'
import { createDatabaseClient } from '../../src/db/client.js'
import { applyMigrations } from '../../src/db/migrate.js'
import { DataFileError, readCuratedFiles, readReferenceData } from '../../src/data/files.js'
import { loadDataset } from '../../src/data/load.js'
import type { CuratedFile } from '../../src/schemas/curated.js'
import { factKindIds, factKinds } from '../../src/schemas/fact-kinds.js'
import { testPool } from '../helpers/build.js'
import { testDatabase } from '../helpers/database.js'
import { curatedCopy } from '../helpers/curated.js'
import { dumpDatabase } from '../helpers/dump.js'

async function migratedDatabase(t: TestContext) {
  const url = await testDatabase(t, { empty: true })
  await applyMigrations(url)
  const { prisma, close } = createDatabaseClient(url, testPool)
  t.after(close)
  return { url, prisma }
}

test('the dataset loads reference data and every curated fact', async (t) => {
  const { prisma } = await migratedDatabase(t)
  const files = await readCuratedFiles()
  const result = await loadDataset(prisma)
  assert.deepEqual(result.loaded, files.map((f) => f.name))

  assert.equal(await prisma.region.count(), 21)
  assert.equal(await prisma.municipality.count(), 290)
  const sources = files.reduce((n, f) => n + f.data.sources.length, 0)
  assert.equal(await prisma.source.count(), sources)
  for (const kind of factKindIds) {
    const rows = await prisma.$queryRawUnsafe<[{ n: bigint }]>(`SELECT count(*) AS n FROM "${factKinds[kind].table}"`)
    assert.equal(Number(rows[0].n), files.reduce((n, f) => n + f.data[kind].length, 0), kind)
  }
  const factsOf = (data: CuratedFile) => factKindIds.flatMap((kind) => data[kind] as { citations: unknown[] }[])
  const citations = files.reduce((n, f) => n + factsOf(f.data).reduce((m, fact) => m + fact.citations.length, 0), 0)
  assert.equal(await prisma.citation.count(), citations)
  const confirmations = files.reduce((n, f) => n + f.data.confirmations.length, 0)
  assert.ok(confirmations > 0)
  assert.equal(await prisma.confirmation.count(), confirmations)
  // Sync from zero: every source, fact and confirmation was created in the change log by its file.
  const facts = files.reduce((n, f) => n + factsOf(f.data).length, 0)
  const changes = await prisma.change.findMany()
  assert.equal(changes.length, sources + facts + confirmations)
  assert.equal(changes.filter((c) => c.resource === 'confirmations').length, confirmations)
  assert.ok(changes.every((c) => c.action === 'create' && files.some((f) => c.actor === `curated:${f.name}`)))
})

test('loading twice changes nothing', async (t) => {
  const { url, prisma } = await migratedDatabase(t)
  await loadDataset(prisma)
  const before = await dumpDatabase(url)
  const second = await loadDataset(prisma)
  assert.deepEqual(second.loaded, [])
  assert.deepEqual(await dumpDatabase(url), before)
})

test('a changed file is reloaded, and only that file', async (t) => {
  const { prisma } = await migratedDatabase(t)
  await loadDataset(prisma)
  const dir = await curatedCopy((files) => {
    const vgr = [...files.values()].find((f) => f.fees?.length > 0)!
    vgr.fees[0].notes = { sv: 'Ändrad i ett test.', en: 'Edited in a test.' }
  })
  const changesBefore = await prisma.change.count()
  const result = await loadDataset(prisma, { files: await readCuratedFiles(dir) })
  assert.equal(result.loaded.length, 1)
  const fee = await prisma.fee.findFirstOrThrow({ where: { notes: { path: ['en'], equals: 'Edited in a test.' } } })
  assert.equal(fee.version, 2)
  // The changed record, and only it, has a new version in the change log, by its file.
  const changes = await prisma.change.findMany({ where: { id: { gt: BigInt(changesBefore) } } })
  assert.deepEqual(changes.map((c) => [c.resource, c.recordId, c.action, c.actor]), [['fees', fee.id, 'update', `curated:${result.loaded[0]}`]])
})

test('every fact in the loaded dataset has at least one citation with a quote and a source', async (t) => {
  const { prisma } = await migratedDatabase(t)
  await loadDataset(prisma)
  const uncited = await prisma.$queryRaw<{ kind: string; id: string }[]>`
    SELECT 'provider' AS kind, id FROM providers p WHERE NOT EXISTS (SELECT 1 FROM citations c WHERE c.provider_id = p.id)
    UNION ALL SELECT 'fee', id FROM fees f WHERE NOT EXISTS (SELECT 1 FROM citations c WHERE c.fee_id = f.id)
    UNION ALL SELECT 'referral rule', id FROM referral_rules r WHERE NOT EXISTS (SELECT 1 FROM citations c WHERE c.referral_rule_id = r.id)
    UNION ALL SELECT 'home-care policy', id FROM home_care_policies h WHERE NOT EXISTS (SELECT 1 FROM citations c WHERE c.home_care_policy_id = h.id)
    UNION ALL SELECT 'decision', id FROM decisions d WHERE NOT EXISTS (SELECT 1 FROM citations c WHERE c.decision_id = d.id)`
  assert.deepEqual(uncited, [])
  const facts = (await prisma.provider.count()) + (await prisma.fee.count()) + (await prisma.referralRule.count()) +
    (await prisma.homeCarePolicy.count()) + (await prisma.decision.count())
  assert.ok(facts >= 20, `expected the curated facts, found ${facts}`)
})

test('a file that fails validation names the file, the record and the field', async () => {
  const dir = await curatedCopy((files) => {
    const withProvider = [...files.entries()].find(([, f]) => f.providers?.length > 0)!
    withProvider[1].providers[0].validFrom = '2030-01-01'
    withProvider[1].providers[0].validTo = '2020-01-01'
  })
  await assert.rejects(readCuratedFiles(dir), (error: Error) => {
    assert.ok(error instanceof DataFileError)
    assert.match(error.message, /\.yaml: record providers\[0\] \(id "[a-z0-9-]+"\), field validTo: validTo must not be before validFrom/)
    return true
  })
})

test('unknown fields and references are rejected before anything is written', async (t) => {
  const { url, prisma } = await migratedDatabase(t)
  const extraField = await curatedCopy((files) => {
    ;[...files.values()][0]!.sources[0].secret = 'mass assignment'
  })
  await assert.rejects(readCuratedFiles(extraField), /record sources\[0\] \(id "[a-z0-9-]+"\), field \(record\): Unrecognized key: "secret"/)

  const badRegion = await curatedCopy((files) => {
    const withFee = [...files.values()].find((f) => f.fees?.length > 0)!
    withFee.fees[0].regionCode = '99'
  })
  const before = await dumpDatabase(url)
  await assert.rejects(
    loadDataset(prisma, { files: await readCuratedFiles(badRegion) }),
    /record fees\[0\] \(id "[a-z0-9-]+"\), field regionCode: unknown region code "99"/,
  )
  assert.deepEqual(await dumpDatabase(url), before)
})

test('a load that fails in the database leaves nothing half-loaded', async (t) => {
  const { url, prisma } = await migratedDatabase(t)
  const before = await dumpDatabase(url)
  const reference = await readReferenceData()
  // Passes the schemas, but the database refuses it: 0999 is not in region 01.
  reference.municipalities.push({ code: '0999', name: 'Nowhere', regionCode: '01' })
  await assert.rejects(loadDataset(prisma, { reference }))
  assert.deepEqual(await dumpDatabase(url), before)
  assert.equal(await prisma.region.count(), 0)
})
