import type { Citation } from '../schemas/common.js'

/** A citation as a page shows it: in the page's language (a stored one is localized first). */
export type PageCitation = Citation

/**
 * Whether a quote says something on its own: a sentence of several words, not
 * a heading or a fragment of a table ("Sammanträdesdatum FöredragningsPM").
 */
export function meaningfulQuote(quote: string | null): quote is string {
  if (!quote) return false
  const words = quote.trim().split(/\s+/).filter((w) => /\p{L}/u.test(w))
  return words.length >= 6
}

/**
 * How a page numbers its sources: one number per source with every passage
 * cited from it listed under it (the region, compare and map pages, where each
 * quote and each of our summaries is shown), or one number per source and
 * quote (a brief: one per web page, one per quote of a held document that says
 * something on its own).
 */
export type Granularity = 'grouped' | 'source'

/**
 * Numbers citations in the order a page mentions them: the same source
 * passage (or source, for a brief) cited twice gets one number, so the list of
 * sources stays short. Pages ask for numbers while rendering (in components),
 * so they run in reading order.
 */
export class Footnotes {
  readonly notes: PageCitation[] = []
  /** For grouped notes: the passages cited from each note's source, in the order first cited. */
  readonly passages: PageCitation[][] = []
  private readonly numbers = new Map<string, number>()
  private readonly seen = new Set<string>()

  constructor(readonly granularity: Granularity = 'grouped') {}

  /** The number of a citation, adding it to the list when it is new. */
  private number(key: string, c: PageCitation) {
    let n = this.numbers.get(key)
    if (n === undefined) {
      this.notes.push(c)
      this.passages.push([])
      n = this.notes.length
      this.numbers.set(key, n)
    }
    return n
  }

  /**
   * The numbers of these citations, adding the new ones to the list. By
   * source, a statement gets one number per source it cites: for a held
   * document, the one with the first quote of it that says something on its own.
   */
  refs(citations: readonly PageCitation[]): number[] {
    const refs: number[] = []
    if (this.granularity === 'grouped') {
      for (const c of citations) {
        const n = this.number(c.sourceId, c)
        const passage = `${c.sourceId}|${c.kind}|${c.quote ?? c.reference ?? ''}|${c.locator ?? ''}`
        if (!this.seen.has(passage)) {
          this.seen.add(passage)
          this.passages[n - 1]!.push(c)
        }
        refs.push(n)
      }
    } else {
      const sources = [...new Set(citations.map((c) => c.sourceId))]
      for (const source of sources) {
        const cited = citations.filter((c) => c.sourceId === source)
        const quoted = cited.find((c) => c.kind === 'quote' && meaningfulQuote(c.quote))
        refs.push(quoted ? this.number(`${source}|${quoted.quote}`, quoted) : this.number(source, cited[0]!))
      }
    }
    return [...new Set(refs)].sort((a, b) => a - b)
  }

  /** The number of an earlier note from the same source, so a list can say "the same source as [n]" instead of repeating it. */
  earlier(index: number): number | null {
    const sourceId = this.notes[index]!.sourceId
    const first = this.notes.findIndex((c) => c.sourceId === sourceId)
    return first < index ? first + 1 : null
  }
}
