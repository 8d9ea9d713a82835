import { type CellStatus, type QuestionType, questionStatuses } from './dimensions/cell.js'

/**
 * How an answer is marked on the pages, in colour and icon (always with its
 * words beside them): offered or yes, partly (with conditions, some
 * municipalities), paused, the municipalities' responsibility, not offered or
 * no, known (an amount or a list, neither good nor bad), unknown.
 */
export const tones = ['yes', 'partly', 'paused', 'municipal', 'no', 'known', 'unknown'] as const
export type Tone = (typeof tones)[number]

const toneByStatus: Record<CellStatus, Tone> = {
  offered: 'yes',
  yes: 'yes',
  partly: 'partly',
  paused: 'paused',
  municipal_responsibility: 'municipal',
  not_offered: 'no',
  no: 'no',
  known: 'known',
  unknown: 'unknown',
}

export const toneOf = (status: CellStatus): Tone => toneByStatus[status]

/**
 * Where each region sits on a grid cartogram of Sweden (row, column; 1-based):
 * roughly its place on the map, one tile each, so no map data is needed.
 */
export const tileGrid: Record<string, { row: number; col: number }> = {
  25: { row: 1, col: 3 },
  24: { row: 2, col: 3 },
  23: { row: 3, col: 2 },
  22: { row: 3, col: 3 },
  20: { row: 4, col: 2 },
  21: { row: 4, col: 3 },
  17: { row: 5, col: 1 },
  19: { row: 5, col: 2 },
  '03': { row: 5, col: 3 },
  14: { row: 6, col: 1 },
  18: { row: 6, col: 2 },
  '04': { row: 6, col: 3 },
  '01': { row: 6, col: 4 },
  13: { row: 7, col: 1 },
  '06': { row: 7, col: 2 },
  '05': { row: 7, col: 3 },
  '09': { row: 7, col: 4 },
  '07': { row: 8, col: 2 },
  '08': { row: 8, col: 3 },
  12: { row: 9, col: 1 },
  10: { row: 9, col: 2 },
}

const SOFT_HYPHEN = '\u00AD'
/** Where long names may break on a narrow tile. */
const breaks: Record<string, string> = {
  Norrbotten: 'Norr|botten',
  Västerbotten: 'Väster|botten',
  Västernorrland: 'Väster|norrland',
  'Jämtland Härjedalen': 'Jämtland Härje|dalen',
  Gävleborg: 'Gävle|borg',
  Västmanland: 'Väst|manland',
  Östergötland: 'Öster|götland',
  Kronoberg: 'Krono|berg',
}

/** A region's name as it fits on a tile: without "Region " and " län", with soft hyphens where a long name may break. */
export function shortRegionName(name: string): string {
  const short = name
    .replace(/^Region /, '')
    .replace(/ län$/, '')
    .replace(/^Jönköpings$/, 'Jönköping')
    .replace(/^Västra Götalandsregionen$/, 'Västra Götaland')
  return (breaks[short] ?? short).replace('|', SOFT_HYPHEN)
}

interface CountedCell {
  status: CellStatus
  stale: boolean
  evidenceStrength: 'primary' | 'secondary' | 'weak' | null
}

export interface LegendEntry {
  status: CellStatus
  tone: Tone
  /** Every tile with this answer, stale ones included. */
  count: number
  /** Of those, how many rest on evidence older than the horizon. */
  stale: number
}

/**
 * The map's legend: one entry per status the dimension's kind of question
 * answers with, each counting every tile with that answer (a stale answer is
 * still its answer), so the counts add up to the number of tiles; then how
 * many answers are old and how many rest on secondary or weak sources only.
 */
export function legendOf(type: QuestionType, cells: readonly CountedCell[]) {
  const entries: LegendEntry[] = questionStatuses[type].map((status) => {
    const mine = cells.filter((c) => c.status === status)
    return { status, tone: toneOf(status), count: mine.length, stale: mine.filter((c) => c.stale).length }
  })
  return {
    entries,
    total: cells.length,
    stale: cells.filter((c) => c.stale).length,
    notPrimary: cells.filter((c) => c.status !== 'unknown' && (c.evidenceStrength === 'secondary' || c.evidenceStrength === 'weak')).length,
  }
}
