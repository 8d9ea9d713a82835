export const languages = ['en', 'sv'] as const
export type Language = (typeof languages)[number]

/** A text in each language. */
export type Labels = Record<Language, string>

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
