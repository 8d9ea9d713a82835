import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { citedSourceId, factsOf, type LoadedCuratedFile } from './files.js'

/** Whitespace in extracted documents is layout, not content: compare with runs folded. */
export const normaliseWhitespace = (text: string) => text.replace(/\s+/g, ' ').trim()

export interface QuoteProblem {
  file: string
  fact: string
  sourceId: string
  quote: string
  reason: string
}

/**
 * Whether a locator names places the text has: each comma-separated part is a
 * heading or phrase found in the text, or a page "s. N" whose page marker
 * ("N (M)") the text carries.
 */
export function locatorFound(locator: string, text: string): boolean {
  return locator.split(/,\s*/).every((part) => {
    const page = part.match(/^s\. (\d+)$/)
    return page ? new RegExp(`(^|\\s)${page[1]} \\(\\d+\\)`).test(text) : text.includes(normaliseWhitespace(part))
  })
}

/**
 * Checks every quote citation against the text of the document it quotes,
 * read from `textDir` by the source's file name: the quote occurs in it, and
 * its locator names places the text has. Returns the citations checked and
 * the problems.
 */
export async function verifyQuotes(files: LoadedCuratedFile[], textDir: string): Promise<{ checked: number; problems: QuoteProblem[] }> {
  const sources = new Map(files.flatMap((f) => f.data.sources.map((s) => [s.id, s])))
  const texts = new Map<string, string | undefined>()
  const textOf = async (sourceId: string) => {
    if (!texts.has(sourceId)) {
      const fileName = sources.get(sourceId)?.fileName
      const text = fileName ? await readFile(path.join(textDir, fileName), 'utf8').catch(() => undefined) : undefined
      texts.set(sourceId, text === undefined ? undefined : normaliseWhitespace(text))
    }
    return texts.get(sourceId)
  }

  let checked = 0
  const problems: QuoteProblem[] = []
  for (const { name, data } of files) {
    for (const { kind, facts } of factsOf(data)) {
      for (const fact of facts) {
        for (const citation of fact.citations) {
          if (citation.kind !== 'quote') continue
          checked += 1
          const sourceId = citedSourceId(citation, data) ?? '?'
          const text = await textOf(sourceId)
          const quote = citation.quote ?? ''
          const problem = (reason: string) => problems.push({ file: name, fact: `${kind}/${fact.id}`, sourceId, quote, reason })
          if (text === undefined) problem(`no text for source "${sourceId}" in ${textDir}`)
          else if (!text.includes(normaliseWhitespace(quote))) problem('the quote does not occur in the source')
          else if (citation.locator !== null && !locatorFound(citation.locator, text)) {
            problem(`the locator "${citation.locator}" names a place the text does not have`)
          }
        }
      }
    }
  }
  return { checked, problems }
}
