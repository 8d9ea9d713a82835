import { createHash } from 'node:crypto'
import type { Db } from '../db/client.js'
import type { Condition, Municipality, Region } from '../schemas/regions.js'
import type { Source } from '../schemas/sources.js'
import { type FactsByKind, loadFacts, loadSources, type Versioned } from './records.js'

/**
 * The whole dataset, shaped as the API shows it. It is small (thousands of
 * rows), so every read is a pure function over one immutable snapshot.
 */
export interface Snapshot {
  /** Changes whenever any content changes; the base of every cache key. */
  version: string
  builtAt: Date
  regions: Region[]
  municipalities: Municipality[]
  conditions: Condition[]
  sources: Versioned<Source>[]
  providers: Versioned<FactsByKind['providers']>[]
  fees: Versioned<FactsByKind['fees']>[]
  referralRules: Versioned<FactsByKind['referralRules']>[]
  homeCarePolicies: Versioned<FactsByKind['homeCarePolicies']>[]
  decisions: Versioned<FactsByKind['decisions']>[]
}

export type FactRecord = Snapshot['providers' | 'fees' | 'referralRules' | 'homeCarePolicies' | 'decisions'][number]

export async function loadSnapshot(db: Db): Promise<Snapshot> {
  const [regions, municipalities, conditions, sources, providers, fees, referralRules, homeCarePolicies, decisions] = await Promise.all([
    db.region.findMany({ orderBy: { code: 'asc' }, select: { code: true, name: true, county: true } }),
    db.municipality.findMany({ orderBy: { code: 'asc' }, select: { code: true, name: true, regionCode: true } }),
    db.condition.findMany({ orderBy: { id: 'asc' }, select: { id: true, name: true, nameSv: true } }),
    loadSources(db),
    loadFacts(db, 'providers'),
    loadFacts(db, 'fees'),
    loadFacts(db, 'referralRules'),
    loadFacts(db, 'homeCarePolicies'),
    loadFacts(db, 'decisions'),
  ])
  const content = { regions, municipalities, conditions, sources, providers, fees, referralRules, homeCarePolicies, decisions }
  const version = createHash('sha256').update(JSON.stringify(content)).digest('base64url').slice(0, 16)
  return { version, builtAt: new Date(), ...content }
}
