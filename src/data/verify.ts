import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { factKindIds } from '../schemas/fact-kinds.js'
import type { LoadedCuratedFile } from './files.js'

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
 * Checks that every citation's quote occurs in its source's text, read from
 * `textDir` by the source's file name. Returns the citations checked and the problems.
 */
export async function verifyQuotes(files: LoadedCuratedFile[], textDir: string): Promise<{ checked: number; problems: QuoteProblem[] }> {
  const sources = new Map(files.map((f) => [f.data.source.id, f.data.source]))
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
    for (const kind of factKindIds) {
      for (const fact of data[kind] as { id: string; citations: { sourceId?: string; quote: string }[] }[]) {
        for (const citation of fact.citations) {
          checked += 1
          const sourceId = citation.sourceId ?? data.source.id
          const text = await textOf(sourceId)
          const problem = (reason: string) => problems.push({ file: name, fact: `${kind}/${fact.id}`, sourceId, quote: citation.quote, reason })
          if (text === undefined) problem(`no text for source "${sourceId}" in ${textDir}`)
          else if (!text.includes(normaliseWhitespace(citation.quote))) problem('the quote does not occur in the source')
        }
      }
    }
  }
  return { checked, problems }
}
