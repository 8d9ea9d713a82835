import { createHash } from 'node:crypto'
import type { CuratedFile } from '../schemas/curated.js'
import type { LoadedCuratedFile, ReferenceData } from './files.js'

/** A small deterministic PRNG (mulberry32), so every run builds the same dataset. */
function random(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const regionalServices = [
  'doctor_home_visit',
  'nurse_home_visit',
  'occupational_therapist_home_visit',
  'counselor_home_visit',
  'digital_dental_care',
  'mobile_dental_care',
] as const
const homeCareStatuses = ['offered', 'offered_after_needs_assessment', 'not_offered', 'municipal_responsibility', 'under_trial', 'unknown'] as const
const municipalServices = [
  ['home_help', 'sol'],
  ['housing_support', 'sol'],
  ['personal_assistance', 'lss'],
] as const

/**
 * A synthetic national dataset for benchmarks: every region and municipality,
 * every comparison dimension, `years` years of history (each year's facts end
 * on 31 December, the last year's are open-ended). Not real data.
 */
export function generateSyntheticDataset(reference: ReferenceData, options: { years?: number; endYear?: number } = {}): LoadedCuratedFile[] {
  const years = options.years ?? 5
  const endYear = options.endYear ?? new Date().getFullYear()
  const next = random(20261122)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!
  const files: LoadedCuratedFile[] = []

  for (const region of reference.regions) {
    const municipalities = reference.municipalities.filter((m) => m.regionCode === region.code)
    for (let year = endYear - years + 1; year <= endYear; year++) {
      const id = `syn-${region.code}-${year}`
      const period = {
        validFrom: `${year}-01-01`,
        validTo: year === endYear ? null : `${year}-12-31`,
        supersedes: null,
        notes: { sv: 'Syntetiska data för mätningar.', en: 'Synthetic benchmark data.' },
      }
      const cite = (what: string) => [{
        kind: 'reference' as const,
        locator: `avsnitt ${Math.ceil(next() * 9)}`,
        quote: null,
        reference: { sv: `Syntetiskt: ${what} i ${region.name} ${year}.`, en: `Synthetic: ${what} in ${region.name} ${year}.` },
        supports: 'status',
      }]
      const providerId = `${id}-provider`
      const data: CuratedFile = {
        sources: [{
          id,
          title: `Syntetiskt underlag för ${region.name} ${year}`,
          issuer: region.name,
          publisherType: 'region',
          strength: 'primary',
          kind: 'web_page',
          publishedOn: `${year}-01-01`,
          updatedOn: null,
          notBefore: null,
          dateNote: null,
          note: null,
          referenceNumber: `SYN-${region.code}-${year}`,
          fileName: null,
          url: `https://example.org/regionkollen/synthetic/${id}`,
          jurisdictionLevel: 'region',
          regionCode: region.code,
          municipalityCode: null,
        }],
        providers: [
          {
            id: providerId,
            name: `Specialistmottagning ${region.name} ${year}`,
            shortName: null,
            kind: 'clinic',
            operatedAs: pick(['region_run', 'contracted'] as const),
            contractStart: null,
            contractEnd: null,
            regionCode: region.code,
            municipalityCode: municipalities[0]?.code ?? null,
            address: null,
            website: null,
            phone: null,
            email: null,
            scheduleDescription: null,
            description: { sv: 'En syntetisk specialistmottagning.', en: 'A synthetic specialist clinic.' },
            conditionIds: ['me-cfs'],
            status: next() < 0.8 ? 'operating' : 'closed',
            ...period,
            citations: cite('specialistmottagning'),
          },
        ],
        fees: [
          {
            id: `${id}-fee`,
            regionCode: region.code,
            providerId,
            visitType: 'specialist_visit',
            amountSek: 200 + Math.round(next() * 20) * 10,
            countsTowardHighCostCeiling: next() < 0.9,
            status: 'charged',
            ...period,
            citations: cite('patientavgift'),
          },
        ],
        referralRules: (['primary_care', 'self_referral'] as const).map((pathway) => ({
          id: `${id}-referral-${pathway.replace('_', '-')}`,
          regionCode: region.code,
          providerId,
          pathway,
          requiresFullyInvestigated: next() < 0.7,
          prerequisites: null,
          maxTreatmentOccasions: next() < 0.5 ? 10 + Math.round(next() * 20) : null,
          ageGroup: pick(['adults', 'all'] as const),
          status: pathway === 'primary_care' || next() < 0.4 ? 'allowed' : 'not_allowed',
          ...period,
          citations: cite('remissregler'),
        })),
        homeCarePolicies: [
          ...regionalServices.map((service) => ({
            id: `${id}-${service.replaceAll('_', '-')}`,
            jurisdictionLevel: 'region' as const,
            regionCode: region.code,
            municipalityCode: null,
            service,
            ageGroup: 'all' as const,
            evidence: 'statement' as const,
            conditionId: 'me-cfs',
            status: pick(homeCareStatuses),
            legalBasis: 'hsl' as const,
            grounds: { sv: 'Syntetiska skäl.', en: 'Synthetic grounds.' },
            decisionId: `${id}-decision`,
            ...period,
            citations: cite(service),
          })),
          ...municipalities.flatMap((municipality) =>
            municipalServices.map(([service, legalBasis]) => ({
              id: `syn-${municipality.code}-${year}-${service.replaceAll('_', '-')}`,
              jurisdictionLevel: 'municipality' as const,
              regionCode: region.code,
              municipalityCode: municipality.code,
              service,
              ageGroup: 'all' as const,
              evidence: 'statement' as const,
              conditionId: 'me-cfs',
              status: pick(['offered_after_needs_assessment', 'offered_after_needs_assessment', 'not_offered', 'unknown'] as const),
              legalBasis,
              grounds: null,
              decisionId: null,
              ...period,
              citations: cite(`${service} i ${municipality.name}`),
            })),
          ),
        ],
        specialistCare: [],
        decisions: [
          {
            id: `${id}-decision`,
            jurisdictionLevel: 'region',
            regionCode: region.code,
            kind: 'motion',
            stage: 'decided',
            outcome: pick(['approved', 'rejected', 'considered_answered'] as const),
            title: { sv: `Syntetisk motion om ME-vård ${year}`, en: `Synthetic motion on ME care ${year}` },
            body: { sv: 'Regionfullmäktige', en: 'The regional council' },
            date: `${year}-03-01`,
            filedOn: null,
            referenceNumber: `SYN/${year}/${region.code}`,
            proposer: null,
            proposerParty: null,
            respondent: null,
            proposals: [{ sv: 'Ett syntetiskt förslag.', en: 'A synthetic proposal.' }],
            summary: { sv: 'Ett syntetiskt beslut.', en: 'A synthetic decision.' },
            conditionIds: ['me-cfs'],
            votesForMotion: null,
            votesAgainstMotion: null,
            votesAbstained: null,
            ...period,
            validFrom: `${year}-03-01`,
            citations: cite('beslut'),
          },
        ],
        confirmations: [],
      }
      const text = JSON.stringify(data)
      files.push({ name: `${id}.synthetic`, contentHash: createHash('sha256').update(text).digest('hex'), data })
    }
  }
  return files
}
