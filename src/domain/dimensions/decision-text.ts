// A step of a political matter as a sentence: who did what, and when.
import type { FactOf } from '../../schemas/fact-kinds.js'
import type { Labels, Language } from '../../schemas/labels.js'
import { dateText } from './prose.js'

type Decision = Pick<
  FactOf<'decisions'>,
  | 'kind'
  | 'stage'
  | 'outcome'
  | 'body'
  | 'date'
  | 'filedOn'
  | 'validFrom'
  | 'jurisdictionLevel'
  | 'proposer'
  | 'proposerParty'
  | 'respondent'
  | 'votesForMotion'
  | 'votesAgainstMotion'
  | 'votesAbstained'
>

/** The matter in a sentence: the definite noun, and whether Swedish calls it "en" or "ett" (for "besvarad"/"besvarat"). */
const matter: Record<Decision['kind'], { en: string; sv: string; neuter: boolean }> = {
  motion: { en: 'the motion', sv: 'motionen', neuter: false },
  written_question: { en: 'the question', sv: 'frågan', neuter: false },
  interpellation: { en: 'the interpellation', sv: 'interpellationen', neuter: false },
  citizen_proposal: { en: "the citizens' proposal", sv: 'medborgarförslaget', neuter: true },
  board_decision: { en: 'the matter', sv: 'ärendet', neuter: true },
  budget: { en: 'the budget', sv: 'budgeten', neuter: false },
  regulation: { en: 'the regulation', sv: 'föreskriften', neuter: false },
  government_assignment: { en: 'the assignment', sv: 'uppdraget', neuter: true },
}

const fallbackBody: Record<Decision['jurisdictionLevel'], Labels> = {
  region: { en: 'The region', sv: 'Regionen' },
  municipality: { en: 'The municipality', sv: 'Kommunen' },
  nation: { en: 'The government', sv: 'Regeringen' },
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

/** When the step happened: its date, or what is known of it. */
function when(d: Decision, lang: Language): string {
  const day = d.stage === 'filed' ? (d.filedOn ?? d.date) : d.date
  if (day) return lang === 'sv' ? ` den ${dateText(day).sv}` : ` on ${dateText(day).en}`
  const by = dateText(d.validFrom)
  return lang === 'sv' ? ` (källan anger inget datum; det hade skett senast den ${by.sv})` : ` (the source gives no date; it had happened by ${by.en})`
}

function votes(d: Decision, lang: Language): string {
  if (d.votesForMotion === null && d.votesAgainstMotion === null) return ''
  const yes = d.votesForMotion ?? 0
  const no = d.votesAgainstMotion ?? 0
  const abstained = d.votesAbstained ? (lang === 'sv' ? `; ${d.votesAbstained} avstod` : `; ${d.votesAbstained} abstained`) : ''
  return lang === 'sv'
    ? ` Vid omröstningen röstade ${yes} för att bifalla motionen och ${no} emot${abstained}.`
    : ` In the vote, ${yes} voted to approve the motion and ${no} against${abstained}.`
}

/** "Regionstyrelsen föreslog den 29 maj 2019 att motionen ska anses besvarad. Det är ett förslag, inte ett beslut." */
export function decisionSentence(d: Decision, lang: Language): string {
  const who = d.body?.[lang] ?? fallbackBody[d.jurisdictionLevel][lang]
  const { [lang]: noun, neuter } = matter[d.kind]
  const answeredSv = neuter ? 'besvarat' : 'besvarad'
  const t = when(d, lang)
  const sv = lang === 'sv'
  let sentence: string
  switch (d.stage) {
    case 'filed': {
      const by = d.proposer ? `${d.proposer}${d.proposerParty ? ` (${d.proposerParty})` : ''}` : sv ? 'En ledamot' : 'A member'
      sentence = sv
        ? `${by} lämnade in ${noun}${t}. Hur den behandlades framgår inte av källan.`
        : `${by} filed ${noun}${t}. The source does not say how it was dealt with.`
      break
    }
    case 'proposed': {
      const what: Partial<Record<Decision['outcome'], Labels>> = {
        approved: { en: `${noun} be approved`, sv: `${noun} ska bifallas` },
        rejected: { en: `${noun} be rejected`, sv: `${noun} ska avslås` },
        considered_answered: { en: `${noun} be considered answered`, sv: `${noun} ska anses ${answeredSv}` },
      }
      const proposal = what[d.outcome]
      sentence = proposal
        ? sv
          ? `${who} föreslog${t} att ${proposal.sv}.`
          : `${who} proposed${t} that ${proposal.en}.`
        : sv
          ? `${who} lade fram ett förslag om ${noun}${t}.`
          : `${who} made a proposal on ${noun}${t}.`
      sentence += sv ? ' Det är ett förslag, inte ett beslut.' : ' This is a proposal, not a decision.'
      break
    }
    case 'answered': {
      const by = d.respondent ?? who
      sentence = sv ? `${by} besvarade ${noun}${t}.` : `${by} answered ${noun}${t}.`
      break
    }
    case 'decided': {
      const done: Record<Decision['outcome'], Labels> = {
        approved: ['motion', 'citizen_proposal'].includes(d.kind)
          ? { en: `${who} approved ${noun}${t}.`, sv: `${who} biföll ${noun}${t}.` }
          : { en: `${who} took the decision${t}.`, sv: `${who} fattade beslutet${t}.` },
        rejected: { en: `${who} rejected ${noun}${t}.`, sv: `${who} avslog ${noun}${t}.` },
        considered_answered: { en: `${who} considered ${noun} answered${t}.`, sv: `${who} ansåg ${noun} ${answeredSv}${t}.` },
        answered: { en: `${who} answered ${noun}${t}.`, sv: `${who} besvarade ${noun}${t}.` },
        pending: { en: `${capital(noun)} was still pending${t}.`, sv: `${capital(noun)} var ännu inte avgjord${neuter ? 't' : ''}${t}.` },
        unknown: {
          en: `${who} dealt with ${noun}${t}; the source does not give the outcome.`,
          sv: `${who} behandlade ${noun}${t}; utfallet framgår inte av källan.`,
        },
      }
      sentence = done[d.outcome][lang]
      break
    }
  }
  return sentence + votes(d, lang)
}
