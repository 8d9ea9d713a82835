// What every dimension's rule builds on: the cell, its statuses by kind of
// question, and how its evidence date, staleness and strength follow from the
// facts that decide it.
import type { SourceStrength } from '../../generated/prisma/enums.js'
import type { StoredCitation } from '../../schemas/common.js'
import type { FactKind, FactOf } from '../../schemas/fact-kinds.js'
import type { Labels, Language } from '../../schemas/labels.js'
import { addMonths } from '../as-of.js'
import type { Snapshot, Versioned } from '../snapshot.js'
import { concat, each, text } from '../phrases.js'
import { dateText, monthYear } from './prose.js'

/**
 * The kinds of question a dimension asks, and the statuses each answers with:
 * availability (is it offered?), amount (how much?), yes/no, and list (what is there?).
 */
export const questionStatuses = {
  availability: ['offered', 'partly', 'paused', 'not_offered', 'municipal_responsibility', 'unknown'],
  amount: ['known', 'unknown'],
  yes_no: ['yes', 'no', 'unknown'],
  list: ['known', 'unknown'],
} as const
export type QuestionType = keyof typeof questionStatuses
export type StatusOf<Q extends QuestionType> = (typeof questionStatuses)[Q][number]
export type CellStatus = StatusOf<QuestionType>
export const cellStatuses = [...new Set(Object.values(questionStatuses).flat())] as CellStatus[]

export const statusLabels: Record<CellStatus, Labels> = {
  offered: text('Offered', 'Erbjuds'),
  partly: text('Partly', 'Delvis'),
  paused: text('Temporarily closed', 'Tillfälligt stängd'),
  not_offered: text('Not offered', 'Erbjuds inte'),
  municipal_responsibility: text('Municipal responsibility', 'Kommunens ansvar'),
  known: text('Known', 'Känt'),
  yes: text('Yes', 'Ja'),
  no: text('No', 'Nej'),
  unknown: text('Unknown', 'Okänt'),
}

/** What each status means, for the documentation. */
export const statusMeanings: Record<CellStatus, string> = {
  offered: 'the region offers it (a clinic run by or contracted by the region, a service it provides)',
  partly: 'offered with conditions (after a needs assessment, as a trial) or known for some municipalities only',
  paused: 'it exists but takes no one new for now',
  not_offered: 'a source says it is not offered (or that the region has none)',
  municipal_responsibility: 'the region says the municipalities are responsible',
  known: 'the amount or the list is known; it is in the value',
  yes: 'yes',
  no: 'no',
  unknown: 'no source on file says: never "no"',
}

export type Fact<K extends FactKind> = Versioned<FactOf<K>>
export type AnyFact = Fact<FactKind>

export interface CompareQuery {
  condition: string
  asOf: string
  /** Evidence older than this many months before `asOf` makes a cell stale. */
  staleAfterMonths: number
}

/** What a rule sees: one region's facts, on the date and for the condition asked. */
export interface RegionFacts {
  snapshot: Snapshot
  regionCode: string
  query: CompareQuery
}

/** One region's answer on one dimension, in both languages (a read picks one). */
export interface Cell<S extends CellStatus = CellStatus, V = unknown> {
  status: S
  /** The answer as data, in each language (names of bodies and free texts differ); null when unknown and nothing is named. */
  value: Record<Language, V> | null
  /** The answer in a few words, for a map tile or a narrow column: "330 kr", "Smärthjälpen". */
  short: Labels
  /** The answer in sentences, then its caveats: what `statement` and `caveats` say together. */
  summary: Labels
  /** The answer in sentences, without the caveats. */
  statement: Labels
  /** What to bear in mind about the answer: the sources disagree, it rests on secondary or weak sources only, it is old. */
  caveats: { kind: CaveatKind; text: Labels }[]
  /** The newest evidence, as of the date asked, behind the facts that decide the status and the value. */
  evidenceDate: string | null
  /** That evidence is older than the horizon: the answer may no longer hold. */
  stale: boolean
  /** The strongest source behind the deciding facts: "secondary" or "weak" means the answer rests on no primary source. */
  evidenceStrength: SourceStrength | null
  /** Facts valid on the date say different things. */
  sourcesDisagree: boolean
  /** The facts the cell mentions: those deciding it first. */
  factIds: string[]
  /** How many of `factIds` decide the answer (the rest are named beside it). */
  decidingCount: number
  citations: StoredCitation[]
}

const strengthOrder: SourceStrength[] = ['primary', 'secondary', 'weak']

/**
 * How recent a fact's evidence is as of a date: the newest of its sources and
 * of its confirmations checked on or before that date (a check is never
 * evidence for the days before it).
 */
export function evidenceOn(fact: AnyFact, asOf: string): string {
  let newest = '0000-01-01'
  for (const c of fact.citations) if (c.sourceDate > newest) newest = c.sourceDate
  for (const c of fact.confirmations) if (c.checkedOn <= asOf && c.checkedOn > newest) newest = c.checkedOn
  return newest
}

/** The strongest source behind facts (their citations and the confirmations that count on the date). */
export function strengthOf(facts: readonly AnyFact[], asOf: string): SourceStrength | null {
  let best: number | null = null
  for (const fact of facts) {
    const strengths = [...fact.citations.map((c) => c.sourceStrength), ...fact.confirmations.filter((c) => c.checkedOn <= asOf).map((c) => c.sourceStrength)]
    for (const s of strengths) best = best === null ? strengthOrder.indexOf(s) : Math.min(best, strengthOrder.indexOf(s))
  }
  return best === null ? null : strengthOrder[best]!
}

/** Why an answer needs a caveat: its sources disagree, it rests on secondary or weak sources only, or its evidence is old. */
export type CaveatKind = 'disagree' | 'secondary' | 'weak' | 'stale'

const strengthNote: Record<Exclude<SourceStrength, 'primary'>, Labels> = {
  secondary: text(
    'The answer rests on secondary sources only (news, a patient association or a party).',
    'Svaret bygger bara på andrahandskällor (nyheter, en patientförening eller ett parti).',
  ),
  weak: text(
    "The answer rests on a weak source only (a reader's letter, a blog or a forum).",
    'Svaret bygger bara på en svag källa (en insändare, en blogg eller ett forum).',
  ),
}

/** Sentences joined: each ends with a full stop, and empty ones are left out. */
export const sentences = (...parts: Labels[]): Labels =>
  each(concat(...parts.map((p) => each(p, (v) => (v === '' ? '' : /[.!?:]$/.test(v.trim()) ? `${v.trim()} ` : `${v.trim()}. `)))), (v) => v.trim())

export interface CellParts<S extends CellStatus, V> {
  status: S
  value: Record<Language, V> | null
  short: Labels
  summary: Labels
  /** The facts that decide the status and the value: the evidence date, staleness and strength are theirs. */
  deciding: readonly AnyFact[]
  /** Other facts the answer names (a private clinic beside a regional one); their citations are shown, their dates are their own. */
  mentioned?: readonly AnyFact[]
  sourcesDisagree?: boolean
}

/** A cell from its parts: the evidence of the deciding facts, stale past the horizon, and notes after the summary. */
export function cellOf<S extends CellStatus, V>(query: CompareQuery, parts: CellParts<S, V>): Cell<S, V> {
  const { deciding, mentioned = [] } = parts
  const evidenceDate = deciding.length === 0 ? null : deciding.map((f) => evidenceOn(f, query.asOf)).reduce((a, b) => (b > a ? b : a))
  const stale = parts.status !== 'unknown' && evidenceDate !== null && addMonths(evidenceDate, query.staleAfterMonths) < query.asOf
  const evidenceStrength = strengthOf(deciding, query.asOf)
  const sourcesDisagree = parts.sourcesDisagree ?? false
  const caveats: Cell['caveats'] = []
  if (sourcesDisagree) caveats.push({ kind: 'disagree', text: text('The sources disagree; each is cited', 'Källorna säger olika; alla anges') })
  const weak = parts.status !== 'unknown' && evidenceStrength && evidenceStrength !== 'primary' ? evidenceStrength : null
  if (weak) caveats.push({ kind: weak, text: strengthNote[weak] })
  if (stale && evidenceDate) {
    caveats.push({
      kind: 'stale',
      text: each(monthYear(evidenceDate), (d, lang) => (lang === 'sv' ? `Uppgiften bekräftades senast i ${d}` : `Last confirmed in ${d}`)),
    })
  }
  const all = [...deciding, ...mentioned.filter((f) => !deciding.includes(f))]
  return {
    status: parts.status,
    value: parts.value,
    short: parts.short,
    summary: sentences(parts.summary, ...caveats.map((c) => c.text)),
    statement: sentences(parts.summary),
    caveats,
    evidenceDate,
    stale,
    evidenceStrength,
    sourcesDisagree,
    factIds: all.map((f) => f.id),
    decidingCount: deciding.length,
    citations: all.flatMap((f) => f.citations),
  }
}

/** Values in both languages from one function of the language. */
export const inBoth = <V>(make: (lang: Language) => V): Record<Language, V> => ({ en: make('en'), sv: make('sv') })

/**
 * The cell when nothing on file answers for the date: what is unknown, and the
 * last answer, if one ended before the date, in the dimension's own sentence.
 */
export function unknownCell<F extends AnyFact>(
  query: CompareQuery,
  what: Labels,
  last?: { fact: F; end: string },
  describe?: (fact: F) => Labels,
): Cell<'unknown', never> {
  return cellOf<'unknown', never>(query, {
    status: 'unknown',
    value: null,
    short: text('Unknown', 'Okänt'),
    summary: unknownSummary(what, last && describe && { describe: describe(last.fact), end: last.end }),
    deciding: [],
    mentioned: last ? [last.fact] : [],
  })
}

/** What an unknown cell says: nothing on file for the date, and what held last, if it ended before the date. */
export function unknownSummary(what: Labels, lastKnown?: { describe: Labels; end: string }): Labels {
  const none = each(what, (w, lang) => (lang === 'sv' ? `Det finns inga uppgifter om ${w} för det här datumet` : `No source on file covers ${w} on this date`))
  if (!lastKnown) return none
  const end = dateText(lastKnown.end)
  const last = {
    en: `Last known: ${lastKnown.describe.en}, until ${end.en}`,
    sv: `Senast kända uppgift: ${lastKnown.describe.sv}, till och med ${end.sv}`,
  }
  return sentences(none, last)
}
