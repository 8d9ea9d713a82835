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
  status: z.enum(DecisionStatus).meta({ description: 'The outcome: approved, rejected, rejection proposed, considered answered, answered, pending or unknown.' }),
})
export type DecisionInput = z.infer<typeof decisionSchemas.input>
export type Decision = z.infer<typeof decisionSchemas.output>
