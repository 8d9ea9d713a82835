// One fact of any kind as a sentence a reader can take as it is, in Swedish and
// in English: what it says, not its fields. The region's history and a
// source's page list facts this way.
import type { VisitType } from '../generated/prisma/enums.js'
import type { FactKind, FactOf } from '../schemas/fact-kinds.js'
import type { Labels } from '../schemas/labels.js'
import { decisionSentence } from './dimensions/decision-text.js'
import { sentences as joined } from './dimensions/cell.js'
import { policyStatement } from './dimensions/home-care.js'
import { amountText, capitalise } from './dimensions/prose.js'
import { channelSentence, termsSentence } from './dimensions/referral.js'
import { conditionName } from './dimensions/scope.js'
import { text } from './phrases.js'
import type { Snapshot, Versioned } from './snapshot.js'

type Fact<K extends FactKind> = FactOf<K>

/** Sentences joined, each starting with a capital and ending with a full stop; empty ones left out. */
const sentences = (...parts: Labels[]): Labels => joined(...parts.map(capitalise))

const operation: Record<Fact<'providers'>['operatedAs'], Labels> = {
  region_run: text('run by the region', 'i regionens regi'),
  contracted: text('contracted by the region', 'på avtal med regionen'),
  municipal: text('run by a municipality', 'i kommunal regi'),
  private: text('private, without an agreement with the region', 'privat, utan avtal med regionen'),
  unknown: text('run by whom no source says', 'okänt vem som driver den'),
}

function providerSentence(p: Fact<'providers'>): Labels {
  const who = { en: `${p.name} (${operation[p.operatedAs].en})`, sv: `${p.name} (${operation[p.operatedAs].sv})` }
  switch (p.status) {
    case 'operating':
      return { en: `${who.en} is operating`, sv: `${who.sv} är i drift` }
    case 'paused':
      return { en: `${who.en} takes no new referrals`, sv: `${who.sv} tar inte emot nya remisser` }
    case 'closed':
      return { en: `${who.en} has closed`, sv: `${who.sv} har stängt` }
    case 'planned':
      return { en: `${who.en} is planned`, sv: `${who.sv} planeras` }
    case 'unknown':
      return { en: `No source says whether ${who.en} is operating`, sv: `Ingen källa anger om ${who.sv} är i drift` }
  }
}

const visit: Record<VisitType, Labels> = {
  specialist_visit: text('a specialist visit', 'ett specialistbesök'),
  primary_care_visit: text('a primary care visit', 'ett besök i primärvården'),
  home_visit: text('a home visit', 'ett hembesök'),
}

function feeSentence(f: Fact<'fees'>, providerName: string | null): Labels {
  const what = providerName
    ? { en: `${visit[f.visitType].en} at ${providerName}`, sv: `${visit[f.visitType].sv} hos ${providerName}` }
    : { en: `${visit[f.visitType].en} in the region`, sv: `${visit[f.visitType].sv} i regionen` }
  const What = capitalise(what)
  const ceiling =
    f.countsTowardHighCostCeiling === true
      ? text('The fee counts toward the high-cost ceiling', 'Avgiften ingår i högkostnadsskyddet')
      : f.countsTowardHighCostCeiling === false
        ? text('The fee does not count toward the high-cost ceiling', 'Avgiften ingår inte i högkostnadsskyddet')
        : text('', '')
  if (f.status === 'free') return sentences({ en: `${What.en} is free of charge`, sv: `${What.sv} är avgiftsfritt` })
  if (f.status === 'unknown') return { en: `No source says what ${what.en} costs`, sv: `Ingen källa anger vad ${what.sv} kostar` }
  if (f.amountSek === null) {
    return sentences({ en: `${What.en} costs a fee; no source states the amount`, sv: `${What.sv} kostar en avgift; ingen källa anger beloppet` }, ceiling)
  }
  const amount = amountText(f.amountSek)
  return sentences({ en: `${What.en} costs ${amount.en}`, sv: `${What.sv} kostar ${amount.sv}` }, ceiling)
}

function policySentence(snapshot: Snapshot, h: Fact<'homeCarePolicies'>): Labels {
  const municipality = h.municipalityCode ? (snapshot.municipalities.find((m) => m.code === h.municipalityCode)?.name ?? h.municipalityCode) : null
  const who: Labels = municipality
    ? text(municipality, municipality)
    : h.jurisdictionLevel === 'nation' ? text('The state', 'Staten') : text('The region', 'Regionen')
  return sentences(...policyStatement(h, who))
}

function careSentence(snapshot: Snapshot, s: Fact<'specialistCare'>): Labels {
  const c = conditionName(snapshot, s.conditionId)
  switch (s.status) {
    case 'available':
      return {
        en: `A source says specialist care for ${c.en} is available in the region`,
        sv: `En källa anger att det finns specialistvård för ${c.sv} i regionen`,
      }
    case 'none':
      return { en: `A source says the region has no specialist care for ${c.en}`, sv: `En källa anger att regionen saknar specialistvård för ${c.sv}` }
    case 'elsewhere': {
      const to = snapshot.regions.find((r) => r.code === s.referredToRegionCode)?.name ?? s.referredToRegionCode ?? ''
      return {
        en: `A source says the region sends patients with ${c.en} to ${to}`,
        sv: `En källa anger att regionen remitterar patienter med ${c.sv} till ${to}`,
      }
    }
    case 'unknown':
      return {
        en: `A source does not say whether specialist care for ${c.en} exists in the region`,
        sv: `En källa anger inte om det finns specialistvård för ${c.sv} i regionen`,
      }
  }
}

/** "Motion om … (RS/148/2019): Regionstyrelsen föreslog den 29 maj 2019 att motionen ska anses besvarad. …" */
function decisionLine(d: Fact<'decisions'>): Labels {
  const line = (lang: 'en' | 'sv') => {
    const title = d.title[lang].replace(/\.$/, '')
    return `${title}${d.referenceNumber ? ` (${d.referenceNumber})` : ''}: ${decisionSentence(d, lang)}`
  }
  return { en: line('en'), sv: line('sv') }
}

/** One fact of any kind in a sentence or two, for a reader: what it says, not its fields. */
export function factHeadline(snapshot: Snapshot, kind: FactKind, fact: FactOf<FactKind>): Labels {
  switch (kind) {
    case 'providers':
      return sentences(providerSentence(fact as Fact<'providers'>))
    case 'fees': {
      const f = fact as Fact<'fees'>
      const name = f.providerId ? (snapshot.providers.find((p) => p.id === f.providerId)?.name ?? f.providerId) : null
      return feeSentence(f, name)
    }
    case 'referralRules': {
      const r = fact as Versioned<Fact<'referralRules'>>
      const provider = r.providerId ? snapshot.providers.find((p) => p.id === r.providerId) : undefined
      return sentences(channelSentence(r, provider), termsSentence([r], provider))
    }
    case 'homeCarePolicies':
      return policySentence(snapshot, fact as Fact<'homeCarePolicies'>)
    case 'decisions':
      return decisionLine(fact as Fact<'decisions'>)
    case 'specialistCare':
      return sentences(careSentence(snapshot, fact as Fact<'specialistCare'>))
  }
}
