import { z } from 'zod'
import { DecisionKind, DecisionOutcome, DecisionStage } from '../../generated/prisma/enums.js'
import { isoDate, slug } from '../../schemas/common.js'
import type { Language } from '../../schemas/labels.js'
import { text } from '../phrases.js'
import { cellOf, evidenceOn, type Fact, inBoth, type RegionFacts, unknownCell } from './cell.js'
import { decisionSentence } from './decision-text.js'
import { defineDimension } from './dimension.js'
import { factsOn, inRegion } from './scope.js'

type Decision = Fact<'decisions'>

const item = z
  .object({
    id: slug,
    kind: z.enum(DecisionKind),
    stage: z.enum(DecisionStage).meta({ description: 'filed, proposed (one body proposes to another: not a decision), decided or answered.' }),
    outcome: z.enum(DecisionOutcome),
    title: z.string(),
    body: z.string().nullable().meta({ description: 'Who acted at this stage, in the language asked for.' }),
    date: isoDate.nullable().meta({ description: 'The date of this stage; null when the source gives none (see `knownBy`).' }),
    knownBy: isoDate.meta({ description: 'The step had happened by this date at the latest.' }),
    referenceNumber: z.string().nullable(),
    proposer: z.string().nullable(),
    proposerParty: z.string().nullable(),
    votes: z.object({ forMotion: z.number().int().nullable(), againstMotion: z.number().int().nullable(), abstained: z.number().int().nullable() }).nullable(),
    sentence: z.string().meta({ description: 'Who did what, and when, in the language asked for.' }),
    evidenceDate: isoDate,
  })
  .meta({ id: 'DecisionItem' })

/** The most recent steps the summary names; the value lists them all. */
const SHOWN = 5

export default defineDimension({
  id: 'recent_decisions',
  label: text('Political decisions and proposals', 'Politiska beslut och förslag'),
  question: text(
    "What have the region's politicians decided or proposed on this care?",
    'Vad har regionens politiker beslutat eller föreslagit om den här vården?',
  ),
  type: 'list',
  offer: false,
  priority: 6,
  value: z.object({ items: z.array(item) }).meta({ id: 'RecentDecisionsValue' }),
  sameAs: (cell) => cell.status,
  cell(facts: RegionFacts) {
    const { snapshot, regionCode, query } = facts
    const concerned = inRegion(snapshot.decisions, regionCode).filter((d) => d.conditionIds.length === 0 || d.conditionIds.includes(query.condition))
    const day = (d: Decision) => d.date ?? d.validFrom
    const dated = factsOn(facts, 'decisions', concerned)
      .current.filter((d) => day(d) <= query.asOf)
      .sort((a, b) => (day(a) < day(b) ? 1 : day(a) > day(b) ? -1 : 0))
    if (dated.length === 0) {
      return unknownCell(query, text('political decisions on this care', 'politiska beslut om den här vården'))
    }
    const line = (d: Decision, lang: Language) => `${d.title[lang]}${d.referenceNumber ? ` (${d.referenceNumber})` : ''}: ${decisionSentence(d, lang)}`
    const n = dated.length
    return cellOf(query, {
      status: 'known',
      value: inBoth((lang) => ({
        items: dated.map((d) => ({
          id: d.id,
          kind: d.kind,
          stage: d.stage,
          outcome: d.outcome,
          title: d.title[lang],
          body: d.body?.[lang] ?? null,
          date: d.date,
          knownBy: d.validFrom,
          referenceNumber: d.referenceNumber,
          proposer: d.proposer,
          proposerParty: d.proposerParty,
          votes:
            d.votesForMotion === null && d.votesAgainstMotion === null && d.votesAbstained === null
              ? null
              : { forMotion: d.votesForMotion, againstMotion: d.votesAgainstMotion, abstained: d.votesAbstained },
          sentence: decisionSentence(d, lang),
          evidenceDate: evidenceOn(d, query.asOf),
        })),
      })),
      short: { en: `${n} ${n === 1 ? 'matter' : 'matters'}`, sv: `${n} ${n === 1 ? 'ärende' : 'ärenden'}` },
      summary: inBoth((lang) =>
        dated
          .slice(0, SHOWN)
          .map((d) => line(d, lang))
          .join(' '),
      ),
      deciding: dated,
    })
  },
})
