import { z } from 'zod'
import { AgeGroup, HomeCareService, HomeCareStatus, LegalBasis, PolicyEvidence } from '../generated/prisma/enums.js'
import { factSchemas, jurisdictionLevel, municipalityCode, regionCode, slug } from './common.js'
import { localizedText } from './localized.js'

export const homeCarePolicySchemas = factSchemas('HomeCarePolicy', {
  jurisdictionLevel,
  regionCode: regionCode.nullable(),
  municipalityCode: municipalityCode.nullable(),
  service: z.enum(HomeCareService),
  ageGroup: z.enum(AgeGroup).meta({ description: 'Whom the policy concerns, as the source says: adults, children, older people, all, or unknown.' }),
  evidence: z.enum(PolicyEvidence).meta({
    description: 'What the policy rests on: the jurisdiction\'s own statement, a proposal not yet decided, or interview accounts (not written policy).',
  }),
  conditionId: slug.nullable().meta({ description: 'The condition the policy is specific to, or null for a general policy.' }),
  status: z.enum(HomeCareStatus),
  legalBasis: z.enum(LegalBasis).nullable().meta({ description: 'HSL (health care), SoL (social services) or LSS.' }),
  grounds: localizedText({ max: 2000, nullable: true, description: 'The grounds the jurisdiction states, in the project\'s words.' }),
  decisionId: slug.nullable().meta({ description: 'The decision that shaped the policy.' }),
}, {
  example: {
    jurisdictionLevel: 'region',
    regionCode: '18',
    municipalityCode: null,
    service: 'occupational_therapist_home_visit',
    ageGroup: 'all',
    evidence: 'proposal',
    conditionId: 'me-cfs',
    status: 'municipal_responsibility',
    legalBasis: 'hsl',
    grounds: {
      sv: 'Förvaltningens svar på motionen: hembesök är kommunens ansvar, och kommunens arbetsterapeuter gör redan sådana besök.',
      en: 'The administration\'s answer to the motion: home visits are a municipal responsibility; municipal occupational therapists already make them.',
    },
    decisionId: 'orebro-2024-motion-hemsjukvard-me',
    validFrom: '2024-11-13',
    validTo: null,
    notes: null,
    citations: [{
      kind: 'quote',
      sourceId: 'orebro-2024-motion-hemsjukvard-me',
      locator: 'Sammanfattning',
      quote: 'Besök i hemmet ligger inom kommunalt ansvar där kommunens arbetsterapeuter idag gör hembesök för utprovning och för att se behovet på plats.',
      supports: 'status, grounds',
    }],
  },
  check: (value, ctx) => {
  // The jurisdiction level says which codes a policy carries.
    const { jurisdictionLevel: level, regionCode: region, municipalityCode: municipality } = value
    if (level === 'nation' && (region !== null || municipality !== null)) {
      ctx.addIssue({ code: 'custom', path: ['regionCode'], message: 'a national policy has no region or municipality code' })
    }
    if (level === 'region' && (region === null || municipality !== null)) {
      ctx.addIssue({ code: 'custom', path: ['regionCode'], message: 'a regional policy has a region code and no municipality code' })
    }
    if (level === 'municipality') {
      if (region === null || municipality === null) {
        ctx.addIssue({ code: 'custom', path: ['municipalityCode'], message: 'a municipal policy has both a region and a municipality code' })
      } else if (typeof municipality === 'string' && !municipality.startsWith(String(region))) {
        ctx.addIssue({ code: 'custom', path: ['municipalityCode'], message: 'the municipality is not in the region' })
      }
    }
  },
})
export type HomeCarePolicyInput = z.infer<typeof homeCarePolicySchemas.input>
export type HomeCarePolicy = z.infer<typeof homeCarePolicySchemas.output>
