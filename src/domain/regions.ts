import { validOn } from './as-of.js'
import type { Snapshot } from './snapshot.js'

/** Case-insensitive search in Swedish text. */
export const matchesText = (text: string, q: string) => text.toLocaleLowerCase('sv').includes(q.toLocaleLowerCase('sv'))

/** A region and every fact recorded for it (on a day, if given); undefined for an unknown code. */
export function regionProfile(snapshot: Snapshot, code: string, day?: string) {
  const region = snapshot.regions.find((r) => r.code === code)
  if (!region) return undefined
  const inRegion = <T extends { regionCode: string | null; validFrom: string | null; validTo: string | null }>(facts: T[]) =>
    facts.filter((fact) => fact.regionCode === code && (day === undefined || validOn(fact, day)))
  return {
    ...region,
    municipalityCount: snapshot.municipalities.filter((m) => m.regionCode === code).length,
    providers: inRegion(snapshot.providers),
    fees: inRegion(snapshot.fees),
    referralRules: inRegion(snapshot.referralRules),
    homeCarePolicies: inRegion(snapshot.homeCarePolicies),
    decisions: inRegion(snapshot.decisions),
  }
}

/** Every fact citing a source, by kind; undefined for an unknown source. */
export function sourceWithFacts(snapshot: Snapshot, id: string) {
  const source = snapshot.sources.find((s) => s.id === id)
  if (!source) return undefined
  const citing = <T extends { citations: { sourceId: string }[] }>(facts: T[]) => facts.filter((fact) => fact.citations.some((c) => c.sourceId === id))
  return {
    ...source,
    facts: {
      providers: citing(snapshot.providers),
      fees: citing(snapshot.fees),
      referralRules: citing(snapshot.referralRules),
      homeCarePolicies: citing(snapshot.homeCarePolicies),
      decisions: citing(snapshot.decisions),
    },
  }
}
