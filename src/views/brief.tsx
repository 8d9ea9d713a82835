import type { Brief, BriefStatement, LabelledCell } from '../domain/brief.js'
import type { PageCitation } from './footnotes.js'
import type { Language } from '../schemas/labels.js'
import { statusLabels } from '../domain/dimensions/index.js'
import { RegionChoice } from './compare.js'
import { AnswersFor, CellBadge, Controls, DataLinks, FootnoteList, Layout, longDate, type PageContext, Refs, renderPage, sourceDateText } from './components.js'
import { Footnotes } from './footnotes.js'
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

function Meta({ cell, lang }: { cell: LabelledCell; lang: Language }) {
  if (!cell.evidenceDate) return null
  return (
    <span class='meta'>
      {' '}
      ({strings[lang].evidenceDated} <time dateTime={cell.evidenceDate}>{cell.evidenceDate}</time>)
    </span>
  )
}

// Every footnote mark is made while rendering, in the order of the page, so the numbers run in reading order.

function StatementList({ ctx, items, footnotes }: { ctx: PageContext; items: BriefStatement[]; footnotes: Footnotes }) {
  if (items.length === 0) return <p>{strings[ctx.lang].briefNone}</p>
  return (
    <ul class='brief-list'>
      {items.map(({ id, label, cell }) => (
        <li key={id} data-dimension={id}>
          <strong>{label}:</strong> <CellBadge cell={cell} lang={ctx.lang} /> {cell.summary}
          <Refs numbers={footnotes.refs(cell.citations)} lang={ctx.lang} />
          <Meta cell={cell} lang={ctx.lang} />
        </li>
      ))}
    </ul>
  )
}

function Unknowns({ ctx, brief, footnotes }: { ctx: PageContext; brief: Brief; footnotes: Footnotes }) {
  const s = strings[ctx.lang]
  if (brief.unknown.length === 0) return <p>{s.briefNone}</p>
  return (
    <ul class='brief-list'>
      {brief.unknown.map(({ id, label, cell, knownElsewhere }) => (
        <li key={id} data-dimension={id}>
          <strong>{label}:</strong> {cell.summary}
          <Refs numbers={footnotes.refs(cell.citations)} lang={ctx.lang} /> ({fill(s.briefKnownElsewhere, { n: knownElsewhere })})
        </li>
      ))}
    </ul>
  )
}

/** Each thing the region does not offer (or is not known to), and the other regions that do, each footnoted. */
function Contrasts({ ctx, brief, footnotes }: { ctx: PageContext; brief: Brief; footnotes: Footnotes }) {
  const s = strings[ctx.lang]
  if (brief.othersOffer.length === 0) return <p>{s.briefNone}</p>
  return (
    <ul class='brief-list'>
      {brief.othersOffer.map(({ id, label, cell, others }) => (
        <li key={id} data-dimension={id}>
          <strong>{label}.</strong> {fill(s.briefIn, { region: brief.region.name })} <CellBadge cell={cell} lang={ctx.lang} /> {cell.summary}
          <Refs numbers={footnotes.refs(cell.citations)} lang={ctx.lang} />
          <ul>
            {others.map((o) => (
              <li key={o.region.code} data-region={o.region.code}>
                {o.region.name}: <CellBadge cell={o.cell} lang={ctx.lang} /> {o.cell.summary}
                <Refs numbers={footnotes.refs(o.cell.citations)} lang={ctx.lang} />
                <Meta cell={o.cell} lang={ctx.lang} />
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  )
}

/** `/regions/{code}/brief`: a printable A4 brief, every statement footnoted with its source, date and link. */
export function briefPage(ctx: PageContext, { brief, chosen, allRegions }: BriefPage): string {
  const s = strings[ctx.lang]
  const footnotes = new Footnotes()
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

        <section aria-labelledby='offers-heading'>
          <h2 id='offers-heading'>{fill(s.briefOffers, { region: name })}</h2>
          <StatementList ctx={ctx} items={brief.offers} footnotes={footnotes} />
        </section>

        <section aria-labelledby='others-heading'>
          <h2 id='others-heading'>{fill(s.briefOthersOffer, { region: name })}</h2>
          <Contrasts ctx={ctx} brief={brief} footnotes={footnotes} />
        </section>

        <section aria-labelledby='known-heading'>
          <h2 id='known-heading'>{fill(s.briefAlsoKnown, { region: name })}</h2>
          <StatementList ctx={ctx} items={brief.alsoKnown} footnotes={footnotes} />
        </section>

        <section aria-labelledby='unknown-heading'>
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

/** A citation in plain text: the quote or our words, the source's title, publisher, date, place and link. */
function citationLine(c: PageCitation, lang: Language) {
  const s = strings[lang]
  const said = c.kind === 'quote' ? `”${c.quote}”` : `${s.ourWords} ${typeof c.reference === 'string' ? c.reference : c.reference?.[lang]}`
  const where = [c.sourceTitle, c.sourceIssuer, sourceDateText(c, lang), c.locator].filter(Boolean).join(', ')
  return `${said} (${where}${c.secondary ? `; ${s.secondary}` : ''})${c.sourceUrl ? ` ${c.sourceUrl}` : ''}`
}

/** The same brief as plain text, to paste into an e-mail: the same statements and the same footnote numbers. */
export function briefText(ctx: PageContext, { brief, chosen }: Pick<BriefPage, 'brief' | 'chosen'>): string {
  const s = strings[ctx.lang]
  const lang = ctx.lang
  const footnotes = new Footnotes()
  const name = brief.region.name
  const marks = (cell: LabelledCell) => footnotes.refs(cell.citations).map((n) => `[${n}]`).join('')
  const dated = (cell: LabelledCell) => (cell.evidenceDate ? ` (${s.evidenceDated.toLowerCase()} ${cell.evidenceDate})` : '')
  const status = (cell: LabelledCell) => `${statusLabels[cell.status][lang]}${cell.stale ? `, ${s.stale.toLowerCase()}` : ''}`
  const statement = ({ label, cell }: BriefStatement) => `- ${label}: ${status(cell)}. ${cell.summary}${marks(cell)}${dated(cell)}`
  const section = (heading: string, lines: string[]) => [heading.toUpperCase(), ...(lines.length === 0 ? [s.briefNone] : lines), '']
  const lines = [
    fill(s.briefTitle, { region: name }),
    `${comparedWith(brief, chosen, lang)}. ${s.answersFor} ${longDate(brief.asOf, lang)}.`,
    '',
    s.briefIntro,
    '',
    ...section(fill(s.briefOffers, { region: name }), brief.offers.map(statement)),
    ...section(
      fill(s.briefOthersOffer, { region: name }),
      brief.othersOffer.flatMap(({ label, cell, others }) => [
        `- ${label}. ${fill(s.briefIn, { region: name })} ${status(cell)}. ${cell.summary}${marks(cell)}`,
        ...others.map((o) => `  - ${o.region.name}: ${status(o.cell)}. ${o.cell.summary}${marks(o.cell)}${dated(o.cell)}`),
      ]),
    ),
    ...section(fill(s.briefAlsoKnown, { region: name }), brief.alsoKnown.map(statement)),
    ...section(
      fill(s.briefUnknown, { region: name }),
      brief.unknown.map(({ label, cell, knownElsewhere }) => {
        const elsewhere = fill(s.briefKnownElsewhere, { n: knownElsewhere })
        return `- ${label}: ${cell.summary}${marks(cell)} (${elsewhere})`
      }),
    ),
    s.footnotes.toUpperCase(),
    ...footnotes.notes.map((c, i) => `[${i + 1}] ${citationLine(c, lang)}`),
    '',
  ]
  return lines.join('\n')
}
