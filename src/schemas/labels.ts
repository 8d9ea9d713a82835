export const languages = ['en', 'sv'] as const
export type Language = (typeof languages)[number]

type Labels = Record<Language, string>

export const cellStatuses = ['yes', 'no', 'conditional', 'municipal_responsibility', 'under_trial', 'unknown'] as const
export type CellStatus = (typeof cellStatuses)[number]

export const cellStatusLabels: Record<CellStatus, Labels> = {
  yes: { en: 'Yes', sv: 'Ja' },
  no: { en: 'No', sv: 'Nej' },
  conditional: { en: 'After needs assessment', sv: 'Efter biståndsbedömning' },
  municipal_responsibility: { en: 'Municipal responsibility', sv: 'Kommunalt ansvar' },
  under_trial: { en: 'Under trial', sv: 'Försöksverksamhet' },
  unknown: { en: 'Unknown', sv: 'Okänt' },
}

export const dimensionIds = [
  'specialist_provider',
  'self_referral',
  'referral_prerequisites',
  'specialist_visit_fee',
  'high_cost_ceiling',
  'doctor_home_visit',
  'nurse_home_visit',
  'occupational_therapist_home_visit',
  'counselor_home_visit',
  'digital_dental_care',
  'mobile_dental_care',
  'home_help',
  'housing_support',
  'personal_assistance',
  'recent_decisions',
] as const
export type DimensionId = (typeof dimensionIds)[number]

export const dimensionLabels: Record<DimensionId, Labels> = {
  specialist_provider: { en: 'Specialist provider available', sv: 'Specialistmottagning finns' },
  self_referral: { en: 'Self-referral possible', sv: 'Egenremiss möjlig' },
  referral_prerequisites: { en: 'Referral prerequisites', sv: 'Krav för remiss' },
  specialist_visit_fee: { en: 'Specialist visit fee (SEK)', sv: 'Patientavgift specialistbesök (kr)' },
  high_cost_ceiling: { en: 'Fee counts toward the high-cost ceiling', sv: 'Avgiften ingår i högkostnadsskyddet' },
  doctor_home_visit: { en: 'Doctor home visits', sv: 'Läkarbesök i hemmet' },
  nurse_home_visit: { en: 'Nurse home visits', sv: 'Hembesök av sjuksköterska' },
  occupational_therapist_home_visit: { en: 'Occupational therapist home visits', sv: 'Hembesök av arbetsterapeut' },
  counselor_home_visit: { en: 'Counselor home visits', sv: 'Hembesök av kurator' },
  digital_dental_care: { en: 'Digital dental visits', sv: 'Digitala tandvårdsbesök' },
  mobile_dental_care: { en: 'Mobile dental care', sv: 'Mobil tandvård' },
  home_help: { en: 'Municipal home help', sv: 'Hemtjänst' },
  housing_support: { en: 'Housing support', sv: 'Boendestöd' },
  personal_assistance: { en: 'Personal assistance (LSS)', sv: 'Personlig assistans (LSS)' },
  recent_decisions: { en: 'Recent decisions', sv: 'Senaste beslut' },
}
