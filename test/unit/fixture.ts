// A small snapshot built in memory, for the pure domain functions: no database.
// It has facts of every kind, each text in both languages, so every dimension
// can be asked about every status it answers with.
import { type Snapshot, snapshotOf, type Versioned } from '../../src/domain/snapshot.js'
import type { SourceStrength } from '../../src/generated/prisma/enums.js'
import type { StoredCitation, StoredConfirmation } from '../../src/schemas/common.js'
import type { FactOf } from '../../src/schemas/fact-kinds.js'
import type { Localized } from '../../src/schemas/localized.js'
import type { StoredSource } from '../../src/schemas/sources.js'

const stamp = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', version: 1 }
export const both = (sv: string, en: string): Localized => ({ sv, en })

export function cite(sourceDate: string, strength: SourceStrength = 'primary'): StoredCitation {
  return {
    id: '00000000-0000-4000-8000-000000000000',
    kind: 'reference',
    sourceId: `source-${sourceDate}`,
    sourceTitle: `Sida från ${sourceDate}`,
    sourceIssuer: 'Region A',
    sourceUrl: 'https://example.org/page',
    sourceDate,
    sourceDateKind: 'published',
    sourceStrength: strength,
    secondary: strength !== 'primary',
    locator: 'första stycket',
    quote: null,
    reference: both('vad sidan säger', 'what the page says'),
    supports: 'status',
  }
}

export function confirmation(checkedOn: string, strength: SourceStrength = 'primary'): StoredConfirmation {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    sourceId: 'source-check',
    sourceTitle: 'Kontrollerad sida',
    sourceIssuer: 'Region A',
    sourceUrl: 'https://example.org/check',
    sourceStrength: strength,
    checkedOn,
    locator: null,
    note: both('Sidan säger fortfarande detsamma.', 'The page still says the same.'),
    confirmedBy: 'editor',
    createdAt: '2026-01-01T00:00:00.000Z',
  }
}

export type Options = {
  validTo?: string | null
  supersedes?: string | null
  /** The date of the (one) source cited. */
  evidence?: string
  strength?: SourceStrength
  confirmedOn?: string[]
}

const fact = (id: string, validFrom: string, rest: Options) => ({
  id,
  validFrom,
  validTo: rest.validTo ?? null,
  supersedes: rest.supersedes ?? null,
  notes: null,
  citations: [cite(rest.evidence ?? validFrom, rest.strength)],
  confirmations: (rest.confirmedOn ?? []).map((day) => confirmation(day)),
  evidenceDate: [rest.evidence ?? validFrom, ...(rest.confirmedOn ?? [])].sort().at(-1)!,
  ...stamp,
})

type ProviderOptions = Options & {
  kind?: FactOf<'providers'>['kind']
  operatedAs?: FactOf<'providers'>['operatedAs']
  contractEnd?: string
  conditionIds?: string[]
}

export function provider(
  id: string,
  region: string,
  validFrom: string,
  status: FactOf<'providers'>['status'],
  options: ProviderOptions = {},
): Versioned<FactOf<'providers'>> {
  return {
    ...fact(id, validFrom, options),
    name: `Mottagning ${id}`,
    shortName: null,
    kind: options.kind ?? 'clinic',
    operatedAs: options.operatedAs ?? 'region_run',
    contractStart: null,
    contractEnd: options.contractEnd ?? null,
    regionCode: region,
    municipalityCode: null,
    address: null,
    website: null,
    phone: null,
    email: null,
    scheduleDescription: null,
    description: both('En mottagning.', 'A clinic.'),
    conditionIds: options.conditionIds ?? ['me-cfs'],
    status,
  }
}

export function fee(
  id: string,
  region: string,
  providerId: string | null,
  validFrom: string,
  amountSek: number | null,
  options: Options & { status?: FactOf<'fees'>['status']; ceiling?: boolean | null } = {},
): Versioned<FactOf<'fees'>> {
  return {
    ...fact(id, validFrom, options),
    regionCode: region,
    providerId,
    visitType: 'specialist_visit',
    amountSek,
    countsTowardHighCostCeiling: options.ceiling === undefined ? true : options.ceiling,
    status: options.status ?? 'charged',
  }
}

export function rule(
  id: string,
  region: string,
  providerId: string | null,
  pathway: FactOf<'referralRules'>['pathway'],
  validFrom: string,
  status: FactOf<'referralRules'>['status'],
  options: Options & { prerequisites?: Localized; maxTreatmentOccasions?: number; ageGroup?: FactOf<'referralRules'>['ageGroup'] } = {},
): Versioned<FactOf<'referralRules'>> {
  return {
    ...fact(id, validFrom, options),
    regionCode: region,
    providerId,
    pathway,
    requiresFullyInvestigated: true,
    prerequisites: options.prerequisites ?? null,
    maxTreatmentOccasions: options.maxTreatmentOccasions ?? null,
    ageGroup: options.ageGroup ?? 'adults',
    status,
  }
}

export const selfReferral = (id: string, region: string, providerId: string, validFrom: string, status: 'allowed' | 'not_allowed', options: Options = {}) =>
  rule(id, region, providerId, 'self_referral', validFrom, status, options)

export function policy(
  id: string,
  region: string,
  service: FactOf<'homeCarePolicies'>['service'],
  validFrom: string,
  status: FactOf<'homeCarePolicies'>['status'],
  options: Options & { basis?: FactOf<'homeCarePolicies'>['evidence']; municipality?: string; general?: boolean; grounds?: Localized } = {},
): Versioned<FactOf<'homeCarePolicies'>> {
  return {
    ...fact(id, validFrom, options),
    jurisdictionLevel: options.municipality ? 'municipality' : 'region',
    regionCode: region,
    municipalityCode: options.municipality ?? null,
    service,
    ageGroup: 'adults',
    evidence: options.basis ?? 'statement',
    conditionId: options.general ? null : 'me-cfs',
    status,
    legalBasis: options.municipality ? 'sol' : 'hsl',
    grounds: options.grounds ?? null,
    decisionId: null,
  }
}

export function decision(
  id: string,
  region: string,
  validFrom: string,
  step: Pick<FactOf<'decisions'>, 'kind' | 'stage' | 'outcome'> & Partial<FactOf<'decisions'>>,
  options: Options = {},
): Versioned<FactOf<'decisions'>> {
  return {
    ...fact(id, validFrom, options),
    jurisdictionLevel: 'region',
    regionCode: region,
    title: both('Motion om vård för ME/CFS', 'Motion on care for ME/CFS'),
    body: both('Regionfullmäktige', 'The regional council'),
    date: validFrom,
    filedOn: null,
    referenceNumber: 'RS/1/2020',
    proposer: 'Anna Andersson',
    proposerParty: 'V',
    respondent: null,
    proposals: [both('Inrätta en mottagning.', 'Set up a clinic.')],
    summary: both('Motionen behandlades.', 'The motion was dealt with.'),
    conditionIds: ['me-cfs'],
    votesForMotion: null,
    votesAgainstMotion: null,
    votesAbstained: null,
    ...step,
  }
}

export function careStatement(
  id: string,
  region: string,
  validFrom: string,
  status: FactOf<'specialistCare'>['status'] = 'none',
  options: Options & { referredTo?: string } = {},
): Versioned<FactOf<'specialistCare'>> {
  return {
    ...fact(id, validFrom, options),
    regionCode: region,
    conditionId: 'me-cfs',
    status,
    referredToRegionCode: options.referredTo ?? null,
    description: both('Regionen saknar mottagning.', 'The region has no clinic.'),
  }
}
export const noClinic = (id: string, region: string, validFrom: string, options: Options = {}) => careStatement(id, region, validFrom, 'none', options)

const source: Versioned<StoredSource> = {
  id: 'source-2021-01-01',
  title: 'Sida',
  issuer: 'Region A',
  publisherType: 'region',
  strength: 'primary',
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

/** Three regions (A with two municipalities), and whatever facts a test gives. */
export function fixture(facts: FixtureFacts = {}): Snapshot {
  return snapshotOf({
    regions: [
      { code: '01', name: 'Region A', county: 'A län' },
      { code: '02', name: 'Region B', county: 'B län' },
      { code: '03', name: 'Region C', county: 'C län' },
    ],
    municipalities: [
      { code: '0101', name: 'Astad', regionCode: '01' },
      { code: '0102', name: 'Aby', regionCode: '01' },
    ],
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
