import { z } from 'zod'
import { DecisionKind, DecisionStatus } from '../generated/prisma/enums.js'
import { factSchemas, isoDate, jurisdictionLevel, regionCode, slug } from './common.js'

const voteCount = z.number().int().min(0).max(10_000).nullable()

export const decisionSchemas = factSchemas('Decision', {
  jurisdictionLevel,
  regionCode: regionCode.nullable(),
  kind: z.enum(DecisionKind),
  title: z.string().min(1).max(500),
  body: z.string().min(1).max(300).meta({ description: 'The deciding or answering body, in Swedish.' }),
  decidedOn: isoDate.nullable(),
  filedOn: isoDate.nullable(),
  referenceNumber: z.string().max(100).nullable(),
  proposer: z.string().max(300).nullable(),
  proposerParty: z.string().max(20).nullable(),
  respondent: z.string().max(300).nullable(),
  proposals: z.array(z.string().min(1).max(1000)),
  summary: z.string().min(1).max(3000),
  conditionIds: z.array(slug),
  votesFor: voteCount,
  votesAgainst: voteCount,
  votesAbstained: voteCount,
  status: z.enum(DecisionStatus).meta({
    description: 'The outcome: approved, rejected, rejection proposed, considered answered, answered, pending or unknown.',
  }),
}, {
  example: {
    jurisdictionLevel: 'region',
    regionCode: '23',
    kind: 'motion',
    title: 'Svar på motion från Ann-Marie Johansson (S) om kvalificerad vård i hemmet för fler patienter',
    body: 'Regionstyrelsen',
    decidedOn: '2019-05-29',
    filedOn: null,
    referenceNumber: 'RS/148/2019',
    proposer: 'Ann-Marie Johansson',
    proposerParty: 'S',
    respondent: null,
    proposals: ['A trial of doctors at well-staffed health centres caring for patients at home, supervised by MiNT.'],
    summary: 'The board supported considering the motion answered, by 9 votes to 6.',
    conditionIds: [],
    votesFor: 9,
    votesAgainst: 6,
    votesAbstained: 0,
    status: 'considered_answered',
    validFrom: '2019-05-29',
    validTo: null,
    lastVerifiedOn: '2019-05-29',
    notes: null,
    citations: [{
      sourceId: 'jamtland-2019-rs-108-vard-i-hemmet',
      locator: '§108, Omröstningsresultat',
      quote: 'Med 9 ja-röster och 6 nej-röster finner ordföranden att regiondirektörens förslag antas.',
      supports: 'votesFor, votesAgainst',
    }],
  },
})
export type DecisionInput = z.infer<typeof decisionSchemas.input>
export type Decision = z.infer<typeof decisionSchemas.output>
