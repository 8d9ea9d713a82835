// Built once: constructing an Intl formatter costs far more than using one.
const swedishDate = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' })

let cached = { day: '', until: 0 }

/** Today's date in Sweden, as YYYY-MM-DD: the default `asOf`. Recomputed at most once a second. */
export function today(): string {
  const now = Date.now()
  if (now >= cached.until) cached = { day: swedishDate.format(now), until: now + 1000 }
  return cached.day
}

interface Dated {
  id: string
  validFrom: string
  validTo: string | null
  supersedes: string | null
}

/** Whether a fact's own period covers a day (its sources support it from validFrom, through validTo). */
export function validOn(fact: { validFrom: string; validTo: string | null }, day: string): boolean {
  return fact.validFrom <= day && (fact.validTo === null || fact.validTo >= day)
}

/** The day before a date. */
export function dayBefore(day: string): string {
  const date = new Date(`${day}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() - 1)
  return date.toISOString().slice(0, 10)
}

/** A date some months later (the same day of the month, or the month's last). */
export function addMonths(day: string, months: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number]
  const target = new Date(Date.UTC(year, month - 1 + months, 1))
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()
  target.setUTCDate(Math.min(date, last))
  return target.toISOString().slice(0, 10)
}

/**
 * When each fact stops holding: its own validTo, or the day before a later
 * fact that supersedes it begins (whichever comes first).
 */
export function endsOf<T extends Dated>(facts: readonly T[]): Map<string, string | null> {
  const supersededFrom = new Map<string, string>()
  for (const fact of facts) {
    if (fact.supersedes === null) continue
    const earlier = supersededFrom.get(fact.supersedes)
    if (earlier === undefined || fact.validFrom < earlier) supersededFrom.set(fact.supersedes, fact.validFrom)
  }
  return new Map(
    facts.map((fact) => {
      const from = supersededFrom.get(fact.id)
      const byOther = from === undefined ? null : dayBefore(from)
      const end = fact.validTo === null ? byOther : byOther === null || fact.validTo < byOther ? fact.validTo : byOther
      return [fact.id, end]
    }),
  )
}

/**
 * The facts holding on a day, and those that ended before it (latest end
 * first). A fact that starts after the day is in neither: it is never
 * mentioned in an answer for that day.
 */
export function asOfDay<T extends Dated>(facts: readonly T[], day: string, ends = endsOf(facts)) {
  const current: T[] = []
  const ended: { fact: T; end: string }[] = []
  for (const fact of facts) {
    if (fact.validFrom > day) continue
    const end = ends.get(fact.id) ?? null
    if (end === null || end >= day) current.push(fact)
    else ended.push({ fact, end })
  }
  ended.sort((a, b) => (a.end < b.end ? 1 : a.end > b.end ? -1 : 0))
  return { current, ended }
}
