import type { StoredCitation } from '../schemas/common.js'
import { type FactKind, factKindIds, factKinds, type FactOf } from '../schemas/fact-kinds.js'
import type { Labels } from '../schemas/labels.js'
import { factHeadline } from './describe.js'
import { sourceWithFacts } from './regions.js'
import { holdsOn, type Snapshot } from './snapshot.js'

export interface SourceFact {
  kind: FactKind
  id: string
  /** The API path of the fact, e.g. /v1/providers/vgr-smarthjalpen. */
  path: string
  headline: Labels
  regionCode: string | null
  validFrom: string
  /** When the fact stops holding: its validTo, or the day before a fact superseding it starts. */
  end: string | null
  /** Whether it holds on the date asked. */
  holds: boolean
  /** The fact's citations of this source (a fact may cite others too). */
  citations: StoredCitation[]
}

/** A source and every fact citing it, each in one line, with its period and whether it holds on the day. */
export function sourceView(snapshot: Snapshot, id: string, day: string) {
  const { facts, ...source } = sourceWithFacts(snapshot, id)
  const items: SourceFact[] = factKindIds.flatMap((kind) =>
    (facts[kind] as FactOf<FactKind>[]).map((fact) => ({
      kind,
      id: fact.id,
      path: `/v1/${factKinds[kind].path}/${fact.id}`,
      headline: factHeadline(snapshot, kind, fact),
      regionCode: fact.regionCode,
      validFrom: fact.validFrom,
      end: snapshot.ends[kind].get(fact.id) ?? null,
      holds: holdsOn(snapshot, kind, fact, day),
      citations: fact.citations.filter((c) => c.sourceId === id),
    })),
  )
  return { source, asOf: day, facts: items }
}
