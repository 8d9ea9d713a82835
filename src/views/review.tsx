import type { reviewQueue } from '../domain/review.js'
import { AnswersFor, CellBadge, Controls, DataLinks, fill, Layout, longDate, type PageContext, renderPage, strings } from './components.js'
import { apiHref } from './urls.js'

type Entry = ReturnType<typeof reviewQueue>[number]

/** How many entries the page shows; the API pages through them all. */
export const REVIEW_SHOWN = 60

/** `/review`, for editors: stale and unknown answers, the most important first, each with its sources and the call that confirms it. */
export function reviewPage(ctx: PageContext, { entries, total }: { entries: Entry[]; total: number }): string {
  const s = strings[ctx.lang]
  return renderPage(
    <Layout ctx={ctx} title={s.reviewTitle}>
      <h1>{s.reviewTitle}</h1>
      <p>{fill(s.reviewIntro, { months: ctx.staleAfterMonths })}</p>
      <p>{s.reviewHow}</p>
      <AnswersFor ctx={ctx} />
      <Controls ctx={ctx} />
      <p class='meta'>{fill(s.reviewCount, { shown: entries.length, total })}</p>
      <div class='table-scroll' role='region' aria-label={s.scrollableReview} tabIndex={0}>
        <table class='data-table cards'>
          <thead>
            <tr>
              <th scope='col'>{s.reviewTopic}</th>
              <th scope='col'>{s.region}</th>
              <th scope='col'>{s.reviewAnswer}</th>
              <th scope='col'>{s.reviewLast}</th>
              <th scope='col'>{s.reviewSources}</th>
              <th scope='col'>{s.reviewConfirm}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={`${e.region.code}-${e.dimension.id}`} data-dimension={e.dimension.id} data-region={e.region.code}>
                <th scope='row'>{e.dimension.label}</th>
                <td>{e.region.name}</td>
                <td>
                  <CellBadge cell={{ ...e, dimension: e.dimension.id }} lang={ctx.lang} />
                </td>
                <td>{e.evidenceDate ? <time dateTime={e.evidenceDate}>{longDate(e.evidenceDate, ctx.lang)}</time> : s.reviewNothing}</td>
                <td>
                  <ul class='plain'>
                    {[...new Map(e.facts.flatMap((f) => f.sources).map((source) => [source.id, source])).values()].map((source) => (
                      <li key={source.id}>{source.url ? <a href={source.url}>{source.title}</a> : source.title}</li>
                    ))}
                  </ul>
                </td>
                <td>
                  {e.confirm
                    ? (
                      <details>
                        <summary>{s.reviewConfirmCall}</summary>
                        <pre>{`POST ${e.confirm.path}\n${JSON.stringify(e.confirm.body, null, 2)}`}</pre>
                      </details>
                      )
                    : (
                        s.reviewNewFact
                      )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <DataLinks ctx={ctx} links={[{ label: s.json, href: apiHref('/v1/review', ctx, { limit: '500' }) }]} />
    </Layout>,
  )
}
