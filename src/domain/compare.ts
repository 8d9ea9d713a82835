import type { Citation } from '../schemas/common.js'
import type { HomeCarePolicy } from '../schemas/home-care-policies.js'
import type { HomeCareService, HomeCareStatus } from '../generated/prisma/enums.js'
import { validOn } from './as-of.js'
import { type CellStatus, cellStatuses, cellStatusLabels, type DimensionId, dimensionIds, dimensionLabels, type Language } from '../schemas/labels.js'
import { regionProfile } from './regions.js'
import type { FactRecord, Snapshot } from './snapshot.js'

export interface Cell {
  status: CellStatus
  value: string | number | null
  summary: string
  lastVerifiedOn: string | null
  factIds: string[]
  citations: Citation[]
}

export interface CompareQuery {
  condition: string
  asOf: string
}

/** Facts of one region as of a date, relevant to one condition, indexed once per comparison. */
interface RegionFacts {
  snapshot: Snapshot
  regionCode: string
  query: CompareQuery
}

const homeCareStatusToCell: Record<HomeCareStatus, CellStatus> = {
  offered: 'yes',
  offered_after_needs_assessment: 'conditional',
  not_offered: 'no',
  municipal_responsibility: 'municipal_responsibility',
  under_trial: 'under_trial',
  unknown: 'unknown',
}

const regionalServices = ['doctor_home_visit', 'nurse_home_visit', 'occupational_therapist_home_visit', 'counselor_home_visit', 'digital_dental_care', 'mobile_dental_care'] as const
const municipalServices = ['home_help', 'housing_support', 'personal_assistance'] as const

function latestVerified(facts: FactRecord[]): string | null {
  return facts.reduce<string | null>((latest, fact) => (latest === null || fact.lastVerifiedOn > latest ? fact.lastVerifiedOn : latest), null)
}

function cellOf(status: CellStatus, value: string | number | null, summary: string, facts: FactRecord[]): Cell {
  return { status, value, summary, lastVerifiedOn: latestVerified(facts), factIds: facts.map((f) => f.id), citations: facts.flatMap((f) => f.citations) }
}

/** No fact holds on the date: say so, and what held last, if anything did. */
function unknownCell(what: string, expired: FactRecord[], describe: (fact: FactRecord) => string): Cell {
  const last = expired.filter((f) => f.validTo !== null).sort((a, b) => (a.validTo! < b.validTo! ? 1 : -1))[0]
  const hint = last ? ` Last known: ${describe(last)}, until ${last.validTo}.` : ''
  return { status: 'unknown', value: null, summary: `No source on file for ${what} on this date.${hint}`, lastVerifiedOn: null, factIds: [], citations: [] }
}

function derive(facts: RegionFacts, dimension: DimensionId): Cell {
  const { snapshot, regionCode, query } = facts
  const { asOf, condition } = query
  const inRegion = <T extends { regionCode: string | null }>(items: T[]) => items.filter((i) => i.regionCode === regionCode)
  const split = <T extends FactRecord>(items: T[]) => ({ current: items.filter((i) => validOn(i, asOf)), expired: items.filter((i) => !validOn(i, asOf)) })

  const providers = inRegion(snapshot.providers).filter((p) => p.conditionIds.includes(condition))
  const providerIds = new Set(providers.map((p) => p.id))
  const providerName = new Map(providers.map((p) => [p.id, p.name]))
  // Rules and fees of a provider apply when it covers the condition; region-wide ones always.
  const forCondition = <T extends { providerId: string | null }>(items: T[]) => items.filter((i) => i.providerId === null || providerIds.has(i.providerId))
  const at = (fact: { providerId: string | null }) => (fact.providerId ? ` at ${providerName.get(fact.providerId)}` : '')

  switch (dimension) {
    case 'specialist_provider': {
      const { current, expired } = split(providers)
      const operating = current.filter((p) => p.status === 'operating')
      if (operating.length > 0) {
        return cellOf('yes', operating.map((p) => p.name).join('; '), operating.map((p) => `${p.name} (${p.operatedAs.replace('_', '-')}${p.validTo ? `, until ${p.validTo}` : ''})`).join('; '), operating)
      }
      const closed = current.filter((p) => p.status === 'closed')
      if (closed.length > 0) return cellOf('no', null, `Closed: ${closed.map((p) => p.name).join('; ')}`, closed)
      return unknownCell('a specialist provider', expired, (f) => (f as (typeof providers)[number]).name)
    }
    case 'self_referral':
    case 'referral_prerequisites': {
      const rules = forCondition(inRegion(snapshot.referralRules))
      if (dimension === 'self_referral') {
        const { current, expired } = split(rules.filter((r) => r.pathway === 'self_referral'))
        const known = current.filter((r) => r.status !== 'unknown')
        if (known.length === 0) return unknownCell('self-referral', expired, (f) => `self-referral ${(f as (typeof rules)[number]).status.replace('_', ' ')}${at(f as (typeof rules)[number])}`)
        const allowed = known.filter((r) => r.status === 'allowed')
        return allowed.length > 0
          ? cellOf('yes', 'allowed', `Self-referral (egenremiss) allowed${allowed.map(at).join(',')}`, allowed)
          : cellOf('no', 'not allowed', `Self-referral not allowed${known.map(at).join(',')}`, known)
      }
      const { current, expired } = split(rules)
      if (current.length === 0) return unknownCell('referral prerequisites', expired, (f) => `rules${at(f as (typeof rules)[number])}`)
      const conditions = new Set<string>()
      for (const rule of current) {
        if (rule.requiresFullyInvestigated) conditions.add('fully investigated (färdigutredd)')
        if (rule.prerequisites) conditions.add(rule.prerequisites)
        if (rule.maxTreatmentOccasions) conditions.add(`up to ${rule.maxTreatmentOccasions} treatment occasions`)
        if (rule.ageGroup === 'adults' || rule.ageGroup === 'children') conditions.add(`${rule.ageGroup} only`)
      }
      const pathways = [...new Set(current.filter((r) => r.status === 'allowed').map((r) => r.pathway.replace('_', ' ')))].join(', ')
      return conditions.size > 0
        ? cellOf('yes', [...conditions].join('; '), `Referral from ${pathways}; requires ${[...conditions].join('; ')}`, current)
        : cellOf('no', null, `Referral from ${pathways}; no prerequisites stated`, current)
    }
    case 'specialist_visit_fee':
    case 'high_cost_ceiling': {
      const fees = forCondition(inRegion(snapshot.fees)).filter((f) => f.visitType === 'specialist_visit')
      const { current, expired } = split(fees)
      const known = current.filter((f) => f.status !== 'unknown')
      if (dimension === 'specialist_visit_fee') {
        if (known.length === 0) return unknownCell('a specialist visit fee', expired, (f) => `${(f as (typeof fees)[number]).amountSek} SEK${at(f as (typeof fees)[number])}`)
        const fee = known[0]!
        return fee.status === 'free'
          ? cellOf('no', 0, `No fee${at(fee)}`, [fee])
          : cellOf('yes', fee.amountSek, `${fee.amountSek} SEK per specialist visit${at(fee)}`, [fee])
      }
      const withCeiling = known.filter((f) => f.countsTowardHighCostCeiling !== null)
      if (withCeiling.length === 0) return unknownCell('the high-cost ceiling', expired, (f) => `${(f as (typeof fees)[number]).countsTowardHighCostCeiling ? 'counts' : 'does not count'}${at(f as (typeof fees)[number])}`)
      const fee = withCeiling[0]!
      return fee.countsTowardHighCostCeiling
        ? cellOf('yes', 'counts', `The fee counts toward the high-cost ceiling (högkostnadsskyddet)${at(fee)}`, [fee])
        : cellOf('no', 'does not count', `The fee does not count toward the high-cost ceiling${at(fee)}`, [fee])
    }
    case 'recent_decisions': {
      const decisions = inRegion(snapshot.decisions).filter((d) => d.conditionIds.length === 0 || d.conditionIds.includes(condition))
      const { current } = split(decisions)
      const dated = current.filter((d) => (d.decidedOn ?? d.validFrom ?? '') <= asOf).sort((a, b) => ((a.decidedOn ?? '') < (b.decidedOn ?? '') ? 1 : -1))
      if (dated.length === 0) return unknownCell('decisions', [], () => '')
      const line = (d: (typeof dated)[number]) => `${d.decidedOn ?? 'undated'} ${d.body}: ${d.status.replaceAll('_', ' ')}${d.referenceNumber ? ` (${d.referenceNumber})` : ''}`
      return cellOf('yes', dated.length, dated.slice(0, 5).map(line).join('; '), dated)
    }
    default: {
      if ((regionalServices as readonly string[]).includes(dimension)) return regionalServiceCell(facts, dimension as HomeCareService, split)
      return municipalServiceCell(facts, dimension as HomeCareService, split)
    }
  }
}

type Split = <T extends FactRecord>(items: T[]) => { current: T[]; expired: T[] }

function describePolicy(policy: HomeCarePolicy): string {
  const basis = policy.legalBasis ? ` (${policy.legalBasis.toUpperCase()})` : ''
  return `${policy.status.replaceAll('_', ' ')}${basis}`
}

/** A region's own policy on a service; one specific to the condition wins over a general one. */
function regionalServiceCell({ snapshot, regionCode, query }: RegionFacts, service: HomeCareService, split: Split): Cell {
  const policies = snapshot.homeCarePolicies.filter(
    (p) => p.jurisdictionLevel === 'region' && p.regionCode === regionCode && p.service === service && (p.conditionId === null || p.conditionId === query.condition),
  )
  const { current, expired } = split(policies)
  const known = current.sort((a, b) => Number(b.conditionId !== null) - Number(a.conditionId !== null))
  const policy = known[0]
  if (!policy) return unknownCell(service.replaceAll('_', ' '), expired, (f) => describePolicy(f as HomeCarePolicy))
  const scope = policy.conditionId ? '' : ' (not specific to the condition)'
  const grounds = policy.grounds ? `: ${policy.grounds}` : ''
  return cellOf(homeCareStatusToCell[policy.status], policy.status, `${describePolicy(policy)}${scope}${grounds}`, [policy])
}

/** What the region's municipalities grant, where a source says so. */
function municipalServiceCell({ snapshot, regionCode, query }: RegionFacts, service: HomeCareService, split: Split): Cell {
  const total = snapshot.municipalities.filter((m) => m.regionCode === regionCode).length
  const policies = snapshot.homeCarePolicies.filter(
    (p) => p.jurisdictionLevel === 'municipality' && p.regionCode === regionCode && p.service === service && (p.conditionId === null || p.conditionId === query.condition),
  )
  const { current, expired } = split(policies)
  const known = current.filter((p) => p.status !== 'unknown')
  if (known.length === 0) return unknownCell(`${service.replaceAll('_', ' ')} in any of the region's ${total} municipalities`, expired, (f) => describePolicy(f as HomeCarePolicy))
  const names = new Map(snapshot.municipalities.map((m) => [m.code, m.name]))
  const municipalities = new Set(known.map((p) => p.municipalityCode))
  const statuses = [...new Set(known.map((p) => homeCareStatusToCell[p.status]))]
  const perMunicipality = known.map((p) => `${names.get(p.municipalityCode!) ?? p.municipalityCode}: ${describePolicy(p)}`).join('; ')
  return cellOf(
    statuses.length === 1 ? statuses[0]! : 'conditional',
    `${municipalities.size} of ${total} municipalities known`,
    `${perMunicipality}; ${total - municipalities.size} of ${total} municipalities unknown`,
    known,
  )
}

export interface RegionColumn {
  code: string
  name: string
}

export interface DimensionRow {
  id: DimensionId
  differs: boolean
  cells: Record<string, Cell>
}

/** The matrix of dimensions by regions, marking where the regions differ. */
export function compareRegions(snapshot: Snapshot, regionCodes: string[], query: CompareQuery, dimensions: readonly DimensionId[] = dimensionIds) {
  const regions = regionCodes.map((code) => snapshot.regions.find((r) => r.code === code)!).map(({ code, name }) => ({ code, name }))
  const rows: DimensionRow[] = dimensions.map((id) => {
    const cells = Object.fromEntries(regions.map((r) => [r.code, derive({ snapshot, regionCode: r.code, query }, id)]))
    const keys = new Set(Object.values(cells).map((c) => `${c.status}|${c.value}`))
    return { id, differs: keys.size > 1, cells }
  })
  return { regions, rows }
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

export interface ViewQuery extends CompareQuery {
  lang: Language
}

const labelled = (cell: Cell, lang: Language) => ({ ...cell, statusLabel: cellStatusLabels[cell.status][lang] })

/** The comparison as the API shows it: labels in the asked language, differing dimensions listed. */
export function comparisonView(snapshot: Snapshot, regionCodes: string[], query: ViewQuery) {
  const { regions, rows } = compareRegions(snapshot, regionCodes, query)
  return {
    asOf: query.asOf,
    condition: query.condition,
    lang: query.lang,
    regions,
    dimensions: rows.map((row) => ({
      id: row.id,
      label: dimensionLabels[row.id][query.lang],
      differs: row.differs,
      cells: Object.fromEntries(Object.entries(row.cells).map(([code, cell]) => [code, labelled(cell, query.lang)])),
    })),
    differingDimensions: rows.filter((row) => row.differs).map((row) => row.id),
  }
}

/** One dimension across every region, with counts per status and statistics of numeric values. */
export function dimensionView(snapshot: Snapshot, dimension: DimensionId, query: ViewQuery) {
  const { regions, rows } = compareRegions(snapshot, snapshot.regions.map((r) => r.code), query, [dimension])
  const cells = regions.map((region) => ({ ...labelled(rows[0]!.cells[region.code]!, query.lang), region }))
  const statusCounts = Object.fromEntries(cellStatuses.map((status) => [status, cells.filter((c) => c.status === status).length]))
  const numbers = cells.map((c) => c.value).filter((v): v is number => typeof v === 'number')
  return {
    asOf: query.asOf,
    condition: query.condition,
    lang: query.lang,
    dimension: { id: dimension, label: dimensionLabels[dimension][query.lang] },
    cells,
    statusCounts,
    numeric: numbers.length === 0 ? null : { count: numbers.length, min: Math.min(...numbers), median: median(numbers)!, max: Math.max(...numbers) },
  }
}

/** Per region and dimension: known or not, and when last verified. */
export function coverageView(snapshot: Snapshot, query: ViewQuery) {
  const { regions, rows } = compareRegions(snapshot, snapshot.regions.map((r) => r.code), query)
  const perRegion = regions.map((region) => {
    const dimensions = rows.map((row) => {
      const cell = row.cells[region.code]!
      return { id: row.id, label: dimensionLabels[row.id][query.lang], known: cell.status !== 'unknown', status: cell.status, lastVerifiedOn: cell.lastVerifiedOn }
    })
    const known = dimensions.filter((d) => d.known).length
    const verified = dimensions.map((d) => d.lastVerifiedOn).filter((d): d is string => d !== null).sort()
    return { ...region, known, unknown: dimensions.length - known, lastVerifiedOn: verified.at(-1) ?? null, dimensions }
  })
  const known = perRegion.reduce((n, r) => n + r.known, 0)
  const cells = regions.length * rows.length
  return { asOf: query.asOf, condition: query.condition, lang: query.lang, totals: { cells, known, unknown: cells - known }, regions: perRegion }
}

/** One region on every dimension, with the facts valid on the date. */
export function regionProfileView(snapshot: Snapshot, code: string, query: ViewQuery) {
  const { rows } = compareRegions(snapshot, [code], query)
  return {
    ...regionProfile(snapshot, code, query.asOf)!,
    asOf: query.asOf,
    condition: query.condition,
    lang: query.lang,
    dimensions: rows.map((row) => ({ id: row.id, label: dimensionLabels[row.id][query.lang], cell: labelled(row.cells[code]!, query.lang) })),
  }
}
