import type { Cell } from './dimensions/index.js'
import type { Snapshot } from './snapshot.js'

/** How a tile of the map is marked: known yes, known no, partly known (or with conditions), unknown, stale. */
export const tileStatuses = ['yes', 'no', 'partly', 'unknown', 'stale'] as const
export type TileStatus = (typeof tileStatuses)[number]

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

/** The answer a cell gives, as the map groups answers: yes, no, partly (known for some municipalities only, or neither yes nor no), unknown. */
export function tileAnswer(snapshot: Snapshot, regionCode: string, cell: Pick<Cell, 'status' | 'factIds'>): Exclude<TileStatus, 'stale'> {
  if (cell.status === 'unknown') return 'unknown'
  const ids = new Set(cell.factIds)
  const municipal = snapshot.homeCarePolicies.filter((p) => ids.has(p.id) && p.jurisdictionLevel === 'municipality')
  if (municipal.length > 0) {
    const known = new Set(municipal.map((p) => p.municipalityCode))
    const total = snapshot.municipalities.filter((m) => m.regionCode === regionCode).length
    if (known.size < total) return 'partly'
  }
  if (cell.status === 'offered' || cell.status === 'yes' || cell.status === 'known') return 'yes'
  if (cell.status === 'not_offered' || cell.status === 'no') return 'no'
  return 'partly'
}

/**
 * How a cell shows on the map: stale evidence first (the answer may no longer
 * hold; the tile still says what the answer was), then its answer. A municipal
 * cell that knows only some of the region's municipalities, and answers that
 * are neither yes nor no (after a needs assessment, under trial, the
 * municipalities' responsibility), are "partly".
 */
export function tileStatus(snapshot: Snapshot, regionCode: string, cell: Pick<Cell, 'status' | 'stale' | 'factIds'>): TileStatus {
  return cell.stale ? 'stale' : tileAnswer(snapshot, regionCode, cell)
}
