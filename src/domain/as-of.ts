// Built once: constructing an Intl formatter costs far more than using one.
const swedishDate = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' })

let cached = { day: '', until: 0 }

/** Today's date in Sweden, as YYYY-MM-DD: the default `asOf`. Recomputed at most once a second. */
export function today(): string {
  const now = Date.now()
  if (now >= cached.until) cached = { day: swedishDate.format(now), until: now + 1000 }
  return cached.day
}

/** Whether a fact held on a day. An unknown start does not exclude it; a known end does. */
export function validOn(fact: { validFrom: string | null; validTo: string | null }, day: string): boolean {
  return (fact.validFrom === null || fact.validFrom <= day) && (fact.validTo === null || fact.validTo >= day)
}
