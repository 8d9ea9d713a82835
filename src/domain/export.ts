import { type FactKind, factKindIds, factKinds } from '../schemas/fact-kinds.js'
import { holdsOn, type Snapshot } from './snapshot.js'

/**
 * The whole dataset as it stood on `asOf`: the reference data, every fact
 * holding that day (with its citations and confirmations, every text in
 * Swedish and English) and every source they cite, with the change-log
 * position the snapshot reflects, from which an app follows the changes.
 */
export function exportOf(snapshot: Snapshot, asOf: string) {
  const facts = Object.fromEntries(
    factKindIds.map((kind) => [kind, (snapshot[kind] as Snapshot[FactKind]).filter((fact) => holdsOn(snapshot, kind, fact as never, asOf))]),
  ) as { [K in FactKind]: Snapshot[K] }
  const cited = new Set<string>()
  for (const kind of factKindIds) {
    for (const fact of facts[kind] as { citations: { sourceId: string }[]; confirmations: { sourceId: string }[] }[]) {
      for (const c of fact.citations) cited.add(c.sourceId)
      for (const c of fact.confirmations) cited.add(c.sourceId)
    }
  }
  return {
    asOf,
    cursor: snapshot.changeId.toString(),
    version: snapshot.version,
    regions: snapshot.regions,
    municipalities: snapshot.municipalities,
    conditions: snapshot.conditions,
    sources: snapshot.sources.filter((source) => cited.has(source.id)),
    facts,
  }
}

export type DatasetExport = ReturnType<typeof exportOf>

/** The collections of an export in the order NDJSON lines give them, and each line's type. */
export const exportCollections = ['regions', 'municipalities', 'conditions', 'sources'] as const

/**
 * The export as NDJSON: a first line with `asOf`, `cursor` and `version`,
 * then one line per record, `{"type": <collection>, "data": <record>}`,
 * facts under their kind's path (`"type": "referral-rules"`).
 */
export function exportLines(dataset: DatasetExport, serialize: (type: string, record: unknown) => string = (type, data) => JSON.stringify({ type, data })) {
  const lines = [JSON.stringify({ type: 'export', asOf: dataset.asOf, cursor: dataset.cursor, version: dataset.version })]
  for (const collection of exportCollections) for (const record of dataset[collection]) lines.push(serialize(collection, record))
  for (const kind of factKindIds) for (const record of dataset.facts[kind]) lines.push(serialize(factKinds[kind].path, record))
  return `${lines.join('\n')}\n`
}
