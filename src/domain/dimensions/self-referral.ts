import { z } from 'zod'
import { text } from '../phrases.js'
import { cellOf, inBoth, type RegionFacts, sentences, unknownCell } from './cell.js'
import { defineDimension } from './dimension.js'
import { channelOf, channelSentence, privateNote, shortNames, termsSentence } from './referral.js'
import { countsForRegion, factsOn, regionScope } from './scope.js'
import { channelSchema } from './values.js'

export default defineDimension({
  id: 'self_referral',
  label: text('Self-referral', 'Egenremiss'),
  question: text(
    "Can patients refer themselves to the region's specialist care for the condition?",
    'Kan patienten själv söka till regionens specialistvård för sjukdomen med egenremiss?',
  ),
  type: 'availability',
  offer: true,
  priority: 2,
  value: z.object({ channels: z.array(channelSchema) }).meta({ id: 'SelfReferralValue' }),
  cell(facts: RegionFacts) {
    const { query } = facts
    const { rules, providerOf } = regionScope(facts)
    const { current, ended } = factsOn(
      facts,
      'referralRules',
      rules.filter((r) => r.pathway === 'self_referral'),
    )
    const known = current.filter((r) => r.status !== 'unknown')
    // A rule of the region's specialist care as a whole, or of a provider that is the region's own offer.
    const regional = known.filter((r) => r.providerId === null || countsForRegion(providerOf(r.providerId)!))
    const privately = known.filter((r) => !regional.includes(r))
    const value = inBoth((lang) => ({ channels: current.map((r) => channelOf(r, providerOf(r.providerId), query.asOf, lang)) }))
    const say = (list: typeof known) =>
      sentences(...list.map((r) => channelSentence(r, providerOf(r.providerId))), ...list.map((r) => termsSentence([r], providerOf(r.providerId))))
    const aside = sentences(privateNote(privately.map((r) => providerOf(r.providerId))), say(privately))
    const open = regional.filter((r) => r.status === 'allowed')
    const closed = regional.filter((r) => r.status === 'not_allowed')
    if (open.length > 0) {
      return cellOf(query, {
        status: 'offered',
        value,
        short: shortNames(open.map((r) => providerOf(r.providerId))),
        summary: sentences(say(open), aside),
        deciding: [...open, ...closed.filter((r) => open.some((o) => o.providerId === r.providerId))],
        mentioned: privately,
        // Sources disagree when one says yes and another no for the same provider.
        sourcesDisagree: open.some((o) => closed.some((c) => c.providerId === o.providerId)),
      })
    }
    if (closed.length > 0) {
      const paused = closed.every((r) => providerOf(r.providerId)?.status === 'paused')
      return cellOf(query, {
        status: paused ? 'paused' : 'not_offered',
        value,
        short: paused ? text('Closed for now', 'Stängd tills vidare') : text('No self-referral', 'Ingen egenremiss'),
        summary: sentences(say(closed), aside),
        deciding: closed,
        mentioned: privately,
      })
    }
    if (privately.length > 0) {
      return cellOf(query, {
        status: 'unknown',
        value,
        short: text('Private only', 'Bara privat'),
        summary: sentences(
          text(
            "No source says whether self-referral to the region's own specialist care is possible",
            'Ingen källa anger om egenremiss till regionens egen specialistvård är möjlig',
          ),
          aside,
        ),
        deciding: [],
        mentioned: privately,
      })
    }
    return unknownCell(query, text('self-referral', 'egenremiss'), ended[0], (r) => channelSentence(r, providerOf(r.providerId)))
  },
})
