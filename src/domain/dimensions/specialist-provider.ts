import { z } from 'zod'
import { ProviderKind, ProviderStatus, SpecialistCareStatus } from '../../generated/prisma/enums.js'
import { isoDate } from '../../schemas/common.js'
import type { Labels, Language } from '../../schemas/labels.js'
import { concat, each, text } from '../phrases.js'
import { cellOf, evidenceOn, inBoth, type RegionFacts, sentences, unknownSummary } from './cell.js'
import { defineDimension } from './dimension.js'
import { dateText, listText } from './prose.js'
import { conditionName, countsForRegion, factsOn, inRegion, type Provider, providerRef, regionScope } from './scope.js'
import { providerRefSchema, regionRefSchema } from './values.js'

const providerItem = providerRefSchema
  .extend({
    kind: z.enum(ProviderKind),
    countsForRegion: z.boolean().meta({ description: "Run by or contracted by the region (or a municipality): the region's own offer." }),
    status: z.enum(ProviderStatus),
    acceptingReferrals: z.boolean().nullable().meta({ description: 'Whether it takes new patients: false while paused or closed; null if no source says.' }),
    contractStart: isoDate.nullable(),
    contractEnd: isoDate.nullable(),
    validFrom: isoDate,
    evidenceDate: isoDate.meta({ description: "How recent this provider's own evidence is, as of the date asked." }),
  })
  .meta({ id: 'SpecialistProvider' })

const statement = z
  .object({
    status: z.enum(SpecialistCareStatus),
    referredTo: regionRefSchema.nullable().meta({ description: 'Where patients are sent, for "elsewhere".' }),
    evidenceDate: isoDate,
  })
  .meta({ id: 'SpecialistCareStatementRef' })

const accepting: Record<Provider['status'], boolean | null> = { operating: true, paused: false, closed: false, planned: false, unknown: null }

const operation: Record<Provider['operatedAs'], Labels> = {
  region_run: text('run by the region', 'i regionens regi'),
  contracted: text('contracted by the region', 'på avtal med regionen'),
  municipal: text('run by a municipality', 'i kommunal regi'),
  private: text('private, without an agreement with the region', 'privat, utan avtal med regionen'),
  unknown: text('run by whom no source says', 'okänt vem som driver den'),
}

/** "Smärthjälpen Sverige AB (på avtal med regionen till och med 31 december 2021)". */
function providerLine(p: Provider): Labels {
  const start = p.contractStart ? dateText(p.contractStart) : null
  const end = p.contractEnd ? dateText(p.contractEnd) : null
  const period: Labels =
    start && end
      ? { en: ` from ${start.en} to ${end.en}`, sv: ` från ${start.sv} till och med ${end.sv}` }
      : start
        ? { en: ` since ${start.en}`, sv: ` sedan ${start.sv}` }
        : end
          ? { en: ` until ${end.en}`, sv: ` till och med ${end.sv}` }
          : text('', '')
  return concat(text(`${p.name} (`, `${p.name} (`), operation[p.operatedAs], p.operatedAs === 'contracted' ? period : text('', ''), text(')', ')'))
}

const short = (p: Provider) => p.shortName ?? p.name

/**
 * Clinics named beside the answer that are not the region's own offer, each
 * with the year of its own evidence: private ones without an agreement, and
 * those no source says who runs.
 */
function otherClinics(list: Provider[], asOf: string): Labels {
  const named = (ps: Provider[]) =>
    listText(
      ps.map((p) => {
        const year = evidenceOn(p, asOf).slice(0, 4)
        return { en: `${p.name} (according to a source from ${year})`, sv: `${p.name} (enligt en källa från ${year})` }
      }),
    )
  const privately = list.filter((p) => p.operatedAs === 'private')
  const unstated = list.filter((p) => p.operatedAs !== 'private')
  const say = (ps: Provider[], one: Labels, many: Labels): Labels =>
    ps.length === 0 ? text('', '') : each(named(ps), (n, lang) => `${(ps.length === 1 ? one : many)[lang]}: ${n}`)
  return sentences(
    say(
      privately,
      text('There is also a private clinic without an agreement with the region', 'Det finns också en privat mottagning utan avtal med regionen'),
      text('There are also private clinics without an agreement with the region', 'Det finns också privata mottagningar utan avtal med regionen'),
    ),
    say(
      unstated,
      text('There is also a clinic no source says who runs', 'Det finns också en mottagning där ingen källa anger vem som driver den'),
      text('There are also clinics no source says who runs', 'Det finns också mottagningar där ingen källa anger vem som driver dem'),
    ),
  )
}

export default defineDimension({
  id: 'specialist_provider',
  label: text('Specialist clinic', 'Specialistmottagning'),
  question: text('Does the region offer a specialist clinic for the condition?', 'Erbjuder regionen en specialistmottagning för sjukdomen?'),
  type: 'availability',
  offer: true,
  priority: 1,
  value: z.object({ providers: z.array(providerItem), statements: z.array(statement) }).meta({ id: 'SpecialistProviderValue' }),
  cell(facts: RegionFacts) {
    const { snapshot, regionCode, query } = facts
    const condition = conditionName(snapshot, query.condition)
    // A conference of consultants that advises other doctors is not a clinic patients can be referred to.
    const clinics = regionScope(facts).providers.filter((p) => p.kind !== 'multidisciplinary_conference')
    const providers = factsOn(facts, 'providers', clinics)
    const statements = factsOn(
      facts,
      'specialistCare',
      inRegion(snapshot.specialistCare, regionCode).filter((s) => s.conditionId === query.condition),
    )
    const regional = providers.current.filter(countsForRegion)
    // Clinics that are not the region's own offer, as far as they exist on the date.
    const privately = providers.current.filter((p) => !countsForRegion(p) && (p.status === 'operating' || p.status === 'paused'))
    const regionName = (code: string) => snapshot.regions.find((r) => r.code === code)?.name ?? code
    const value = inBoth((_lang: Language) => ({
      providers: providers.current.map((p) => ({
        ...providerRef(p),
        kind: p.kind,
        countsForRegion: countsForRegion(p),
        status: p.status,
        acceptingReferrals: accepting[p.status],
        contractStart: p.contractStart,
        contractEnd: p.contractEnd,
        validFrom: p.validFrom,
        evidenceDate: evidenceOn(p, query.asOf),
      })),
      statements: statements.current.map((s) => ({
        status: s.status,
        referredTo: s.referredToRegionCode ? { code: s.referredToRegionCode, name: regionName(s.referredToRegionCode) } : null,
        evidenceDate: evidenceOn(s, query.asOf),
      })),
    }))
    const also = otherClinics(privately, query.asOf)
    const operating = regional.filter((p) => p.status === 'operating')
    const saysNone = statements.current.filter((s) => s.status === 'none' || s.status === 'elsewhere')
    if (operating.length > 0) {
      const first = short(operating[0]!)
      return cellOf(query, {
        status: 'offered',
        value,
        short: operating.length > 1 ? { en: `${first} and others`, sv: `${first} m.fl.` } : text(first, first),
        summary: sentences(
          each(listText(operating.map(providerLine)), (l, lang) =>
            lang === 'sv' ? `Regionen erbjuder specialistvård för ${condition.sv} hos ${l}` : `The region offers specialist care for ${condition.en} at ${l}`,
          ),
          also,
        ),
        deciding: [...operating, ...saysNone],
        mentioned: privately,
        sourcesDisagree: saysNone.length > 0,
      })
    }
    const paused = regional.filter((p) => p.status === 'paused')
    if (paused.length > 0) {
      return cellOf(query, {
        status: 'paused',
        value,
        short: text('No new referrals', 'Tar inte emot remisser'),
        summary: sentences(
          each(listText(paused.map((p) => text(p.name, p.name))), (n, lang) =>
            lang === 'sv' ? `${n} finns men tar tillfälligt inte emot nya remisser` : `${n} exists but temporarily takes no new referrals`,
          ),
          also,
        ),
        deciding: paused,
        mentioned: privately,
      })
    }
    if (saysNone.length > 0) {
      const said = saysNone.map((s): Labels =>
        s.status === 'elsewhere'
          ? {
              en: `a source says the region sends patients with ${condition.en} to ${regionName(s.referredToRegionCode!)}`,
              sv: `en källa anger att regionen remitterar patienter med ${condition.sv} till ${regionName(s.referredToRegionCode!)}`,
            }
          : {
              en: `a source says the region has no specialist care for ${condition.en}`,
              sv: `en källa anger att regionen saknar specialistvård för ${condition.sv}`,
            },
      )
      const elsewhere = saysNone.find((s) => s.status === 'elsewhere')
      return cellOf(query, {
        status: 'not_offered',
        value,
        short: elsewhere ? text('Referred elsewhere', 'Remiss till annan region') : text('No clinic', 'Ingen mottagning'),
        summary: sentences(
          each(listText(said), (s) => s.charAt(0).toUpperCase() + s.slice(1)),
          also,
        ),
        deciding: saysNone,
        mentioned: privately,
      })
    }
    const closed = regional.filter((p) => p.status === 'closed')
    if (closed.length > 0) {
      return cellOf(query, {
        status: 'not_offered',
        value,
        short: text('Closed', 'Stängd'),
        summary: sentences(
          each(listText(closed.map((p) => text(p.name, p.name))), (n, lang) => (lang === 'sv' ? `${n} har stängt` : `${n} has closed`)),
          also,
        ),
        deciding: closed,
        mentioned: privately,
      })
    }
    const available = statements.current.filter((s) => s.status === 'available')
    if (available.length > 0) {
      return cellOf(query, {
        status: 'offered',
        value,
        short: text('Available', 'Finns'),
        summary: sentences(
          {
            en: `A source says specialist care for ${condition.en} is available in the region, without naming a clinic`,
            sv: `En källa anger att det finns specialistvård för ${condition.sv} i regionen, utan att namnge någon mottagning`,
          },
          also,
        ),
        deciding: available,
        mentioned: privately,
      })
    }
    if (privately.length > 0) {
      return cellOf(query, {
        status: 'unknown',
        value,
        short: privately.every((p) => p.operatedAs === 'private') ? text('Private only', 'Bara privat') : text('Unknown', 'Okänt'),
        summary: sentences(
          text('No clinic run by or contracted by the region is on file', 'Ingen mottagning i regionens regi eller på avtal med regionen finns i källorna'),
          also,
        ),
        deciding: [],
        mentioned: privately,
      })
    }
    const last = providers.ended[0]
    return cellOf(query, {
      status: 'unknown',
      value: null,
      short: text('Unknown', 'Okänt'),
      summary: unknownSummary(
        { en: `specialist care for ${condition.en} in the region`, sv: `specialistvård för ${condition.sv} i regionen` },
        last && { describe: providerLine(last.fact), end: last.end },
      ),
      deciding: [],
      mentioned: last ? [last.fact] : [],
    })
  },
})
