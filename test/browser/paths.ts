/** One URL per page, on a date with evidence for the regions shown (Västra Götaland, Örebro, Jämtland Härjedalen). */
export const pagePaths = {
  map: '/?asOf=2021-06-01',
  region: '/regions/14?asOf=2021-06-01',
  compare: '/compare?regions=14,18,23&asOf=2021-06-01',
  brief: '/regions/14/brief?asOf=2021-06-01',
  source: '/sources/vgr-2021-smarthjalpen-me?asOf=2021-06-01',
  review: '/review?asOf=2021-06-01',
} as const

export type PageName = keyof typeof pagePaths

/** The Swedish pages an advocate sends on, as they are today: no English prose on any of them. */
export const swedishPages = {
  Örebro: '/regions/18',
  'Västra Götaland': '/regions/14',
  Stockholm: '/regions/01',
  'compare 14, 18, 23': '/compare?regions=14,18,23',
  'Örebro brief': '/regions/18/brief',
} as const

export const MAX_PAGE_BYTES = 100 * 1024
