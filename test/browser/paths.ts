/** One URL per page, on a date with evidence for the regions shown (Västra Götaland, Örebro, Jämtland Härjedalen). */
export const pagePaths = {
  map: '/?asOf=2021-06-01',
  region: '/regions/14?asOf=2021-06-01',
  compare: '/compare?regions=14,18,23&asOf=2021-06-01',
  brief: '/regions/14/brief?asOf=2021-06-01',
  source: '/sources/vgr-2021-smarthjalpen-me?asOf=2021-06-01',
} as const

export type PageName = keyof typeof pagePaths

export const MAX_PAGE_BYTES = 100 * 1024
