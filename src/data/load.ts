import type { Db, TransactionClient } from '../db/client.js'
import type { PrismaClient } from '../db/client.js'
import { canonicalJson } from '../domain/merge-patch.js'
import { recordConfirmation } from '../repositories/confirmations.js'
import { loadFacts, saveFact } from '../repositories/facts.js'
import { loadSources, saveSource } from '../repositories/sources.js'
import { logChange, type WritableResource, writableOf } from '../repositories/writes.js'
import type { CitationInput } from '../schemas/common.js'
import { type FactInputOf, saveOrder } from '../schemas/fact-kinds.js'
import { checkReferences, citedSourceId, type LoadedCuratedFile, readCuratedFiles, readReferenceData, type ReferenceData } from './files.js'

export interface LoadResult {
  /** Curated files written (new or changed since their last load). */
  loaded: string[]
  /** Curated files already loaded with the same content. */
  unchanged: string[]
}

// Serialises loads from several instances starting at once.
const LOAD_LOCK_ID = 4_711_001

const recordsOf = async (db: Db, resource: Exclude<WritableResource, 'citations'>) =>
  new Map<string, Record<string, unknown>>((resource === 'sources' ? await loadSources(db) : await loadFacts(db, resource)).map((r) => [r.id, r]))

/**
 * Saves the records of changed files that differ from what is stored, and
 * logs each as a version made by its file ("curated:<file>"), so the change
 * feed replays the whole dataset from the start and no history is empty.
 */
async function saveVersions<T>(
  tx: TransactionClient,
  resource: Exclude<WritableResource, 'citations'>,
  records: { file: string; id: string; input: T }[],
  save: (db: Db, id: string, input: T) => Promise<void>,
) {
  const before = await recordsOf(tx, resource)
  const saved = []
  for (const record of records) {
    const stored = before.get(record.id)
    if (stored && canonicalJson(writableOf(resource, stored)) === canonicalJson(record.input)) continue
    await save(tx, record.id, record.input)
    saved.push(record)
  }
  if (saved.length === 0) return
  const after = await recordsOf(tx, resource)
  for (const { file, id } of saved) {
    const old = before.get(id)
    await logChange(tx, resource, id, old ? 'update' : 'create', { name: `curated:${file}`, displayName: `curated:${file}` }, old, after.get(id))
  }
}

/**
 * Loads reference data and curated files in one transaction: all or nothing.
 * A curated file whose content was already loaded is skipped, so loading twice
 * changes nothing and editors' later changes survive a restart.
 */
export async function loadDataset(
  prisma: PrismaClient,
  options: { reference?: ReferenceData; files?: LoadedCuratedFile[] } = {},
): Promise<LoadResult> {
  const reference = options.reference ?? (await readReferenceData())
  const files = options.files ?? (await readCuratedFiles())
  checkReferences(files, reference)

  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LOAD_LOCK_ID})`
      // Reference data: insert what is missing, correct what differs, touch nothing else.
      for (const r of reference.regions) {
        await tx.$executeRaw`INSERT INTO regions (code, name, county) VALUES (${r.code}, ${r.name}, ${r.county})
          ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, county = EXCLUDED.county
          WHERE (regions.name, regions.county) IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.county)`
      }
      for (const m of reference.municipalities) {
        await tx.$executeRaw`INSERT INTO municipalities (code, name, region_code) VALUES (${m.code}, ${m.name}, ${m.regionCode})
          ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, region_code = EXCLUDED.region_code
          WHERE (municipalities.name, municipalities.region_code) IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.region_code)`
      }
      for (const c of reference.conditions) {
        await tx.$executeRaw`INSERT INTO conditions (id, name, name_sv) VALUES (${c.id}, ${c.name}, ${c.nameSv})
          ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, name_sv = EXCLUDED.name_sv
          WHERE (conditions.name, conditions.name_sv) IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.name_sv)`
      }

      const known = new Map((await tx.curatedFile.findMany()).map((f) => [f.name, f.contentHash]))
      const changed = files.filter((file) => known.get(file.name) !== file.contentHash)
      // Sources first: a fact in one file may cite another file's source.
      const sources = changed.flatMap(({ name, data }) => data.sources.map(({ id, ...source }) => ({ file: name, id, input: source })))
      await saveVersions(tx, 'sources', sources, (db, id, input) => saveSource(db, id, input))
      // Facts that others point at (providers, decisions) first.
      for (const kind of saveOrder) {
        const facts = changed.flatMap(({ name, data }) =>
          (data[kind] as { id: string; citations: CitationInput[] }[]).map(({ id, ...fact }) => ({
            file: name,
            id,
            // Citations name their source, as the stored ones do.
            input: { ...fact, citations: fact.citations.map((c) => ({ ...c, sourceId: citedSourceId(c, data) })) } as FactInputOf<typeof kind>,
          })),
        )
        await saveVersions(tx, kind, facts, (db, id, input) => saveFact(db, kind, id, input))
      }
      // Confirmations are append-only: a file's new ones are added, recorded ones stay.
      for (const { name, data } of changed) {
        for (const confirmation of data.confirmations) {
          await recordConfirmation(tx, confirmation, { name: `curated:${name}`, displayName: `curated:${name}` })
        }
      }
      for (const file of changed) {
        await tx.curatedFile.upsert({
          where: { name: file.name },
          create: { name: file.name, contentHash: file.contentHash },
          update: { contentHash: file.contentHash, loadedAt: new Date() },
        })
      }
      return {
        loaded: changed.map((f) => f.name),
        unchanged: files.filter((f) => !changed.includes(f)).map((f) => f.name),
      }
    },
    // A national dataset takes a while; it is still one transaction.
    { timeout: 600_000, maxWait: 10_000 },
  )
}
