import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { parse as parseCsv } from 'csv-parse/sync'
import { parse as parseYaml } from 'yaml'
import { z } from 'zod'
import { type CuratedFile, curatedFile } from '../schemas/curated.js'
import { factKindIds, factKinds } from '../schemas/fact-kinds.js'
import { municipality, region, condition } from '../schemas/regions.js'

export const dataDir = path.resolve(import.meta.dirname, '../../data')

export class DataFileError extends Error {}

export interface ReferenceData {
  regions: z.infer<typeof region>[]
  municipalities: z.infer<typeof municipality>[]
  conditions: z.infer<typeof condition>[]
}

export interface LoadedCuratedFile {
  name: string
  contentHash: string
  data: CuratedFile
}

/** "providers[0] (vgr-smarthjalpen): validTo" — where in a file an issue is. */
function describePath(data: unknown, issuePath: PropertyKey[]): string {
  const [list, index, ...rest] = issuePath
  if (typeof list === 'string' && typeof index === 'number') {
    const record = (data as Record<string, unknown[]>)[list]?.[index] as { id?: unknown } | undefined
    const id = typeof record?.id === 'string' ? ` (id "${record.id}")` : ''
    return `record ${list}[${index}]${id}, field ${rest.join('.') || '(record)'}`
  }
  return `field ${issuePath.join('.') || '(file)'}`
}

function parseOrThrow<T extends z.ZodType>(schema: T, data: unknown, file: string): z.infer<T> {
  const parsed = schema.safeParse(data)
  if (parsed.success) return parsed.data
  const lines = parsed.error.issues.map((issue) => `${file}: ${describePath(data, issue.path)}: ${issue.message}`)
  throw new DataFileError(lines.join('\n'))
}

async function readCsv<T extends z.ZodType>(file: string, schema: T, columns: Record<string, string>): Promise<z.infer<T>[]> {
  const rows = parseCsv(await readFile(file, 'utf8'), { columns: true, skip_empty_lines: true, trim: true }) as Record<string, string>[]
  return rows.map((row, index) => {
    const renamed = Object.fromEntries(Object.entries(columns).map(([column, field]) => [field, row[column]]))
    return parseOrThrow(schema, renamed, `${path.basename(file)} row ${index + 2}`)
  })
}

export async function readReferenceData(dir = path.join(dataDir, 'reference')): Promise<ReferenceData> {
  const [regions, municipalities, conditions] = await Promise.all([
    readCsv(path.join(dir, 'regions.csv'), region, { code: 'code', name: 'name', county: 'county' }),
    readCsv(path.join(dir, 'municipalities.csv'), municipality, { code: 'code', name: 'name', region_code: 'regionCode' }),
    readCsv(path.join(dir, 'conditions.csv'), condition, { id: 'id', name: 'name', name_sv: 'nameSv' }),
  ])
  return { regions, municipalities, conditions }
}

/** Reads and validates every curated file; throws naming file, record and field. */
export async function readCuratedFiles(dir = path.join(dataDir, 'curated')): Promise<LoadedCuratedFile[]> {
  const names = (await readdir(dir)).filter((name) => /\.ya?ml$/.test(name)).sort()
  return Promise.all(
    names.map(async (name) => {
      const text = await readFile(path.join(dir, name), 'utf8')
      let raw: unknown
      try {
        raw = parseYaml(text)
      } catch (error) {
        throw new DataFileError(`${name}: not valid YAML: ${(error as Error).message}`)
      }
      return { name, contentHash: createHash('sha256').update(text).digest('hex'), data: parseOrThrow(curatedFile, raw, name) }
    }),
  )
}

/**
 * Checks what a schema cannot see alone: ids unique across files, and every
 * reference (region, municipality, condition, provider, decision, source) known.
 */
export function checkReferences(files: LoadedCuratedFile[], reference: ReferenceData): void {
  const problems: string[] = []
  const regions = new Set(reference.regions.map((r) => r.code))
  const municipalities = new Map(reference.municipalities.map((m) => [m.code, m.regionCode]))
  const conditions = new Set(reference.conditions.map((c) => c.id))
  const sources = new Set(files.map((file) => file.data.source.id))
  const ids = new Map<string, string>()
  const factIds = Object.fromEntries(factKindIds.map((kind) => [kind, new Set(files.flatMap((file) => file.data[kind].map((fact) => fact.id)))]))

  for (const { name, data } of files) {
    const at = (where: string, message: string) => problems.push(`${name}: ${where}: ${message}`)
    const checkRegion = (where: string, code: string | null) => {
      if (code !== null && !regions.has(code)) at(where, `unknown region code "${code}"`)
    }
    const checkMunicipality = (where: string, code: string | null, regionCode: string | null) => {
      if (code === null) return
      if (!municipalities.has(code)) at(where, `unknown municipality code "${code}"`)
      else if (regionCode !== null && municipalities.get(code) !== regionCode) at(where, `municipality "${code}" is not in region "${regionCode}"`)
    }
    checkRegion('field source.regionCode', data.source.regionCode)
    checkMunicipality('field source.municipalityCode', data.source.municipalityCode, data.source.regionCode)
    for (const kind of factKindIds) {
      const facts: (typeof data)[typeof kind] = data[kind]
      facts.forEach((fact, index) => {
        const where = (field: string) => `record ${kind}[${index}] (id "${fact.id}"), field ${field}`
        const key = `${kind}:${fact.id}`
        if (ids.has(key)) at(where('id'), `duplicate id, also in ${ids.get(key)}`)
        ids.set(key, name)
        if ('regionCode' in fact) checkRegion(where('regionCode'), fact.regionCode)
        if ('municipalityCode' in fact) checkMunicipality(where('municipalityCode'), fact.municipalityCode, fact.regionCode)
        for (const [field, target] of Object.entries(factKinds[kind].references)) {
          const id = (fact as Record<string, unknown>)[field]
          if (typeof id === 'string' && !factIds[target as string]!.has(id)) {
            at(where(field), `unknown ${factKinds[target as keyof typeof factKinds].noun} "${id}"`)
          }
        }
        const conditionIds = 'conditionIds' in fact ? fact.conditionIds : 'conditionId' in fact && fact.conditionId ? [fact.conditionId] : []
        for (const id of conditionIds) if (!conditions.has(id)) at(where('conditionIds'), `unknown condition "${id}"`)
        fact.citations.forEach((c, i) => {
          if (c.sourceId && !sources.has(c.sourceId)) at(where(`citations.${i}.sourceId`), `unknown source "${c.sourceId}"`)
        })
      })
    }
  }
  if (problems.length > 0) throw new DataFileError(problems.join('\n'))
}
