import { z } from 'zod'
import { text } from '../phrases.js'
import { cellOf, inBoth, type RegionFacts, sentences, unknownCell } from './cell.js'
import { defineDimension } from './dimension.js'
import { channelOf, channelSentence, oneAgeGroup, privateNote, termsSentence } from './referral.js'
import { capitalise, listText } from './prose.js'
import { countsForRegion, factsOn, regionScope } from './scope.js'
import { channelSchema } from './values.js'

const channelName = {
  primary_care: text('primary care', 'vårdcentral'),
  any_doctor: text('any doctor', 'alla läkare'),
  self_referral: text('self-referral', 'egenremiss'),
}

export default defineDimension({
  id: 'referral_channels',
  label: text('Who may refer', 'Vem som får remittera'),
  question: text(
    'Who may refer patients with the condition to specialist care, and on what terms?',
    'Vem får remittera patienter med sjukdomen till specialistvården, och på vilka villkor?',
  ),
  type: 'list',
  offer: false,
  priority: 2,
  value: z.object({ channels: z.array(channelSchema) }).meta({ id: 'ReferralChannelsValue' }),
  sameAs: (cell) =>
    cell.value
      ? cell.value.en.channels
        .map((c) => `${c.channel}:${c.status}`)
        .sort()
        .join(',')
      : '',
  cell(facts: RegionFacts) {
    const { query } = facts
    const { rules, providerOf } = regionScope(facts)
    const { current, ended } = factsOn(facts, 'referralRules', rules)
    if (current.length === 0) {
      return unknownCell(query, text('who may refer', 'vem som får remittera'), ended[0], (r) => channelSentence(r, providerOf(r.providerId)))
    }
    // Region-wide rules and those of the region's own providers first, then private clinics'.
    const regional = current.filter((r) => r.providerId === null || countsForRegion(providerOf(r.providerId)!))
    const ordered = [...regional, ...current.filter((r) => !regional.includes(r))]
    const providers = [...new Set(ordered.map((r) => r.providerId))]
    const terms = providers.map((id) =>
      termsSentence(
        ordered.filter((r) => r.providerId === id),
        providerOf(id),
      ),
    )
    const open = regional.filter((r) => r.status === 'allowed').map((r) => channelName[r.pathway])
    const privately = ordered.filter((r) => !regional.includes(r)).map((r) => providerOf(r.providerId))
    return cellOf(query, {
      status: 'known',
      value: inBoth((lang) => ({ channels: ordered.map((r) => channelOf(r, providerOf(r.providerId), query.asOf, lang)) })),
      short:
        open.length > 0
          ? capitalise(listText([...new Map(open.map((o) => [o.en, o])).values()]))
          : regional.length > 0
            ? text('No open referral route', 'Inga öppna remissvägar')
            : text('Private only', 'Bara privat'),
      summary: sentences(
        ...ordered.map((r) => {
          const provider = providerOf(r.providerId)
          return channelSentence(r, provider, !provider || !oneAgeGroup(ordered.filter((o) => o.providerId === r.providerId)))
        }),
        ...terms,
        privateNote(privately),
      ),
      deciding: ordered,
      // Sources disagree when one says a channel to a provider is open and another that it is closed.
      sourcesDisagree: ordered.some(
        (a) => a.status === 'allowed' && ordered.some((b) => b.status === 'not_allowed' && b.providerId === a.providerId && b.pathway === a.pathway),
      ),
    })
  },
})
