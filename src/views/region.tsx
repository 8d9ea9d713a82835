import type { regionProfileView } from '../domain/compare.js'
import type { TimelineEvent } from '../domain/timeline.js'
import { factKinds } from '../schemas/fact-kinds.js'
import { localizeCitation } from '../domain/localize.js'
import {
  answerText,
  AnswersFor,
  CellBadge,
  Controls,
  DataLinks,
  EvidenceDate,
  FootnoteList,
  Layout,
  longDate,
  type PageContext,
  Refs,
  renderPage,
} from './components.js'
import { Footnotes } from './footnotes.js'
import { changeLabels, fill, strings } from './i18n.js'
import { apiHref, pageHref } from './urls.js'

type Profile = ReturnType<typeof regionProfileView>

export interface RegionPage {
  profile: Profile
  timeline: TimelineEvent[]
}

/** One dimension as a plain sentence: its label, its answer, what the sources say, and how recent they are. */
function Statement({ ctx, item, footnotes }: { ctx: PageContext; item: Profile['dimensions'][number]; footnotes: Footnotes }) {
  const s = strings[ctx.lang]
  const { id, label } = item
  const cell = item.cells[0]!
  return (
    <li data-dimension={id} data-status={cell.status}>
      <p>
        <strong>{label}:</strong> <CellBadge cell={cell} lang={ctx.lang} /> {answerText(cell)}
        <Refs numbers={footnotes.refs(cell.citations)} lang={ctx.lang} />
      </p>
      {cell.evidenceDate && (
        <p class='meta'>
          <EvidenceDate date={cell.evidenceDate} lang={ctx.lang} />.{cell.sourcesDisagree && ` ${s.disagree}.`}
        </p>
      )}
    </li>
  )
}

/** The region's history, oldest first: facts starting and ending, decisions with their votes. */
function Timeline({ ctx, timeline, footnotes }: { ctx: PageContext; timeline: TimelineEvent[]; footnotes: Footnotes }) {
  const s = strings[ctx.lang]
  if (timeline.length === 0) return <p>{s.timelineEmpty}</p>
  return (
    <ol class='timeline'>
      {timeline.map((event) => (
        <li key={`${event.factId}-${event.change}`} class={`change-${event.change}`} data-kind={event.kind} data-change={event.change}>
          <time dateTime={event.date}>{longDate(event.date, ctx.lang)}</time>{' '}
          <span class='change'>
            {changeLabels[event.change][ctx.lang]} · {factKinds[event.kind].heading[ctx.lang]}
          </span>
          <span class='what'>
            {event.headline[ctx.lang]}
            {event.supersededBy && ` ${s.supersededBy}`}
            <Refs numbers={footnotes.refs(event.citations.map((c) => localizeCitation(c, ctx.lang)))} lang={ctx.lang} />
          </span>
        </li>
      ))}
    </ol>
  )
}

/** `/regions/{code}`: one plain sentence per dimension with its status, evidence date and sources, then the region's history. */
export function regionPage(ctx: PageContext, { profile, timeline }: RegionPage): string {
  const s = strings[ctx.lang]
  const footnotes = new Footnotes()
  const profilePath = `/v1/regions/${profile.code}/profile`
  return renderPage(
    <Layout ctx={ctx} title={profile.name}>
      <h1>{profile.name}</h1>
      <p class='lead'>{fill(s.regionIntro, { municipalities: profile.municipalityCount })}</p>
      <AnswersFor ctx={ctx} />
      <Controls ctx={ctx} />
      <p class='actions'>
        <a href={pageHref(`/regions/${profile.code}/brief`, ctx)}>{s.printableBrief}</a>
        <a href={pageHref('/compare', ctx, { regions: profile.code })}>{s.compareWithOthers}</a>
      </p>

      <section aria-labelledby='holds-heading'>
        <h2 id='holds-heading'>{s.whatHolds}</h2>
        <ul class='statements'>
          {profile.dimensions.map((item) => (
            <Statement key={item.id} ctx={ctx} item={item} footnotes={footnotes} />
          ))}
        </ul>
      </section>

      <section aria-labelledby='timeline-heading'>
        <h2 id='timeline-heading'>{s.timeline}</h2>
        <p class='note'>{s.timelineIntro}</p>
        <Timeline ctx={ctx} timeline={timeline} footnotes={footnotes} />
      </section>

      <FootnoteList footnotes={footnotes} ctx={ctx} />
      <DataLinks
        ctx={ctx}
        links={[
          { label: `${profile.name}: ${s.json}`, href: apiHref(profilePath, ctx) },
          { label: `${profile.name}: ${s.csv}`, href: apiHref(profilePath, ctx, { format: 'csv' }) },
          { label: `${profile.name}: ${s.allFacts}`, href: `/v1/regions/${profile.code}` },
        ]}
      />
    </Layout>,
  )
}
