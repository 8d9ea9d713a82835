// Records as a reader of one language sees them: every localized text in that
// language. The snapshot holds both; a read picks one, made once per record and
// language (snapshot records are immutable, so the result can be kept).
import type { Citation, StoredCitation, StoredConfirmation } from '../schemas/common.js'
import { type FactKind, factKindIds, factKinds, type FactOf, type FactShownOf } from '../schemas/fact-kinds.js'
import type { Language } from '../schemas/labels.js'
import { inLanguage, localizeFields } from '../schemas/localized.js'
import { type Source, sourceTexts, type StoredSource } from '../schemas/sources.js'

const made = new WeakMap<object, Partial<Record<Language, unknown>>>()
function once<T extends object, R>(record: T, lang: Language, make: () => R): R {
  let byLanguage = made.get(record)
  if (!byLanguage) made.set(record, (byLanguage = {}))
  return (byLanguage[lang] ??= make()) as R
}

export const localizeCitation = (citation: StoredCitation, lang: Language): Citation =>
  once(citation, lang, () => ({ ...citation, reference: inLanguage(citation.reference, lang) }))

export const localizeConfirmation = (confirmation: StoredConfirmation, lang: Language) =>
  once(confirmation, lang, () => ({ ...confirmation, note: confirmation.note[lang] }))

/** A fact with its texts, citations and confirmations in one language. */
export function localizeFact<K extends FactKind>(kind: K, fact: FactOf<K>, lang: Language): FactShownOf<K> {
  return once(fact, lang, () => {
    const shown = localizeFields(fact, factKinds[kind].schemas.texts, lang) as Record<string, unknown>
    shown.citations = fact.citations.map((c) => localizeCitation(c, lang))
    shown.confirmations = fact.confirmations.map((c) => localizeConfirmation(c, lang))
    return shown as FactShownOf<K>
  })
}

/** Lists of facts by kind (a region's, a source's), each in one language. */
export function localizeFactLists(lists: { [K in FactKind]: readonly FactOf<K>[] }, lang: Language): { [K in FactKind]: FactShownOf<K>[] } {
  return Object.fromEntries(factKindIds.map((kind) => [kind, lists[kind].map((fact) => localizeFact(kind, fact, lang))])) as {
    [K in FactKind]: FactShownOf<K>[]
  }
}

export const localizeSource = (source: StoredSource, lang: Language): Source => once(source, lang, () => localizeFields(source, sourceTexts, lang))
