// What a reader of the Swedish answers must never meet: English words, and
// slots left empty by a template ("Remiss från ; krav: .").

/** English words that are not Swedish words (so a hit is English prose, not a Swedish word that looks alike). */
const english = [
  'the', 'and', 'of', 'is', 'are', 'was', 'were', 'with', 'from', 'that', 'this', 'which', 'has', 'have', 'been', 'not', 'yes', 'unknown',
  'source', 'sources', 'clinic', 'clinics', 'fee', 'fees', 'visit', 'visits', 'until', 'since', 'on', 'at', 'for', 'to', 'it', 'its',
  'they', 'there', 'or', 'but', 'region\'s', 'offered', 'referral', 'referrals', 'patients', 'care', 'home', 'stale', 'known',
]
const englishWord = new RegExp(`(^|[\\s(,;:])(${english.join('|')})(?=$|[\\s).,;:])`, 'i')

const emptySlots: [RegExp, string][] = [
  [/\s[,.;:)]/, 'a space before punctuation'],
  [/\(\s*\)/, 'empty brackets'],
  [/[:;,]\s*[.;:,]/, 'punctuation with nothing between'],
  [/\s{2,}/, 'a double space'],
  [/\b(undefined|null|NaN)\b|\[object/, 'a value that was not filled in'],
  [/\.\./, 'two full stops'],
  [/^\s|\s$/, 'leading or trailing space'],
]

/**
 * The problems of a Swedish text: English words and empty slots. Names the
 * text may carry as they are (a clinic's name, a title) are given in `names`
 * and left out of the word check.
 */
export function swedishProblems(text: string, names: readonly string[] = []): string[] {
  const problems: string[] = []
  let words = text
  for (const name of [...names].sort((a, b) => b.length - a.length)) words = words.split(name).join(' ')
  const found = englishWord.exec(words)
  if (found) problems.push(`English word "${found[2]}"`)
  for (const [pattern, what] of emptySlots) if (pattern.test(text)) problems.push(what)
  return problems
}
