import type { VisitType } from '../generated/prisma/enums.js'
import type { FactKind, FactOf } from '../schemas/fact-kinds.js'
import type { Labels } from '../schemas/labels.js'
import { capitalised, careStatement, concat, decisionStep, each, evidenceNote, operation, policyStatus, providerState, serviceName, text } from './phrases.js'
import type { Snapshot } from './snapshot.js'

const both = (value: string): Labels => ({ en: value, sv: value })

const visitType: Record<VisitType, Labels> = {
  specialist_visit: text('specialist visit', 'specialistbesök'),
  primary_care_visit: text('primary care visit', 'besök i primärvården'),
  home_visit: text('home visit', 'hembesök'),
}

const pathway: Record<FactOf<'referralRules'>['pathway'], Labels> = {
  primary_care: text('Referral from primary care', 'Remiss från primärvården'),
  any_doctor: text('Referral from any doctor', 'Remiss från valfri läkare'),
  self_referral: text('Self-referral', 'Egenremiss'),
}

const referralStatus: Record<FactOf<'referralRules'>['status'], Labels> = {
  allowed: text('possible', 'möjlig'),
  not_allowed: text('not possible', 'inte möjlig'),
  unknown: text('not known', 'okänt'),
}

/** The votes of a roll-call, relative to the motion, where the source gives them. */
export function votesOf(decision: Pick<FactOf<'decisions'>, 'votesForMotion' | 'votesAgainstMotion' | 'votesAbstained'>): Labels | null {
  const { votesForMotion: yes, votesAgainstMotion: no, votesAbstained: abstained } = decision
  if (yes === null && no === null) return null
  const rest = abstained === null ? text('', '') : text(`, ${abstained} abstained`, `, ${abstained} avstod`)
  return concat(text(`${yes ?? '?'} voted for the motion, ${no ?? '?'} against`, `${yes ?? '?'} röstade för motionen, ${no ?? '?'} emot`), rest)
}

/** One fact of any kind in one line, for a reader: what it says, not its fields. */
export function factHeadline(snapshot: Snapshot, kind: FactKind, fact: FactOf<FactKind>): Labels {
  const providerName = (id: string | null) => (id ? snapshot.providers.find((p) => p.id === id)?.name ?? id : null)
  const at = (id: string | null) => {
    const name = providerName(id)
    return name ? text(` at ${name}`, ` hos ${name}`) : text('', '')
  }
  switch (kind) {
    case 'providers': {
      const p = fact as FactOf<'providers'>
      return concat(both(`${p.name}: `), providerState[p.status], text(' (', ' ('), operation[p.operatedAs], text(')', ')'))
    }
    case 'fees': {
      const f = fact as FactOf<'fees'>
      const amount =
        f.status === 'free'
          ? text('no fee', 'ingen avgift')
          : f.amountSek === null
            ? text('a fee, amount not stated', 'avgift, beloppet anges inte')
            : text(`${f.amountSek} SEK`, `${f.amountSek} kr`)
      const ceiling =
        f.countsTowardHighCostCeiling === true
          ? text(', counts toward the high-cost ceiling', ', ingår i högkostnadsskyddet')
          : f.countsTowardHighCostCeiling === false
            ? text(', outside the high-cost ceiling', ', ingår inte i högkostnadsskyddet')
            : text('', '')
      return concat(text('Fee per ', 'Avgift per '), visitType[f.visitType], at(f.providerId), text(': ', ': '), amount, ceiling)
    }
    case 'referralRules': {
      const r = fact as FactOf<'referralRules'>
      const investigated = r.requiresFullyInvestigated ? text(', fully investigated first', ', färdigutredd först') : text('', '')
      const max = r.maxTreatmentOccasions
      const occasions = max ? text(`, up to ${max} occasions`, `, upp till ${max} tillfällen`) : text('', '')
      return concat(pathway[r.pathway], at(r.providerId), text(': ', ': '), referralStatus[r.status], investigated, occasions)
    }
    case 'homeCarePolicies': {
      const h = fact as FactOf<'homeCarePolicies'>
      const municipality = h.municipalityCode ? snapshot.municipalities.find((m) => m.code === h.municipalityCode)?.name ?? h.municipalityCode : null
      const where = municipality ? text(` in ${municipality}`, ` i ${municipality}`) : text('', '')
      return concat(capitalised(serviceName[h.service]), where, text(': ', ': '), policyStatus[h.status], evidenceNote[h.evidence])
    }
    case 'decisions': {
      const d = fact as FactOf<'decisions'>
      const body = d.body ? each(d.body, (b) => `${b}: `) : text('', '')
      const votes = votesOf(d)
      const reference = d.referenceNumber ? both(` (${d.referenceNumber})`) : text('', '')
      const title = each(d.title, (t) => `${t}${t.endsWith('.') ? '' : '.'} `)
      return concat(title, body, decisionStep(d), reference, votes ? concat(text('; ', '; '), votes) : text('', ''))
    }
    case 'specialistCare': {
      const s = fact as FactOf<'specialistCare'>
      const to = s.referredToRegionCode ? snapshot.regions.find((r) => r.code === s.referredToRegionCode)?.name ?? s.referredToRegionCode : null
      return concat(careStatement[s.status], to ? both(` (${to})`) : text('', ''))
    }
  }
}
