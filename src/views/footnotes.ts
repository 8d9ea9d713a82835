import type { Citation, StoredCitation } from '../schemas/common.js'

/** A citation as a page gets it: from the snapshot (both languages) or from a cell (one). */
export type PageCitation = Citation | StoredCitation

/**
 * Numbers citations in the order a page mentions them: the same source
 * passage cited twice gets one number, so the list of sources stays short.
 * Pages ask for numbers while rendering (in components), so they run in reading order.
 */
export class Footnotes {
  readonly notes: PageCitation[] = []
  private readonly numbers = new Map<string, number>()

  /** The numbers of these citations, adding the new ones to the list. */
  refs(citations: readonly PageCitation[]): number[] {
    const refs = citations.map((c) => {
      const key = `${c.sourceId}|${c.kind}|${c.quote ?? JSON.stringify(c.reference)}|${c.locator ?? ''}`
      let n = this.numbers.get(key)
      if (n === undefined) {
        this.notes.push(c)
        n = this.notes.length
        this.numbers.set(key, n)
      }
      return n
    })
    return [...new Set(refs)].sort((a, b) => a - b)
  }
}
