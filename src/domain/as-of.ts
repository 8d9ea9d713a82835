// Built once: constructing an Intl formatter costs far more than using one.
const swedishDate = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' })

/** Today's date in Sweden, as YYYY-MM-DD: the default `asOf`. */
export function today(): string {
  return swedishDate.format(new Date())
}

/** Whether a fact held on a day. An unknown start does not exclude it; a known end does. */
export function validOn(fact: { validFrom: string | null; validTo: string | null }, day: string): boolean {
  return (fact.validFrom === null || fact.validFrom <= day) && (fact.validTo === null || fact.validTo >= day)
}
