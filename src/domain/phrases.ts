// Phrases in both languages for the answers and the pages: one wording, shared.
import type { AgeGroup, HomeCareService, HomeCareStatus, LegalBasis, PolicyEvidence } from '../generated/prisma/enums.js'
import type { FactOf } from '../schemas/fact-kinds.js'
import type { Labels, Language } from '../schemas/labels.js'

export const text = (en: string, sv: string): Labels => ({ en, sv })
/** Parts joined in each language; a part empty in one language is left out there. */
export const join = (parts: Labels[], separator: Labels = text('; ', '; ')): Labels => ({
  en: parts.map((p) => p.en).filter(Boolean).join(separator.en),
  sv: parts.map((p) => p.sv).filter(Boolean).join(separator.sv),
})
export const concat = (...parts: Labels[]): Labels => join(parts, text('', ''))
export const each = (labels: Labels, change: (value: string, lang: Language) => string): Labels => ({
  en: change(labels.en, 'en'),
  sv: change(labels.sv, 'sv'),
})

export const operation: Record<FactOf<'providers'>['operatedAs'], Labels> = {
  region_run: text('region-run', 'i regionens regi'),
  contracted: text('contracted by the region', 'på avtal med regionen'),
  municipal: text('municipal', 'kommunal'),
  private: text('private', 'privat'),
  unknown: text('run by whom is not stated', 'driftform okänd'),
}

export const providerState: Record<FactOf<'providers'>['status'], Labels> = {
  operating: text('operating', 'i drift'),
  paused: text('takes no new referrals', 'tar inte emot nya remisser'),
  closed: text('closed', 'stängd'),
  planned: text('planned', 'planerad'),
  unknown: text('status unknown', 'status okänd'),
}

export const careStatement: Record<FactOf<'specialistCare'>['status'], Labels> = {
  available: text('A source says specialist care is available in the region', 'En källa anger att specialistvård finns i regionen'),
  none: text('A source says the region has no specialist care for the condition', 'En källa anger att regionen saknar specialistvård för sjukdomen'),
  elsewhere: text('A source says the region sends patients to another region', 'En källa anger att regionen remitterar patienter till en annan region'),
  unknown: text('A source does not say whether specialist care exists', 'En källa anger inte om specialistvård finns'),
}

export const pathwayLabel: Record<FactOf<'referralRules'>['pathway'], Labels> = {
  primary_care: text('primary care', 'primärvården'),
  any_doctor: text('any doctor', 'valfri läkare'),
  self_referral: text('the patient (self-referral)', 'patienten själv (egenremiss)'),
}

export const ageOnly: Partial<Record<AgeGroup, Labels>> = {
  adults: text('adults only', 'endast vuxna'),
  children: text('children only', 'endast barn'),
  older_people: text('older people only', 'endast äldre'),
}

export const policyStatus: Record<HomeCareStatus, Labels> = {
  offered: text('offered', 'erbjuds'),
  offered_after_needs_assessment: text('offered after a needs assessment', 'beviljas efter biståndsbedömning'),
  not_offered: text('not offered', 'erbjuds inte'),
  municipal_responsibility: text('the municipalities\' responsibility, the region says', 'kommunernas ansvar, enligt regionen'),
  under_trial: text('being tried out', 'prövas i försöksverksamhet'),
  unknown: text('not known whether it is offered', 'okänt om det erbjuds'),
}

export const evidenceNote: Record<PolicyEvidence, Labels> = {
  statement: text('', ''),
  proposal: text(' (in a proposal, not a decision)', ' (i ett förslag, inte ett beslut)'),
  interview_accounts: text(
    ' (according to interviews with needs assessors, not written policy)',
    ' (enligt intervjuer med handläggare, inte skrivna riktlinjer)',
  ),
}

export const legalBasis: Record<LegalBasis, string> = { hsl: 'HSL', sol: 'SoL', lss: 'LSS' }

export const capitalised = (labels: Labels) => each(labels, (v) => v.charAt(0).toUpperCase() + v.slice(1))

export const serviceName: Record<HomeCareService, Labels> = {
  doctor_home_visit: text('doctor home visits', 'läkarbesök i hemmet'),
  nurse_home_visit: text('nurse home visits', 'hembesök av sjuksköterska'),
  occupational_therapist_home_visit: text('occupational therapist home visits', 'hembesök av arbetsterapeut'),
  counselor_home_visit: text('counselor home visits', 'hembesök av kurator'),
  digital_dental_care: text('digital dental visits', 'digitala tandvårdsbesök'),
  mobile_dental_care: text('mobile dental care', 'mobil tandvård'),
  home_help: text('home help', 'hemtjänst'),
  housing_support: text('housing support', 'boendestöd'),
  personal_assistance: text('personal assistance', 'personlig assistans'),
  residential_care: text('residential care', 'särskilt boende'),
}

/** What a step of a decision did, in words: "proposed rejecting the motion", "approved". */
export function decisionStep(d: Pick<FactOf<'decisions'>, 'stage' | 'outcome'>): Labels {
  const outcome: Record<FactOf<'decisions'>['outcome'], Labels> = {
    approved: text('approving', 'bifall'),
    rejected: text('rejecting', 'avslag'),
    considered_answered: text('considering it answered', 'att den anses besvarad'),
    answered: text('answering', 'svar'),
    pending: text('pending', 'pågående'),
    unknown: text('an outcome not stated', 'okänt utfall'),
  }
  switch (d.stage) {
    case 'filed':
      return text('filed; outcome not in the source', 'väckt; utfallet framgår inte av källan')
    case 'proposed':
      return concat(text('proposed ', 'föreslog '), outcome[d.outcome], text(' (a proposal, not a decision)', ' (ett förslag, inte ett beslut)'))
    case 'answered':
      return text('answered', 'besvarad')
    case 'decided':
      return concat(text('decided: ', 'beslutade: '), outcome[d.outcome])
  }
}
