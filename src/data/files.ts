import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { parse as parseCsv } from 'csv-parse/sync'
import { parse as parseYaml } from 'yaml'
import { z } from 'zod'
import type { CitationInput } from '../schemas/common.js'
import { type CuratedFile, curatedFile } from '../schemas/curated.js'
import { type FactKind, factKindIds, factKinds } from '../schemas/fact-kinds.js'
import { type SourceRecord, sourceDate } from '../schemas/sources.js'
import { today } from '../domain/as-of.js'
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

type CuratedFact = { id: string; validFrom: string; supersedes: string | null; citations: CitationInput[] } & Record<string, unknown>

/** The facts of a file, kind by kind. */
export function factsOf(data: CuratedFile): { kind: FactKind; facts: CuratedFact[] }[] {
  return factKindIds.map((kind) => ({ kind, facts: data[kind] as CuratedFact[] }))
}

/** The source a citation names, or the file's only source. */
export const citedSourceId = (citation: CitationInput, data: CuratedFile) => citation.sourceId ?? (data.sources.length === 1 ? data.sources[0]!.id : undefined)

/** Whether a citation says its source states the fact's start. */
const supportsStart = (citation: CitationInput) => /\bvalidFrom\b/.test(citation.supports ?? '')

/**
 * Checks what a schema cannot see alone: ids unique across files; every
 * reference (region, municipality, condition, fact, source) known; quotes only
 * from documents the project holds and references only to web pages; and time:
 * no fact holds before the evidence behind it, unless a source states its start.
 */
export function checkReferences(files: LoadedCuratedFile[], reference: ReferenceData): void {
  const problems: string[] = []
  const regions = new Set(reference.regions.map((r) => r.code))
  const municipalities = new Map(reference.municipalities.map((m) => [m.code, m.regionCode]))
  const conditions = new Set(reference.conditions.map((c) => c.id))
  const sources = new Map<string, SourceRecord>()
  const ids = new Map<string, string>()
  const facts = new Map(factKindIds.map((kind) => [kind, new Map(files.flatMap((file) => (file.data[kind] as CuratedFact[]).map((fact) => [fact.id, fact])))]))

  for (const { name, data } of files) {
    for (const source of data.sources) {
      if (sources.has(source.id)) problems.push(`${name}: source "${source.id}": duplicate id`)
      sources.set(source.id, source)
    }
  }

  for (const { name, data } of files) {
    const at = (where: string, message: string) => problems.push(`${name}: ${where}: ${message}`)
    const checkRegion = (where: string, code: unknown) => {
      if (typeof code === 'string' && !regions.has(code)) at(where, `unknown region code "${code}"`)
    }
    const checkMunicipality = (where: string, code: unknown, regionCode: unknown) => {
      if (typeof code !== 'string') return
      if (!municipalities.has(code)) at(where, `unknown municipality code "${code}"`)
      else if (typeof regionCode === 'string' && municipalities.get(code) !== regionCode) at(where, `municipality "${code}" is not in region "${regionCode}"`)
    }
    data.sources.forEach((source, index) => {
      checkRegion(`sources[${index}].regionCode`, source.regionCode)
      checkMunicipality(`sources[${index}].municipalityCode`, source.municipalityCode, source.regionCode)
    })
    for (const { kind, facts: list } of factsOf(data)) {
      list.forEach((fact, index) => {
        const where = (field: string) => `record ${kind}[${index}] (id "${fact.id}"), field ${field}`
        const key = `${kind}:${fact.id}`
        if (ids.has(key)) at(where('id'), `duplicate id, also in ${ids.get(key)}`)
        ids.set(key, name)
        checkRegion(where('regionCode'), fact.regionCode)
        checkRegion(where('referredToRegionCode'), fact.referredToRegionCode)
        checkMunicipality(where('municipalityCode'), fact.municipalityCode, fact.regionCode)
        for (const [field, target] of Object.entries(factKinds[kind].references)) {
          const id = fact[field]
          if (typeof id === 'string' && !facts.get(target as FactKind)!.has(id)) at(where(field), `unknown ${factKinds[target as FactKind].noun} "${id}"`)
        }
        if (fact.supersedes !== null) {
          const earlier = facts.get(kind)!.get(fact.supersedes)
          if (!earlier) at(where('supersedes'), `unknown ${factKinds[kind].noun} "${fact.supersedes}"`)
          else if (earlier.validFrom > fact.validFrom) at(where('supersedes'), `"${fact.supersedes}" starts after this fact`)
        }
        const conditionIds = Array.isArray(fact.conditionIds) ? (fact.conditionIds as string[]) : typeof fact.conditionId === 'string' ? [fact.conditionId] : []
        for (const id of conditionIds) if (!conditions.has(id)) at(where('conditionIds'), `unknown condition "${id}"`)

        const cited: SourceRecord[] = []
        fact.citations.forEach((c, i) => {
          const sourceId = citedSourceId(c, data)
          const source = sourceId === undefined ? undefined : sources.get(sourceId)
          if (sourceId === undefined) return at(where(`citations.${i}.sourceId`), 'the file has several sources: name the one cited')
          if (!source) return at(where(`citations.${i}.sourceId`), `unknown source "${sourceId}"`)
          cited.push(source)
          if (c.kind === 'quote' && source.fileName === null) {
            at(
              where(`citations.${i}.kind`),
              `a quote needs a document the project holds; "${sourceId}" is a web page: cite it as a reference, in our own words`,
            )
          }
          if (c.kind === 'reference' && source.url === null) at(where(`citations.${i}.kind`), `a reference needs a web page with a URL; "${sourceId}" has none`)
        })
        // A fact never holds before its evidence, unless a source states its start.
        const earliest = cited.map((source) => sourceDate(source).date).sort()[0]
        if (earliest !== undefined && fact.validFrom < earliest && !fact.citations.some(supportsStart)) {
          at(where('validFrom'), `${fact.validFrom} is before the earliest cited source (${earliest}) and no citation supports validFrom`)
        }
      })
    }
  }
  checkConfirmations(files, sources, facts, problems)
  if (problems.length > 0) throw new DataFileError(problems.join('\n'))
}

/**
 * A confirmation names a fact and a source that exist, is no older than the
 * source (it is evidence as of its own date) and not in the future, falls
 * within the fact's period, and is recorded once.
 */
function checkConfirmations(
  files: LoadedCuratedFile[],
  sources: Map<string, SourceRecord>,
  facts: Map<FactKind, Map<string, CuratedFact>>,
  problems: string[],
) {
  const seen = new Set<string>()
  const day = today()
  for (const { name, data } of files) {
    data.confirmations.forEach((c, index) => {
      const at = (field: string, message: string) =>
        problems.push(`${name}: record confirmations[${index}] (${c.factKind} "${c.factId}"), field ${field}: ${message}`)
      const fact = facts.get(c.factKind)!.get(c.factId)
      const source = sources.get(c.sourceId)
      if (!fact) at('factId', `unknown ${factKinds[c.factKind].noun} "${c.factId}"`)
      if (!source) at('sourceId', `unknown source "${c.sourceId}"`)
      if (source && c.checkedOn < sourceDate(source).date) at('checkedOn', `${c.checkedOn} is before the source's own date (${sourceDate(source).date})`)
      if (c.checkedOn > day) at('checkedOn', `${c.checkedOn} is in the future`)
      if (fact && c.checkedOn < (fact.validFrom as string)) at('checkedOn', `${c.checkedOn} is before the fact holds (${String(fact.validFrom)})`)
      if (fact && typeof fact.validTo === 'string' && c.checkedOn > fact.validTo) at('checkedOn', `${c.checkedOn} is after the fact ended (${fact.validTo})`)
      const key = `${c.factKind}/${c.factId}/${c.sourceId}/${c.checkedOn}`
      if (seen.has(key)) at('checkedOn', 'the same confirmation is recorded twice')
      seen.add(key)
    })
  }
}
