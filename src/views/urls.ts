import type { Language } from '../schemas/labels.js'

export const DEFAULT_CONDITION = 'me-cfs'

/** What every page link carries along: the language, the condition and the date asked for (if one was). */
export interface LinkState {
  lang: Language
  condition: string
  /** The date the reader chose; without one, pages answer for today. */
  chosenAsOf: string | undefined
}

/** A path with its query: empty values left out, the page defaults (Swedish, ME/CFS) not spelled out. */
export function pageHref(path: string, state: LinkState, params: Record<string, string | undefined> = {}): string {
  const query = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') query.set(key, value)
  if (state.chosenAsOf && !query.has('asOf')) query.set('asOf', state.chosenAsOf)
  if (state.condition !== DEFAULT_CONDITION) query.set('condition', state.condition)
  if (state.lang !== 'sv') query.set('lang', state.lang)
  const search = query.toString().replaceAll('%2C', ',')
  return search ? `${path}?${search}` : path
}

const spreadsheetParameters = ['format', 'layout', 'delimiter']

/** An API URL for the same question: the date always stated, so the answer does not move with the day; format options last. */
export function apiHref(path: string, state: LinkState & { asOf: string }, params: Record<string, string | undefined> = {}): string {
  const defined = Object.entries(params).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '')
  const query = new URLSearchParams(defined.filter(([key]) => !spreadsheetParameters.includes(key)))
  query.set('asOf', state.asOf)
  if (state.condition !== DEFAULT_CONDITION) query.set('condition', state.condition)
  query.set('lang', state.lang)
  for (const [key, value] of defined) if (spreadsheetParameters.includes(key)) query.set(key, value)
  return `${path}?${query.toString().replaceAll('%2C', ',')}`
}
