import type { AmountComparison, Brief, BriefContrast, BriefService, BriefStatement, BriefUnknown, OtherRegion } from '../domain/brief.js'
import type { ShownCell } from '../domain/compare.js'
import { listText } from '../domain/dimensions/prose.js'
import type { Language } from '../schemas/labels.js'
import { RegionChoice } from './compare.js'
import {
  AnswersFor,
  answerWords,
  CellBadge,
  confirmedText,
  Controls,
  DataLinks,
  FootnoteList,
  Layout,
  longDate,
  notPrimary,
  type PageContext,
  Refs,
  renderPage,
  sourceDateText,
  strengthWord, answerText,
} from './components.js'
import { Footnotes, meaningfulQuote, type PageCitation } from './footnotes.js'
import { fill, strings } from './i18n.js'
import { apiHref, pageHref } from './urls.js'

export interface BriefPage {
  brief: Brief
  /** The regions the reader chose to compare with; empty means all the others. */
  chosen: string[]
  allRegions: { code: string; name: string }[]
}

const comparedWith = (brief: Brief, chosen: string[], lang: Language) =>
  chosen.length === 0
    ? fill(strings[lang].briefComparedAll, { n: brief.others.length })
    : fill(strings[lang].briefComparedWith, { regions: brief.others.map((r) => r.name).join(', ') })

/** The API question the brief answers: the region and the others, in one comparison. */
export const briefApiCodes = (brief: Brief) => [brief.region.code, ...brief.others.map((r) => r.code)].join(',')

/** Names in a sentence: "A, B och C". */
const names = (items: string[], lang: Language) => listText(items.map((n) => ({ en: n, sv: n })))[lang]

/** An amount as a Swede writes it ("1 200 kr", "302,5 kr"), or in English ("SEK 1,200"). */
export function amountWords(amount: number, lang: Language) {
  const number = new Intl.NumberFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: 1 }).format(amount)
  return lang === 'sv' ? `${number} kr` : `SEK ${number}`
}

/** The short answer of another region, with its caveats in a few words: "Smärthjälpen, senast bekräftad juni 2024, andrahandskälla". */
function otherAnswer(cell: ShownCell, lang: Language) {
  const { badge, detail } = answerWords(cell)
  const weak = notPrimary(cell)
  const confirmed = cell.stale && cell.evidenceDate ? confirmedText(cell.evidenceDate, lang) : null
  return [detail ?? badge, confirmed, weak ? strings[lang].strength[weak].toLowerCase() : null]
    .filter(Boolean)
    .join(', ')
}

// Every footnote mark is made while rendering, in the order of the page, so the numbers run in reading order.

function Statement({ ctx, item, footnotes }: { ctx: PageContext; item: BriefStatement; footnotes: Footnotes }) {
  const { id, label, cell } = item
  return (
    <li data-dimension={id} data-status={cell.status}>
      <strong>{label}:</strong> <CellBadge cell={cell} lang={ctx.lang} /> {answerText(cell)}
      <Refs numbers={footnotes.refs(cell.citations)} lang={ctx.lang} />
    </li>
  )
}

function Services({ ctx, services, footnotes }: { ctx: PageContext; services: BriefService[]; footnotes: Footnotes }) {
  return (
    <>
      {services.map((service) => (
        <li key={service.id} data-provider={service.id}>
          <strong>{service.name}.</strong> {service.description}
          <Refs numbers={footnotes.refs(service.citations)} lang={ctx.lang} />
        </li>
      ))}
    </>
  )
}

/** What a brief says when no source shows the region offering anything compared: that, and how much of it is unknown. */
function noOffer(brief: Brief, lang: Language) {
  const s = strings[lang]
  const none = fill(s.briefNoOffer, { region: brief.region.name, n: brief.offerTopics })
  return brief.offerUnknown > 0 ? `${none} ${fill(s.briefNoOfferUnknown, { unknown: brief.offerUnknown })}` : none
}

function Offers({ ctx, brief, footnotes }: { ctx: PageContext; brief: Brief; footnotes: Footnotes }) {
  return (
    <>
      {(brief.offers.length > 0 || brief.services.length > 0) && (
        <ul class='brief-list'>
          {brief.offers.map((item) => (
            <Statement key={item.id} ctx={ctx} item={item} footnotes={footnotes} />
          ))}
          <Services ctx={ctx} services={brief.services} footnotes={footnotes} />
        </ul>
      )}
      {brief.offers.length === 0 && <p class='no-offer'>{noOffer(brief, ctx.lang)}</p>}
    </>
  )
}

function OtherRegions({ ctx, others, footnotes }: { ctx: PageContext; others: OtherRegion[]; footnotes: Footnotes }) {
  return (
    <>
      {others.map((o, i) => (
        <span key={o.region.code} data-region={o.region.code}>
          {i > 0 && (i === others.length - 1 ? (ctx.lang === 'sv' ? ' och ' : ' and ') : ', ')}
          {o.region.name} ({otherAnswer(o.cell, ctx.lang)})
          <Refs numbers={footnotes.refs(o.citations)} lang={ctx.lang} />
        </span>
      ))}
    </>
  )
}

/** Each thing a source says the region does not offer, and the other regions that do, each footnoted. */
function Contrasts({ ctx, brief, footnotes }: { ctx: PageContext; brief: Brief; footnotes: Footnotes }) {
  const s = strings[ctx.lang]
  const region = brief.region.name
  if (brief.notOffered.length === 0) return <p>{fill(s.briefNotOfferedNone, { region })}</p>
  return (
    <>
      <p>{fill(s.briefNotOfferedIntro, { region })}</p>
      <ul class='brief-list'>
        {brief.notOffered.map((item: BriefContrast) => (
          <li key={item.id} data-dimension={item.id} data-status={item.cell.status}>
            <strong>{item.label}:</strong> <CellBadge cell={item.cell} lang={ctx.lang} /> {answerText(item.cell)}
            <Refs numbers={footnotes.refs(item.cell.citations)} lang={ctx.lang} />
            <br />
            {s.briefOfferedIn} <OtherRegions ctx={ctx} others={item.others} footnotes={footnotes} />.
          </li>
        ))}
      </ul>
    </>
  )
}

function AmountEnd({ ctx, label, end, footnotes }: { ctx: PageContext; label: string; end: NonNullable<AmountComparison['lowest']>; footnotes: Footnotes }) {
  const s = strings[ctx.lang]
  return (
    <li>
      {label} {amountWords(end.amount, ctx.lang)} {s.briefIn}{' '}
      {end.regions.map((o, i) => (
        <span key={o.region.code}>
          {i > 0 && (i === end.regions.length - 1 ? (ctx.lang === 'sv' ? ' och ' : ' and ') : ', ')}
          {o.region.name}
          <Refs numbers={footnotes.refs(o.citations)} lang={ctx.lang} />
        </span>
      ))}
      .
    </li>
  )
}

/** The region's amount beside the lowest, the highest and the median of the regions compared. */
function Amount({ ctx, brief, amount, footnotes }: { ctx: PageContext; brief: Brief; amount: AmountComparison; footnotes: Footnotes }) {
  const s = strings[ctx.lang]
  return (
    <section aria-labelledby={`amount-${amount.id}`} class='amount' data-dimension={amount.id}>
      <h2 id={`amount-${amount.id}`}>{fill(s.briefAmount, { label: amount.label })}</h2>
      <ul class='brief-list'>
        <li data-status={amount.cell.status}>
          <strong>{fill(s.briefAmountHere, { region: brief.region.name })}</strong> <CellBadge cell={amount.cell} lang={ctx.lang} /> {answerText(amount.cell)}
          <Refs numbers={footnotes.refs(amount.cell.citations)} lang={ctx.lang} />
        </li>
        {amount.lowest && <AmountEnd ctx={ctx} label={s.briefLowest} end={amount.lowest} footnotes={footnotes} />}
        {amount.highest && <AmountEnd ctx={ctx} label={s.briefHighest} end={amount.highest} footnotes={footnotes} />}
        <li>{amount.median === null ? s.briefAmountNoneKnown : fill(s.briefMedian, { n: amount.known, amount: amountWords(amount.median, ctx.lang) })}</li>
      </ul>
      {amount.stale > 0 && <p class='note'>{fill(s.briefAmountStale, { n: amount.stale, months: ctx.staleAfterMonths })}</p>}
      <p class='screen-only'>
        <a href={pageHref('/', ctx, { dimension: amount.id })}>{s.briefAllAmounts}</a>
      </p>
    </section>
  )
}

/** A topic in a list in a sentence: the first as it is, the others without their capital ("Egenremiss; hemtjänst"). */
const topic = (label: string, i: number) => (i === 0 ? label : label.charAt(0).toLowerCase() + label.slice(1))

/** What else others know or offer of an unknown topic, in a few words. */
function elsewhere(item: BriefUnknown, others: number, lang: Language) {
  const s = strings[lang]
  if (item.offeredBy.length > 0) return fill(s.briefOfferedBy, { regions: names(item.offeredBy.map((r) => r.name), lang) })
  if (item.knownElsewhere > 0) return fill(s.briefKnownElsewhere, { n: item.knownElsewhere, total: others })
  return s.briefKnownNowhere
}

/** Topics no source mentions, grouped by what is known of them elsewhere, in the order first listed. */
function bareGroups(bare: BriefUnknown[], others: number, lang: Language) {
  const groups = new Map<string, BriefUnknown[]>()
  for (const item of bare) {
    const note = elsewhere(item, others, lang)
    groups.set(note, [...(groups.get(note) ?? []), item])
  }
  return [...groups].map(([note, items]) => ({ note, items }))
}

/** What is unknown: topics a source mentions without answering, with what it says; then, in one list, those no source mentions at all. */
function Unknowns({ ctx, brief, footnotes }: { ctx: PageContext; brief: Brief; footnotes: Footnotes }) {
  const s = strings[ctx.lang]
  const region = brief.region.name
  if (brief.unknown.length === 0) return <p>{fill(s.briefUnknownNone, { region })}</p>
  const described = brief.unknown.filter((u) => u.cell.citations.length > 0)
  const bare = brief.unknown.filter((u) => u.cell.citations.length === 0)
  return (
    <>
      <p>{fill(s.briefUnknownIntro, { region })}</p>
      <ul class='brief-list'>
        {described.map((item) => (
          <li key={item.id} data-dimension={item.id} data-status={item.cell.status}>
            <strong>{item.label}:</strong> <CellBadge cell={item.cell} lang={ctx.lang} /> {answerText(item.cell)}
            <Refs numbers={footnotes.refs(item.cell.citations)} lang={ctx.lang} /> ({elsewhere(item, brief.others.length, ctx.lang)}.)
          </li>
        ))}
        {bare.length > 0 && (
          <li class='bare'>
            <strong>{s.briefUnknownBare}</strong>{' '}
            {bareGroups(bare, brief.others.length, ctx.lang).map((group, g) => (
              <span key={g}>
                {g > 0 && '; '}
                {group.items.map((item, i) => (
                  <span key={item.id} data-dimension={item.id} data-status={item.cell.status}>
                    {i > 0 && (i === group.items.length - 1 ? (ctx.lang === 'sv' ? ' och ' : ' and ') : ', ')}
                    {topic(item.label, g + i)}
                  </span>
                ))}{' '}
                ({group.note})
              </span>
            ))}
            .
          </li>
        )}
      </ul>
    </>
  )
}

/** `/regions/{code}/brief`: a printable A4 brief, every statement footnoted with its source, date and link. */
export function briefPage(ctx: PageContext, { brief, chosen, allRegions }: BriefPage): string {
  const s = strings[ctx.lang]
  const footnotes = new Footnotes('source')
  const name = brief.region.name
  const api = { ...ctx, asOf: brief.asOf }
  const title = fill(s.briefTitle, { region: name })
  return renderPage(
    <Layout ctx={ctx} title={title}>
      <article class='brief'>
        <h1>{title}</h1>
        <p class='lead'>{comparedWith(brief, chosen, ctx.lang)}.</p>
        <AnswersFor ctx={ctx} />
        <p class='note'>{s.briefIntro}</p>

        <div class='screen-only'>
          <Controls ctx={ctx}>
            <details open={chosen.length > 0}>
              <summary>{s.briefChooseOthers}</summary>
              <RegionChoice all={allRegions.filter((r) => r.code !== brief.region.code)} chosen={chosen} name='with' legend={s.chooseRegions} />
            </details>
          </Controls>
          <p class='actions'>
            <button type='button' data-print='' hidden>
              {s.print}
            </button>
            <a href={pageHref(`/regions/${brief.region.code}/brief.txt`, ctx, { with: chosen.join(',') || undefined })}>{s.briefPlainText}</a>
          </p>
          <p class='note'>{s.printHint}</p>
        </div>

        <section aria-labelledby='offers-heading' class='offers'>
          <h2 id='offers-heading'>{fill(s.briefOffers, { region: name })}</h2>
          <Offers ctx={ctx} brief={brief} footnotes={footnotes} />
        </section>

        <section aria-labelledby='others-heading' class='not-offered'>
          <h2 id='others-heading'>{fill(s.briefNotOffered, { region: name })}</h2>
          <Contrasts ctx={ctx} brief={brief} footnotes={footnotes} />
        </section>

        {brief.amounts.map((amount) => (
          <Amount key={amount.id} ctx={ctx} brief={brief} amount={amount} footnotes={footnotes} />
        ))}

        <section aria-labelledby='known-heading' class='also-known'>
          <h2 id='known-heading'>{fill(s.briefAlsoKnown, { region: name })}</h2>
          {brief.alsoKnown.length === 0
            ? (
              <p>{fill(s.briefAlsoKnownNone, { region: name })}</p>
              )
            : (
              <ul class='brief-list'>
                {brief.alsoKnown.map((item) => (
                  <Statement key={item.id} ctx={ctx} item={item} footnotes={footnotes} />
                ))}
              </ul>
              )}
        </section>

        <section aria-labelledby='unknown-heading' class='unknown'>
          <h2 id='unknown-heading'>{fill(s.briefUnknown, { region: name })}</h2>
          <Unknowns ctx={ctx} brief={brief} footnotes={footnotes} />
        </section>

        <FootnoteList footnotes={footnotes} ctx={ctx} />
      </article>
      <DataLinks
        ctx={ctx}
        links={[
          { label: s.json, href: apiHref('/v1/compare/regions', api, { regions: briefApiCodes(brief) }) },
          { label: s.csv, href: apiHref('/v1/compare/regions', api, { regions: briefApiCodes(brief), format: 'csv' }) },
          { label: s.csvWide, href: apiHref('/v1/compare/regions', api, { regions: briefApiCodes(brief), format: 'csv', layout: 'wide' }) },
        ]}
      />
    </Layout>,
  )
}

/** A source in plain text, as the brief lists it: publisher, title, date, strength, the quote of a held document, the link. */
function citationLine(c: PageCitation, lang: Language, earlier: number | null) {
  const strength = strengthWord(c, lang)
  const quote = c.kind === 'quote' && meaningfulQuote(c.quote) ? c.quote : null
  return [
    earlier
      ? fill(strings[lang].sameSource, { n: `[${earlier}]` })
      : `${c.sourceIssuer}: ${c.sourceTitle}, ${sourceDateText(c, lang)}${strength ? ` (${strength})` : ''}.`,
    quote ? `”${quote}”${c.locator ? ` (${c.locator})` : ''}` : null,
    earlier ? null : c.sourceUrl,
  ]
    .filter(Boolean)
    .join(' ')
}

/** The same brief as plain text, to paste into an e-mail: the same statements and footnote numbers, and a link to the page with every source. */
export function briefText(ctx: PageContext, { brief, chosen }: Pick<BriefPage, 'brief' | 'chosen'>, pageUrl: string): string {
  const s = strings[ctx.lang]
  const lang = ctx.lang
  const footnotes = new Footnotes('source')
  const name = brief.region.name
  const marks = (citations: PageCitation[]) => footnotes.refs(citations).map((n) => `[${n}]`).join('')
  const answer = (cell: ShownCell) => {
    // The summary names what the short answer names, says when an old answer was last confirmed and how strong its sources are.
    return answerWords(cell).badge
  }
  const statement = ({ label, cell }: BriefStatement) => `- ${label}: ${answer(cell)}. ${cell.summary}${marks(cell.citations)}`
  const regionsWith = (others: OtherRegion[]) =>
    names(others.map((o) => `${o.region.name} (${otherAnswer(o.cell, lang)})${marks(o.citations)}`), lang)
  const section = (heading: string, lines: string[]) => [heading.toUpperCase(), ...lines, '']
  const offers = [
    ...brief.offers.map(statement),
    ...brief.services.map((service) => `- ${service.name}. ${service.description ?? ''}${marks(service.citations)}`),
    ...(brief.offers.length === 0 ? [noOffer(brief, lang)] : []),
  ]
  const contrasts =
    brief.notOffered.length === 0
      ? [fill(s.briefNotOfferedNone, { region: name })]
      : [
          fill(s.briefNotOfferedIntro, { region: name }),
          ...brief.notOffered.flatMap((item) => [statement(item), `  ${s.briefOfferedIn} ${regionsWith(item.others)}.`]),
        ]
  const amounts = brief.amounts.flatMap((amount) => {
    const end = (label: string, e: AmountComparison['lowest']) =>
      e ? [`- ${label} ${amountWords(e.amount, lang)} ${s.briefIn} ${names(e.regions.map((o) => `${o.region.name}${marks(o.citations)}`), lang)}.`] : []
    return section(fill(s.briefAmount, { label: amount.label }), [
      `- ${fill(s.briefAmountHere, { region: name })} ${answer(amount.cell)}. ${amount.cell.summary}${marks(amount.cell.citations)}`,
      ...end(s.briefLowest, amount.lowest),
      ...end(s.briefHighest, amount.highest),
      `- ${amount.median === null ? s.briefAmountNoneKnown : fill(s.briefMedian, { n: amount.known, amount: amountWords(amount.median, lang) })}`,
      ...(amount.stale > 0 ? [fill(s.briefAmountStale, { n: amount.stale, months: ctx.staleAfterMonths })] : []),
    ])
  })
  const described = brief.unknown.filter((u) => u.cell.citations.length > 0)
  const bare = brief.unknown.filter((u) => u.cell.citations.length === 0)
  const bareLines = bareGroups(bare, brief.others.length, lang).map(
    (group, g) => `${names(group.items.map((item, i) => topic(item.label, g + i)), lang)} (${group.note})`,
  )
  const unknowns =
    brief.unknown.length === 0
      ? [fill(s.briefUnknownNone, { region: name })]
      : [
          fill(s.briefUnknownIntro, { region: name }),
          ...described.map((item) => `- ${item.label}: ${item.cell.summary}${marks(item.cell.citations)} (${elsewhere(item, brief.others.length, lang)}.)`),
          ...(bare.length > 0
            ? [`- ${s.briefUnknownBare} ${bareLines.join('; ')}.`]
            : []),
        ]
  const lines = [
    fill(s.briefTitle, { region: name }),
    `${comparedWith(brief, chosen, lang)}. ${s.answersFor} ${longDate(brief.asOf, lang)}.`,
    '',
    s.briefIntro,
    '',
    ...section(fill(s.briefOffers, { region: name }), offers),
    ...section(fill(s.briefNotOffered, { region: name }), contrasts),
    ...amounts,
    ...section(
      fill(s.briefAlsoKnown, { region: name }),
      brief.alsoKnown.length === 0 ? [fill(s.briefAlsoKnownNone, { region: name })] : brief.alsoKnown.map(statement),
    ),
    ...section(fill(s.briefUnknown, { region: name }), unknowns),
    s.footnotes.toUpperCase(),
    ...footnotes.notes.map((c, i) => `[${i + 1}] ${citationLine(c, lang, footnotes.earlier(i))}`),
    '',
    fill(s.briefAllSources, { url: pageUrl }),
    '',
  ]
  // Soft hyphens help narrow tiles, not an e-mail.
  return lines.join('\n').replaceAll('\u00AD', '')
}
