import type { PrismaClient } from '../db/client.js'
import { saveFact } from '../repositories/facts.js'
import { saveSource } from '../repositories/sources.js'
import { type FactInputOf, saveOrder } from '../schemas/fact-kinds.js'
import { checkReferences, type LoadedCuratedFile, readCuratedFiles, readReferenceData, type ReferenceData } from './files.js'

export interface LoadResult {
  /** Curated files written (new or changed since their last load). */
  loaded: string[]
  /** Curated files already loaded with the same content. */
  unchanged: string[]
}

// Serialises loads from several instances starting at once.
const LOAD_LOCK_ID = 4_711_001

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
      for (const { data } of changed) {
        const { id, ...source } = data.source
        await saveSource(tx, id, source)
      }
      // Facts that others point at (providers, decisions) first.
      for (const kind of saveOrder) {
        for (const { data } of changed) {
          for (const { id, ...fact } of data[kind] as { id: string }[]) {
            await saveFact(tx, kind, id, fact as FactInputOf<typeof kind>, { defaultSourceId: data.source.id })
          }
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
