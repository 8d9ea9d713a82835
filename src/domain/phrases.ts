// Phrases in both languages for the answers and the pages: one wording, shared.
import type { HomeCareService } from '../generated/prisma/enums.js'
import type { Labels, Language } from '../schemas/labels.js'

export const text = (en: string, sv: string): Labels => ({ en, sv })
/** Parts run together in each language. */
export const concat = (...parts: Labels[]): Labels => ({
  en: parts.map((p) => p.en).join(''),
  sv: parts.map((p) => p.sv).join(''),
})
export const each = (labels: Labels, change: (value: string, lang: Language) => string): Labels => ({
  en: change(labels.en, 'en'),
  sv: change(labels.sv, 'sv'),
})

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
