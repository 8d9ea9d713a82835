import type { sourceView } from '../domain/source-view.js'
import { factKindIds, factKinds } from '../schemas/fact-kinds.js'
import { sourceDate } from '../schemas/sources.js'
import { AnswersFor, Controls, DataLinks, Icon, Layout, longDate, type PageContext, Reference, renderPage, sourceDateText, strengthWord } from './components.js'
import { strings } from './i18n.js'
import { pageHref } from './urls.js'

export interface SourcePage {
  view: ReturnType<typeof sourceView>
  regionNames: Map<string, string>
}

/** `/sources/{id}`: a source, and every fact that cites it with the passage cited. */
export function sourcePage(ctx: PageContext, { view, regionNames }: SourcePage): string {
  const s = strings[ctx.lang]
  const { source } = view
  const dated = sourceDate(source)
  const date = sourceDateText({ sourceDate: dated.date, sourceDateKind: dated.kind }, ctx.lang)
  const region = source.regionCode ? regionNames.get(source.regionCode) : undefined
  return renderPage(
    <Layout ctx={ctx} title={source.title}>
      <p class='kicker'>{s.footnote}</p>
      <h1>{source.title}</h1>
      <dl class='source-meta'>
        <dt>{s.issuer}</dt>
        <dd>
          {source.issuer}
          {source.strength !== 'primary' ? ` (${strengthWord({ sourceStrength: source.strength, secondary: source.secondary }, ctx.lang)})` : ''}
        </dd>
        <dt>{s.date}</dt>
        <dd>{date}</dd>
        {source.dateNote && (
          <>
            <dt>{s.dateNote}</dt>
            <dd>{source.dateNote}</dd>
          </>
        )}
        {source.referenceNumber && (
          <>
            <dt>{s.referenceNumber}</dt>
            <dd>{source.referenceNumber}</dd>
          </>
        )}
        {region && source.regionCode && (
          <>
            <dt>{s.region}</dt>
            <dd>
              <a href={pageHref(`/regions/${source.regionCode}`, ctx)}>{region}</a>
            </dd>
          </>
        )}
        {source.url && (
          <>
            <dt>{s.link}</dt>
            <dd>
              <a class='url' href={source.url}>
                {source.url}
              </a>
            </dd>
          </>
        )}
        <dt>{s.kind}</dt>
        <dd>{source.held ? s.heldText : s.webText}</dd>
        {source.note && (
          <>
            <dt>{s.note}</dt>
            <dd>{source.note}</dd>
          </>
        )}
      </dl>
      <AnswersFor ctx={ctx} />
      <Controls ctx={ctx} />

      <section aria-labelledby='facts-heading'>
        <h2 id='facts-heading'>
          {s.sourceFacts} ({view.facts.length})
        </h2>
        <p class='note'>{s.sourceFactsIntro}</p>
        {factKindIds
          .filter((kind) => view.facts.some((f) => f.kind === kind))
          .map((kind) => (
            <section key={kind} aria-labelledby={`kind-${kind}`}>
              <h3 id={`kind-${kind}`}>{factKinds[kind].heading[ctx.lang]}</h3>
              <ul class='source-facts'>
                {view.facts
                  .filter((f) => f.kind === kind)
                  .map((f) => (
                    <li key={f.id} data-fact={f.id} data-holds={String(f.holds)}>
                      <p>
                        <span class={`badge ${f.holds ? 'st-yes' : 'st-unknown'}`}>
                          <Icon name={f.holds ? 'yes' : 'no'} /> {f.holds ? s.holdsOnDate : s.notOnDate}
                        </span>{' '}
                        {f.headline[ctx.lang]}
                        {f.regionCode && (
                          <>
                            {' '}
                            (<a href={pageHref(`/regions/${f.regionCode}`, ctx)}>{regionNames.get(f.regionCode) ?? f.regionCode}</a>)
                          </>
                        )}
                      </p>
                      <p class='meta'>
                        {s.period}: <time dateTime={f.validFrom}>{longDate(f.validFrom, ctx.lang)}</time> –{' '}
                        {f.end ? <time dateTime={f.end}>{longDate(f.end, ctx.lang)}</time> : s.openEnded}.{' '}
                        <a href={f.path}>
                          <span class='vh'>{f.id} </span>JSON
                        </a>
                      </p>
                      {f.citations.map((c) => (
                        <blockquote key={c.id} class='citation'>
                          <p>{c.kind === 'quote' ? <q lang='sv'>{c.quote}</q> : <Reference text={c.reference?.[ctx.lang] ?? null} lang={ctx.lang} />}</p>
                          {c.locator && (
                            <p class='meta'>
                              {s.locator}: {c.locator}
                            </p>
                          )}
                        </blockquote>
                      ))}
                    </li>
                  ))}
              </ul>
            </section>
          ))}
      </section>
      <DataLinks
        ctx={ctx}
        links={[
          { label: s.json, href: `/v1/sources/${source.id}` },
          { label: s.csv, href: `/v1/sources/${source.id}?format=csv` },
        ]}
      />
    </Layout>,
  )
}
