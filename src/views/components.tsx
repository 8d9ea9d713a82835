import type { ComponentChildren, VNode } from 'preact'
import { renderToString } from 'preact-render-to-string'
import type { TileStatus } from '../domain/map.js'
import type { StoredCitation } from '../schemas/common.js'
import type { Localized } from '../schemas/localized.js'
import type { PageCitation } from './footnotes.js'
import type { Language } from '../schemas/labels.js'
import { type CellStatus, statusLabels } from '../domain/dimensions/index.js'
import type { Footnotes } from './footnotes.js'
import { fill, strings, tileStatusLabels } from './i18n.js'
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

const dateFormats: Record<Language, Intl.DateTimeFormat> = {
  sv: new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }),
}

/** A calendar date in words: "1 juni 2021", "1 June 2021". */
export const longDate = (day: string, lang: Language) => dateFormats[lang].format(new Date(`${day}T12:00:00Z`))

type IconName = 'yes' | 'no' | 'partly' | 'unknown' | 'stale' | 'differs'

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
    <symbol id='i-unknown' viewBox='0 0 16 16'>
      <path d='M5.6 5.9a2.5 2.5 0 1 1 3.4 2.4c-.7.3-1 .8-1 1.5v.6' {...line} />
      <circle cx='8' cy='13.2' r='1.1' fill='currentColor' />
    </symbol>
    <symbol id='i-stale' viewBox='0 0 16 16'>
      <circle cx='8' cy='8' r='5.8' {...line} />
      <path d='M8 4.8V8l2.4 1.7' {...line} />
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

/** Answers that are neither yes nor no show as "partly" in colour and icon; their own words say which. */
export const toneOf = (status: CellStatus): TileStatus =>
  status === 'offered' || status === 'yes' || status === 'known'
    ? 'yes'
    : status === 'not_offered' || status === 'no'
      ? 'no'
      : status === 'unknown'
        ? 'unknown'
        : 'partly'

/** A cell's answer: an icon and its word, and a second mark when the evidence is stale. */
export function CellBadge({ cell, lang }: { cell: { status: CellStatus; stale: boolean }; lang: Language }) {
  const tone = toneOf(cell.status)
  const answer = (
    <span class={`badge st-${tone}`}>
      <Icon name={tone} /> {statusLabels[cell.status][lang]}
    </span>
  )
  if (!cell.stale) return answer
  return (
    <span class='badges'>
      {answer}
      <span class='badge st-stale'>
        <Icon name='stale' /> {strings[lang].stale}
      </span>
    </span>
  )
}

export function TileBadge({ status, lang }: { status: TileStatus; lang: Language }) {
  return (
    <span class={`badge st-${status}`}>
      <Icon name={status} /> {tileStatusLabels[status][lang]}
    </span>
  )
}

/** Footnote marks after a statement, each a link to its source below. */
export function Refs({ numbers, lang }: { numbers: number[]; lang: Language }) {
  if (numbers.length === 0) return null
  return (
    <sup class='refs'>
      {numbers.map((n) => (
        <a key={n} href={`#fn-${n}`}>
          <span class='vh'>{strings[lang].footnote} </span>
          {n}
        </a>
      ))}
    </sup>
  )
}

/** How a source's date reads: published, updated, or "not before" for an undated source. */
export function sourceDateText(c: Pick<StoredCitation, 'sourceDate' | 'sourceDateKind'>, lang: Language) {
  const s = strings[lang]
  const word = c.sourceDateKind === 'updated' ? s.updated : c.sourceDateKind === 'not_before' ? s.notBefore : s.published
  return `${word} ${c.sourceDate}`
}

/** Our own words for a web page (written in English), marked as English so screen readers read them right. */
export function Reference({ text, lang }: { text: Localized | string | null; lang: Language }) {
  return (
    <>
      {strings[lang].ourWords} {typeof text === 'string' ? text : text?.[lang]}
    </>
  )
}

/**
 * One source passage: the quote (or our words for a web page), then the source's title (a link to its page), publisher, date,
 * place and link (its host on screen; print spells out the whole address).
 */
export function CitationText({ c, ctx }: { c: PageCitation; ctx: PageContext }) {
  const s = strings[ctx.lang]
  const where = [c.sourceIssuer, sourceDateText(c, ctx.lang), c.locator].filter(Boolean).join(', ')
  return (
    <>
      {c.kind === 'quote' ? <q lang='sv'>{c.quote}</q> : <Reference text={c.reference} lang={ctx.lang} />} —{' '}
      <cite>
        <a href={pageHref(`/sources/${c.sourceId}`, ctx)}>{c.sourceTitle}</a>
      </cite>
      , {where}
      {c.secondary ? ` (${s.secondary})` : ''}.
      {c.sourceUrl && (
        <>
          {' '}
          <a class='url' href={c.sourceUrl}>
            <span class='host'>{new URL(c.sourceUrl).host}</span>
          </a>
        </>
      )}
    </>
  )
}

export function FootnoteList({ footnotes, ctx }: { footnotes: Footnotes; ctx: PageContext }) {
  if (footnotes.notes.length === 0) return null
  return (
    <section class='footnotes' aria-labelledby='fn-heading'>
      <h2 id='fn-heading'>{strings[ctx.lang].footnotes}</h2>
      <ol>
        {footnotes.notes.map((c, i) => (
          <li key={i} id={`fn-${i + 1}`}>
            <CitationText c={c} ctx={ctx} />
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
            <a href='/docs'>{s.api}</a>
          </p>
        </footer>
      </body>
    </html>
  )
}

export { fill, strings }
