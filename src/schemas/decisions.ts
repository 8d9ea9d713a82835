import { z } from 'zod'
import { DecisionKind, DecisionOutcome, DecisionStage } from '../generated/prisma/enums.js'
import { factSchemas, isoDate, jurisdictionLevel, regionCode, slug } from './common.js'
import { localizedList, localizedText } from './localized.js'

const voteCount = z.number().int().min(0).max(10_000).nullable()

export const decisionSchemas = factSchemas(
  'Decision',
  {
    jurisdictionLevel,
    regionCode: regionCode.nullable(),
    kind: z.enum(DecisionKind),
    stage: z.enum(DecisionStage).meta({
      description: 'How far the matter had come in the step this record describes: filed, proposed (one body proposes to another), decided or answered.',
    }),
    outcome: z.enum(DecisionOutcome).meta({ description: 'The outcome of the step; at the stage "proposed", the outcome proposed, not decided.' }),
    title: localizedText({ max: 500, description: "The matter's title: the document's own (Swedish) title, and an English rendering." }),
    body: localizedText({
      max: 300,
      nullable: true,
      description: 'The body acting at this stage ("Regionstyrelsen" / "the regional executive board"); null where the source does not say.',
    }),
    date: isoDate.nullable().meta({ description: 'The date of this stage: the decision, proposal or answer.' }),
    filedOn: isoDate.nullable(),
    referenceNumber: z.string().max(100).nullable(),
    proposer: z.string().max(300).nullable(),
    proposerParty: z.string().max(20).nullable(),
    respondent: z.string().max(300).nullable(),
    proposals: localizedList({ max: 1000, description: 'What the motion or question proposes, point by point.' }),
    summary: localizedText({ max: 3000, description: "What happened at this stage, in the project's words." }),
    conditionIds: z.array(slug),
    votesForMotion: voteCount.meta({ description: 'In a roll-call vote, the votes for approving the motion.' }),
    votesAgainstMotion: voteCount.meta({ description: 'In a roll-call vote, the votes against the motion (for the other proposal).' }),
    votesAbstained: voteCount,
  },
  {
    example: {
      jurisdictionLevel: 'region',
      regionCode: '23',
      kind: 'motion',
      stage: 'proposed',
      outcome: 'considered_answered',
      title: {
        sv: 'Svar på motion från Ann-Marie Johansson (S) om kvalificerad vård i hemmet för fler patienter',
        en: 'Answer to a motion by Ann-Marie Johansson (S) on qualified care at home for more patients',
      },
      body: { sv: 'Regionstyrelsen', en: 'The regional executive board' },
      date: '2019-05-29',
      filedOn: null,
      referenceNumber: 'RS/148/2019',
      proposer: 'Ann-Marie Johansson',
      proposerParty: 'S',
      respondent: null,
      proposals: [
        {
          sv: 'Ett försök där läkare vid välbemannade hälsocentraler vårdar patienter i hemmet, med stöd av MiNT.',
          en: 'A trial of doctors at well-staffed health centres caring for patients at home, supervised by MiNT.',
        },
      ],
      summary: {
        sv:
          'Regionstyrelsen ställer sig bakom hälso- och sjukvårdsnämndens förslag att fullmäktige ska anse motionen besvarad; ' +
          '9 röstade för det och 6 för att bifalla motionen.',
        en:
          "The executive board supports the health board's proposal that the council consider the motion answered; " +
          '9 voted for that, 6 for approving the motion.',
      },
      conditionIds: [],
      votesForMotion: 6,
      votesAgainstMotion: 9,
      votesAbstained: 0,
      validFrom: '2019-05-29',
      validTo: null,
      notes: { sv: 'Fullmäktiges eget beslut finns inte i källan.', en: "The council's own decision is not in the source." },
      citations: [
        {
          kind: 'quote',
          sourceId: 'jamtland-2019-rs-108-vard-i-hemmet',
          locator: '§108, Omröstningsresultat',
          quote: 'Med 9 ja-röster och 6 nej-röster finner ordföranden att regiondirektörens förslag antas.',
          supports: 'votesForMotion, votesAgainstMotion',
        },
      ],
    },
  },
)
export type DecisionInput = z.infer<typeof decisionSchemas.input>
export type Decision = z.infer<typeof decisionSchemas.output>
