import type { ComponentChildren, VNode } from 'preact'
import { renderToString } from 'preact-render-to-string'
import type { ShownCell } from '../domain/compare.js'
import type { CellStatus } from '../domain/dimensions/cell.js'
import { dimensions } from '../domain/dimensions/index.js'
import { monthYear, proseDate } from '../domain/dimensions/prose.js'
import { type Tone, toneOf } from '../domain/map.js'
import type { Citation } from '../schemas/common.js'
import type { Language } from '../schemas/labels.js'
import { type Footnotes, meaningfulQuote, type PageCitation } from './footnotes.js'
import { fill, strings } from './i18n.js'
import { type LinkState, pageHref } from './urls.js'

/** What every page knows about the request it answers. */
export interface PageContext extends LinkState {
  /** The date the page answers for (the chosen one, or today). */
  asOf: string
  /** The page's own path, without the query. */
  path: string
  /** The page's own query parameters besides the date, language and condition. */
  params: Record<string, string | undefined>
  staleAfterMonths: number
}

/** A whole page as HTML: the doctype, then the escaped markup. */
export const renderPage = (page: VNode) => `<!DOCTYPE html>${renderToString(page)}`

/** A calendar date in words: "1 juni 2021", "1 June 2021". */
export const longDate = (day: string, lang: Language) => proseDate(day, lang)

type IconName = Tone | 'stale' | 'differs' | 'weak'

const line = { fill: 'none', stroke: 'currentColor', 'stroke-width': '2', 'stroke-linecap': 'round', 'stroke-linejoin': 'round' } as const

/** The icons, drawn once per page and used by reference: status is never shown by colour alone. */
const Sprite = () => (
  <svg class='sprite' aria-hidden='true' width='0' height='0'>
    <symbol id='i-yes' viewBox='0 0 16 16'>
      <path d='M3 8.5l3.2 3.2L13 4.8' {...line} />
    </symbol>
    <symbol id='i-no' viewBox='0 0 16 16'>
      <path d='M4 4l8 8M12 4l-8 8' {...line} />
    </symbol>
    <symbol id='i-partly' viewBox='0 0 16 16'>
      <circle cx='8' cy='8' r='5.5' {...line} />
      <path d='M8 2.5a5.5 5.5 0 0 1 0 11z' fill='currentColor' />
    </symbol>
    <symbol id='i-paused' viewBox='0 0 16 16'>
      <path d='M5.5 3.5v9M10.5 3.5v9' {...line} />
    </symbol>
    <symbol id='i-municipal' viewBox='0 0 16 16'>
      <path d='M2.5 8L8 3l5.5 5M4.5 6.5V13h7V6.5' {...line} />
    </symbol>
    <symbol id='i-known' viewBox='0 0 16 16'>
      <path d='M3 4.5h10M3 8h10M3 11.5h6' {...line} />
    </symbol>
    <symbol id='i-unknown' viewBox='0 0 16 16'>
      <path d='M5.6 5.9a2.5 2.5 0 1 1 3.4 2.4c-.7.3-1 .8-1 1.5v.6' {...line} />
      <circle cx='8' cy='13.2' r='1.1' fill='currentColor' />
    </symbol>
    <symbol id='i-stale' viewBox='0 0 16 16'>
      <circle cx='8' cy='8' r='5.8' {...line} />
      <path d='M8 4.8V8l2.4 1.7' {...line} />
    </symbol>
    <symbol id='i-weak' viewBox='0 0 16 16'>
      <path d='M8 2.5l6 11H2z' {...line} />
      <path d='M8 6.8v3' {...line} />
      <circle cx='8' cy='11.8' r='0.9' fill='currentColor' />
    </symbol>
    <symbol id='i-differs' viewBox='0 0 16 16'>
      <path d='M3 6h10M3 10h10M10.5 2.5l-5 11' {...line} />
    </symbol>
  </svg>
)

export const Icon = ({ name }: { name: IconName }) => (
  <svg class='icon' aria-hidden='true' width='16' height='16'>
    <use href={`#i-${name}`} />
  </svg>
)

/** What the pages need of a cell to show its answer. */
export type AnswerCell = Pick<ShownCell, 'dimension' | 'status' | 'statusLabel' | 'short' | 'stale' | 'evidenceDate' | 'evidenceStrength'>

/** Short answers that only restate an availability status ("Stängd tills vidare" beside "Tillfälligt stängd"): not shown twice. */
const restating = new Set(['stängd tills vidare', 'stängt tills vidare', 'ingen egenremiss', 'closed for now', 'no self-referral'])

/**
 * The words on an answer's badge: for an availability question its status
 * ("Erbjuds"), with the short answer after it where that names something
 * ("Smärthjälpen", "2 av 26 kommuner"); for an amount, a list or a yes/no
 * question the short answer itself ("330 kr", "Vårdcentral", "Ingår"), never a bare "Ja".
 */
export function answerWords(cell: AnswerCell): { badge: string; detail: string | null } {
  if (dimensions[cell.dimension].type !== 'availability') return { badge: cell.short, detail: null }
  const short = cell.short.trim()
  const same = short.toLowerCase() === cell.statusLabel.toLowerCase() || restating.has(short.toLowerCase())
  return { badge: cell.statusLabel, detail: same || short === '' ? null : short }
}

/** Whether the answer rests on no primary source. */
export const notPrimary = (cell: Pick<AnswerCell, 'status' | 'evidenceStrength'>): 'secondary' | 'weak' | null =>
  cell.status !== 'unknown' && (cell.evidenceStrength === 'secondary' || cell.evidenceStrength === 'weak') ? cell.evidenceStrength : null

/** "senast bekräftad juli 2019": when an old answer was last confirmed. */
export const confirmedText = (evidenceDate: string, lang: Language) => fill(strings[lang].confirmed, { date: monthYear(evidenceDate)[lang] })

/**
 * A cell's answer: its icon and words first, then, for an answer on old
 * evidence, when it was last confirmed, and a mark when it rests only on
 * secondary or weak sources.
 */
export function CellBadge({ cell, lang }: { cell: AnswerCell; lang: Language }) {
  const tone = toneOf(cell.status)
  const { badge, detail } = answerWords(cell)
  const weak = notPrimary(cell)
  return (
    <span class='answer'>
      <span class={`badge st-${tone}`}>
        <Icon name={tone} /> {badge}
      </span>
      {detail && <span class='detail'>{detail}</span>}
      {cell.stale && cell.evidenceDate && (
        <span class='badge st-stale'>
          <Icon name='stale' /> {confirmedText(cell.evidenceDate, lang)}
        </span>
      )}
      {weak && (
        <span class='badge st-weak'>
          <Icon name='weak' /> {strings[lang].strength[weak]}
        </span>
      )}
    </span>
  )
}

/**
 * A cell's answer in sentences beside its badge: the badge already says when an
 * old answer was last confirmed and whether it rests on secondary or weak
 * sources, so only a disagreement between sources is added.
 */
export const answerText = (cell: Pick<ShownCell, 'statement' | 'caveats'>) =>
  [cell.statement, ...cell.caveats.filter((c) => c.kind === 'disagree').map((c) => `${c.text}.`)].join(' ')

/** "Underlag från 17 januari 2024", as a machine-readable date too. */
export function EvidenceDate({ date, lang }: { date: string | null; lang: Language }) {
  const s = strings[lang]
  if (!date) return <>{s.noEvidence}</>
  return (
    <>
      {s.evidenceDated} <time dateTime={date}>{longDate(date, lang)}</time>
    </>
  )
}

export function ToneBadge({ status, label }: { status: CellStatus; label: string }) {
  const tone = toneOf(status)
  return (
    <span class={`badge st-${tone}`}>
      <Icon name={tone} /> {label}
    </span>
  )
}

/** Footnote marks after a statement, each a link to its source below. */
export function Refs({ numbers, lang }: { numbers: number[]; lang: Language }) {
  if (numbers.length === 0) return null
  return (
    <sup class='refs'>
      {numbers.map((n) => (
        <a key={n} href={`#fn-${n}`} aria-label={`${strings[lang].footnote} ${n}`}>
          {n}
        </a>
      ))}
    </sup>
  )
}

/** How a source's date reads: "publicerad 13 november 2024", "odaterad, tidigast 1 juli 2019". */
export function sourceDateText(c: Pick<Citation, 'sourceDate' | 'sourceDateKind'>, lang: Language) {
  const s = strings[lang]
  const word = c.sourceDateKind === 'updated' ? s.updated : c.sourceDateKind === 'not_before' ? s.notBefore : s.published
  return `${word} ${longDate(c.sourceDate, lang)}`
}

/** A source's strength, where it is not primary: "andrahandskälla", "svag källa". */
export const strengthWord = (c: Pick<Citation, 'sourceStrength' | 'secondary'>, lang: Language) =>
  c.sourceStrength === 'weak' ? strings[lang].weakSource : c.secondary ? strings[lang].secondary : null

/** Our own words for a web page, in the page's language. */
export function Reference({ text, lang }: { text: string | null; lang: Language }) {
  return (
    <>
      {strings[lang].ourWords} {text}
    </>
  )
}

/** What a source says where it is cited: the quote (verbatim, in Swedish) or our words for a web page, and where in the source. */
function Passage({ c, lang }: { c: PageCitation; lang: Language }) {
  return (
    <>
      {c.kind === 'quote' ? <q lang='sv'>{c.quote}</q> : <Reference text={c.reference} lang={lang} />}
      {c.locator ? ` (${c.locator})` : ''}
    </>
  )
}

/**
 * A source with every passage a page cites from it: its title (a link to its page), publisher, date, how strong it is,
 * its link (its host on screen; print spells out the whole address), then the quotes or our words, each with its place.
 */
export function SourceNote({ c, passages, ctx }: { c: PageCitation; passages: PageCitation[]; ctx: PageContext }) {
  const strength = strengthWord(c, ctx.lang)
  return (
    <>
      <cite>
        <a href={pageHref(`/sources/${c.sourceId}`, ctx)}>{c.sourceTitle}</a>
      </cite>
      , {c.sourceIssuer}, {sourceDateText(c, ctx.lang)}
      {strength ? ` (${strength})` : ''}.
      <SourceLink url={c.sourceUrl} />
      {passages.length === 1
        ? (
          <p class='passage'>
            <Passage c={passages[0]!} lang={ctx.lang} />
          </p>
          )
        : (
          <ul class='passages'>
            {passages.map((p, i) => (
              <li key={i}>
                <Passage c={p} lang={ctx.lang} />
              </li>
            ))}
          </ul>
          )}
    </>
  )
}

/** A source's address: its host on screen, the whole address in print. */
function SourceLink({ url }: { url: string | null }) {
  if (!url) return null
  return (
    <>
      {' '}
      <a class='url' href={url}>
        <span class='host'>{new URL(url).host}</span>
      </a>
    </>
  )
}

/**
 * A source as a brief lists it: publisher, title, date and link, how strong it
 * is where it is not primary, and for a document Regionkollen holds, the quote
 * when it says something on its own (with where in the document it stands).
 */
export function BriefCitationText({ c, ctx, earlier }: { c: PageCitation; ctx: PageContext; earlier?: number | null }) {
  const strength = strengthWord(c, ctx.lang)
  const quoted = c.kind === 'quote' && meaningfulQuote(c.quote)
  return (
    <>
      {earlier
        ? (
          <a href={`#fn-${earlier}`}>{fill(strings[ctx.lang].sameSource, { n: earlier })}</a>
          )
        : (
          <>
            {c.sourceIssuer}:{' '}
            <cite>
              <a href={pageHref(`/sources/${c.sourceId}`, ctx)}>{c.sourceTitle}</a>
            </cite>
            , {sourceDateText(c, ctx.lang)}
            {strength ? ` (${strength})` : ''}.
          </>
          )}
      {quoted && (
        <>
          {' '}
          <q lang='sv'>{c.quote}</q>
          {c.locator ? ` (${c.locator})` : ''}
        </>
      )}
      {!earlier && <SourceLink url={c.sourceUrl} />}
    </>
  )
}

export function FootnoteList({ footnotes, ctx }: { footnotes: Footnotes; ctx: PageContext }) {
  if (footnotes.notes.length === 0) return null
  const brief = footnotes.granularity === 'source'
  return (
    <section class='footnotes' aria-labelledby='fn-heading'>
      <h2 id='fn-heading'>{strings[ctx.lang].footnotes}</h2>
      <ol>
        {footnotes.notes.map((c, i) => (
          <li key={i} id={`fn-${i + 1}`}>
            {brief ? <BriefCitationText c={c} ctx={ctx} earlier={footnotes.earlier(i)} /> : <SourceNote c={c} passages={footnotes.passages[i]!} ctx={ctx} />}
          </li>
        ))}
      </ol>
    </section>
  )
}

/** The hidden fields that keep the language and condition when a form is sent. */
function StateFields({ ctx }: { ctx: PageContext }) {
  return (
    <>
      {ctx.lang !== 'sv' && <input type='hidden' name='lang' value={ctx.lang} />}
      {ctx.condition !== 'me-cfs' && <input type='hidden' name='condition' value={ctx.condition} />}
    </>
  )
}

/** The date the page answers for, in words, and a form to choose another (with the page's own choices before it). */
export function Controls({ ctx, children, label }: { ctx: PageContext; children?: ComponentChildren; label?: string }) {
  const s = strings[ctx.lang]
  return (
    <form method='get' action={ctx.path} class='controls' aria-label={label ?? s.date}>
      <StateFields ctx={ctx} />
      {children}
      <p class='field'>
        <label for='asOf'>{s.date}</label>
        <input type='date' id='asOf' name='asOf' value={ctx.asOf} min='1990-01-01' max='2099-12-31' required />
      </p>
      <p class='field'>
        <button type='submit'>{s.show}</button>
      </p>
    </form>
  )
}

export function AnswersFor({ ctx }: { ctx: PageContext }) {
  return (
    <p class='answers-for'>
      {strings[ctx.lang].answersFor} <time dateTime={ctx.asOf}>{longDate(ctx.asOf, ctx.lang)}</time>
    </p>
  )
}

export function DataLinks({ ctx, links }: { ctx: PageContext; links: { label: string; href: string }[] }) {
  const s = strings[ctx.lang]
  return (
    <section class='data-links' aria-labelledby='data-heading'>
      <h2 id='data-heading'>{s.dataLinks}</h2>
      <p>{s.dataLinksIntro}</p>
      <ul>
        {links.map((link) => (
          <li key={link.href}>
            <a href={link.href}>{link.label}</a>
          </li>
        ))}
      </ul>
    </section>
  )
}

/** The page around the content: skip link, header with navigation and language, main, footer. */
export function Layout({ ctx, title, current, children }: { ctx: PageContext; title: string; current?: 'map' | 'compare'; children: ComponentChildren }) {
  const s = strings[ctx.lang]
  const other = s.otherLanguageCode
  return (
    <html lang={ctx.lang}>
      <head>
        <meta charset='utf-8' />
        <meta name='viewport' content='width=device-width, initial-scale=1' />
        <meta name='color-scheme' content='light dark' />
        <title>{`${title} – ${s.siteName}`}</title>
        <link rel='stylesheet' href='/assets/site.css' />
        <link rel='icon' href='/assets/icon.svg' type='image/svg+xml' />
        <script src='/assets/site.js' defer />
      </head>
      <body>
        <a class='skip' href='#main'>
          {s.skip}
        </a>
        <Sprite />
        <header class='site-header'>
          <a class='brand' href={pageHref('/', ctx)}>
            {s.siteName}
          </a>
          <nav aria-label={s.mainMenu}>
            <ul>
              <li>
                <a href={pageHref('/', ctx)} aria-current={current === 'map' ? 'page' : undefined}>
                  {s.navMap}
                </a>
              </li>
              <li>
                <a href={pageHref('/compare', ctx)} aria-current={current === 'compare' ? 'page' : undefined}>
                  {s.navCompare}
                </a>
              </li>
              <li>
                <a href={pageHref(ctx.path, { ...ctx, lang: other }, ctx.params)} lang={other} hreflang={other}>
                  {s.otherLanguage}
                </a>
              </li>
            </ul>
          </nav>
        </header>
        <main id='main' tabIndex={-1}>
          {children}
        </main>
        <footer class='site-footer'>
          <p>
            {s.footer} {s.unknownMeans}
          </p>
          <p>
            <a href='/docs'>{s.api}</a> · <a href={pageHref('/review', ctx)}>{s.reviewTitle}</a>
          </p>
        </footer>
      </body>
    </html>
  )
}

export { fill, strings }
