// A small snapshot built in memory, for the pure domain functions: no database.
import { type Snapshot, snapshotOf, type Versioned } from '../../src/domain/snapshot.js'
import type { Citation } from '../../src/schemas/common.js'
import type { FactOf } from '../../src/schemas/fact-kinds.js'
import type { Source } from '../../src/schemas/sources.js'

const stamp = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', version: 1 }

export function cite(sourceDate: string, text = 'what the source says'): Citation {
  return {
    id: '00000000-0000-4000-8000-000000000000',
    kind: 'reference',
    sourceId: `source-${sourceDate}`,
    sourceTitle: `Page of ${sourceDate}`,
    sourceIssuer: 'Region A',
    sourceUrl: 'https://example.org/page',
    sourceDate,
    sourceDateKind: 'published',
    secondary: false,
    locator: 'first paragraph',
    quote: null,
    reference: text,
    supports: 'status',
  }
}

const fact = (id: string, validFrom: string, rest: { validTo?: string | null; supersedes?: string | null; evidence?: string }) => ({
  id,
  validFrom,
  validTo: rest.validTo ?? null,
  supersedes: rest.supersedes ?? null,
  notes: null,
  citations: [cite(rest.evidence ?? validFrom)],
  evidenceDate: rest.evidence ?? validFrom,
  ...stamp,
})

type Options = { validTo?: string | null; supersedes?: string | null; evidence?: string }

type ProviderOptions = Options & { kind?: FactOf<'providers'>['kind'] }

export function provider(
  id: string,
  region: string,
  validFrom: string,
  status: FactOf<'providers'>['status'],
  options: ProviderOptions = {},
): Versioned<FactOf<'providers'>> {
  return {
    ...fact(id, validFrom, options),
    name: `Clinic ${id}`,
    kind: options.kind ?? 'clinic',
    operatedAs: 'region_run',
    regionCode: region,
    municipalityCode: null,
    address: null,
    description: 'A clinic.',
    conditionIds: ['me-cfs'],
    status,
  }
}

export function fee(
  id: string,
  region: string,
  providerId: string | null,
  validFrom: string,
  amountSek: number,
  options: Options = {},
): Versioned<FactOf<'fees'>> {
  return {
    ...fact(id, validFrom, options),
    regionCode: region,
    providerId,
    visitType: 'specialist_visit',
    amountSek,
    countsTowardHighCostCeiling: true,
    status: 'charged',
  }
}

export function selfReferral(
  id: string,
  region: string,
  providerId: string,
  validFrom: string,
  status: 'allowed' | 'not_allowed',
  options: Options = {},
): Versioned<FactOf<'referralRules'>> {
  return {
    ...fact(id, validFrom, options),
    regionCode: region,
    providerId,
    pathway: 'self_referral',
    requiresFullyInvestigated: true,
    prerequisites: null,
    maxTreatmentOccasions: null,
    ageGroup: 'adults',
    status,
  }
}

export function policy(
  id: string,
  region: string,
  service: FactOf<'homeCarePolicies'>['service'],
  validFrom: string,
  status: FactOf<'homeCarePolicies'>['status'],
  options: Options & { evidence?: string; basis?: FactOf<'homeCarePolicies'>['evidence'] } = {},
): Versioned<FactOf<'homeCarePolicies'>> {
  return {
    ...fact(id, validFrom, options),
    jurisdictionLevel: 'region',
    regionCode: region,
    municipalityCode: null,
    service,
    ageGroup: 'all',
    evidence: options.basis ?? 'statement',
    conditionId: 'me-cfs',
    status,
    legalBasis: null,
    grounds: null,
    decisionId: null,
  }
}

export function noClinic(id: string, region: string, validFrom: string, options: Options = {}): Versioned<FactOf<'specialistCare'>> {
  return { ...fact(id, validFrom, options), regionCode: region, conditionId: 'me-cfs', status: 'none', referredToRegionCode: null, description: 'No clinic.' }
}

const source: Versioned<Source> = {
  id: 'source-2021-01-01',
  title: 'Page',
  issuer: 'Region A',
  publisherType: 'region',
  kind: 'web_page',
  publishedOn: '2021-01-01',
  updatedOn: null,
  notBefore: null,
  dateNote: null,
  note: null,
  referenceNumber: null,
  fileName: null,
  url: 'https://example.org/page',
  jurisdictionLevel: 'region',
  regionCode: '01',
  municipalityCode: null,
  evidenceDate: '2021-01-01',
  secondary: false,
  held: false,
  retiredAt: null,
  ...stamp,
}

type FixtureFacts = Partial<Pick<Snapshot, 'providers' | 'fees' | 'referralRules' | 'homeCarePolicies' | 'decisions' | 'specialistCare'>>

/** Three regions: 01 with a clinic's history, 02 where a source says there is none, 03 with nothing known. */
export function fixture(facts: FixtureFacts = {}): Snapshot {
  return snapshotOf({
    regions: [
      { code: '01', name: 'Region A', county: 'A län' },
      { code: '02', name: 'Region B', county: 'B län' },
      { code: '03', name: 'Region C', county: 'C län' },
    ],
    municipalities: [{ code: '0101', name: 'A-stad', regionCode: '01' }],
    conditions: [{ id: 'me-cfs', name: 'ME/CFS (myalgic encephalomyelitis)', nameSv: 'ME/CFS (myalgisk encefalomyelit)' }],
    sources: [source],
    providers: [],
    fees: [],
    referralRules: [],
    homeCarePolicies: [],
    decisions: [],
    specialistCare: [],
    ...facts,
  })
}
