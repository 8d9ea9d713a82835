// Dates, amounts and lists as a person writes them in Swedish and in English.
import type { Labels, Language } from '../../schemas/labels.js'

const months: Record<Language, string[]> = {
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
}

const parts = (day: string) => {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number]
  return { year, month, date }
}

/** A date in prose: "1 november 2021", "1 November 2021". */
export function proseDate(day: string, lang: Language): string {
  const { year, month, date } = parts(day)
  return `${date} ${months[lang][month - 1]} ${year}`
}

/** A date in both languages. */
export const dateText = (day: string): Labels => ({ en: proseDate(day, 'en'), sv: proseDate(day, 'sv') })

/** A month and year: "november 2024", "November 2024". */
export function monthYear(day: string): Labels {
  const { year, month } = parts(day)
  return { en: `${months.en[month - 1]} ${year}`, sv: `${months.sv[month - 1]} ${year}` }
}

/** Whole kronor as a Swede writes them: "1 200 kr"; in English "SEK 1,200". */
export function amountText(amount: number): Labels {
  const sv = String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0')
  const en = String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return { en: `SEK ${en}`, sv: `${sv} kr` }
}

/** Items as a list in a sentence: "a, b och c", "a, b and c". */
export function listText(items: Labels[]): Labels {
  const list = (lang: Language, and: string) => {
    const words = items.map((i) => i[lang]).filter(Boolean)
    return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} ${and} ${words.at(-1)}`
  }
  return { en: list('en', 'and'), sv: list('sv', 'och') }
}

/** A text with its first letter capitalised, in each language. */
export const capitalise = (labels: Labels): Labels => ({
  en: labels.en.charAt(0).toUpperCase() + labels.en.slice(1),
  sv: labels.sv.charAt(0).toUpperCase() + labels.sv.slice(1),
})
