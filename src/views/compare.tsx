import type { comparisonView } from '../domain/compare.js'
import {
  AnswersFor,
  CellBadge,
  Controls,
  DataLinks,
  EvidenceDate,
  FootnoteList,
  Icon,
  Layout,
  longDate,
  type PageContext,
  Refs,
  renderPage, answerText,
} from './components.js'
import { Footnotes } from './footnotes.js'
import { fill, strings } from './i18n.js'
import { apiHref, pageHref } from './urls.js'

/** Regions side by side on one page: more would not fit a screen, nor the page weight; the API's answers take all 21. */
export const MAX_COMPARED = 5

export interface ComparePage {
  /** The comparison, or null when no region is chosen yet, or more than fit the page. */
  comparison: ReturnType<typeof comparisonView> | null
  allRegions: { code: string; name: string }[]
  chosen: string[]
}

/** Checkboxes for the regions: without JavaScript the form sends `regions` once per box, which the page accepts. */
export function RegionChoice({ all, chosen, name, legend }: { all: { code: string; name: string }[]; chosen: string[]; name: string; legend: string }) {
  return (
    <fieldset class='region-choice'>
      <legend>{legend}</legend>
      <ul>
        {all.map((r) => (
          <li key={r.code}>
            <input type='checkbox' id={`${name}-${r.code}`} name={name} value={r.code} checked={chosen.includes(r.code)} />
            <label for={`${name}-${r.code}`}>
              {r.name}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  )
}

type Comparison = ReturnType<typeof comparisonView>

/** Where the regions' known answers differ: a list of links to the rows, or a sentence saying they do not. */
function Differences({ comparison, lang }: { comparison: Comparison; lang: PageContext['lang'] }) {
  const s = strings[lang]
  const differing = comparison.dimensions.filter((d) => d.differs)
  if (differing.length === 0) return <p>{s.differsNone}</p>
  return (
    <>
      <p>{fill(s.differsSummary, { n: differing.length, total: comparison.dimensions.length })}</p>
      <ul class='differing'>
        {differing.map((d) => (
          <li key={d.id}>
            <a href={`#row-${d.id}`}>{d.label}</a>
          </li>
        ))}
      </ul>
    </>
  )
}

/** The matrix: a row per dimension (marked where the regions differ or some are unknown), a column per region, every cell footnoted. */
function ComparisonTable({ ctx, comparison, footnotes }: { ctx: PageContext; comparison: Comparison; footnotes: Footnotes }) {
  const s = strings[ctx.lang]
  const heading = fill(s.comparisonTable, { date: longDate(comparison.asOf, ctx.lang) })
  return (
    <section aria-labelledby='comparison-heading'>
      <h2 id='comparison-heading'>{heading}</h2>
      <Differences comparison={comparison} lang={ctx.lang} />
      <p class='note'>
        {s.unknownMeans} {comparison.regions.length > 1 && s.scrollHint}
      </p>
      <div class='table-scroll' role='region' aria-label={fill(s.scrollableTable, { name: heading })} tabIndex={0}>
        <table class='data-table compare-table cards'>
          <thead>
            <tr>
              <th scope='col'>{s.dimension}</th>
              {comparison.regions.map((r) => (
                <th key={r.code} scope='col'>
                  <a href={pageHref(`/regions/${r.code}`, ctx)}>{r.name}</a>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {comparison.dimensions.map((d) => (
              <tr key={d.id} id={`row-${d.id}`} class={d.differs ? 'differs' : undefined} data-dimension={d.id} data-differs={String(d.differs)}>
                <th scope='row'>
                  {d.label}{' '}
                  {d.differs && (
                    <span class='badge st-differs'>
                      <Icon name='differs' /> {s.differs}
                    </span>
                  )}{' '}
                  {d.partlyKnown && (
                    <span class='badge st-partly-known'>
                      <Icon name='unknown' /> {s.partlyKnown}
                    </span>
                  )}
                </th>
                {d.cells.map((cell) => (
                  <CompareCell key={cell.region.code} ctx={ctx} code={cell.region.code} cell={cell} footnotes={footnotes} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}

type ComparisonCell = Comparison['dimensions'][number]['cells'][number]

/**
 * A cell: the region (shown where the table becomes cards on a narrow screen), its answer, what the sources say and how
 * recent they are. An unknown cell with nothing to cite says only "unknown": the row says what is unknown.
 */
function CompareCell({ ctx, code, cell, footnotes }: { ctx: PageContext; code: string; cell: ComparisonCell; footnotes: Footnotes }) {
  const bare = cell.status === 'unknown' && cell.citations.length === 0
  return (
    <td data-region={code} data-status={cell.status}>
      <span class='card-label'>{cell.region.name}</span>
      <CellBadge cell={cell} lang={ctx.lang} />
      {!bare && (
        <span class='summary'>
          {answerText(cell)}
          <Refs numbers={footnotes.refs(cell.citations)} lang={ctx.lang} />
        </span>
      )}
      {cell.evidenceDate && (
        <span class='meta'>
          <EvidenceDate date={cell.evidenceDate} lang={ctx.lang} />
        </span>
      )}
    </td>
  )
}

/** `/compare?regions=14,18,23`: the regions side by side, differences marked, unknowns shown as unknown, every cell footnoted. */
export function comparePage(ctx: PageContext, { comparison, allRegions, chosen }: ComparePage): string {
  const s = strings[ctx.lang]
  const footnotes = new Footnotes()
  const codes = chosen.join(',')
  return renderPage(
    <Layout ctx={ctx} title={s.compareTitle} current='compare'>
      <h1>{s.compareTitle}</h1>
      <p class='lead'>{s.compareIntro}</p>
      <AnswersFor ctx={ctx} />
      <Controls ctx={ctx}>
        <details open={chosen.length === 0}>
          <summary>
            {s.chooseRegions} ({chosen.length})
          </summary>
          <RegionChoice all={allRegions} chosen={chosen} name='regions' legend={s.chooseRegions} />
        </details>
      </Controls>
      {chosen.length === 0 && <p class='notice'>{s.chooseAtLeastOne}</p>}
      {chosen.length > MAX_COMPARED && (
        <div class='notice'>
          <p>{fill(s.tooMany, { max: MAX_COMPARED, n: chosen.length })}</p>
          <ul>
            <li>
              <a href={pageHref('/', ctx)}>{s.navMap}</a>
            </li>
            <li>
              <a href={apiHref('/v1/compare/regions', ctx, { regions: codes, format: 'csv', layout: 'wide' })}>{s.csvWide}</a>
            </li>
            <li>
              <a href={apiHref('/v1/compare/regions', ctx, { regions: codes })}>{s.json}</a>
            </li>
          </ul>
        </div>
      )}
      {comparison !== null && <ComparisonTable ctx={ctx} comparison={comparison} footnotes={footnotes} />}
      <FootnoteList footnotes={footnotes} ctx={ctx} />
      {chosen.length > 0 && (
        <DataLinks
          ctx={ctx}
          links={[
            { label: s.json, href: apiHref('/v1/compare/regions', ctx, { regions: codes }) },
            { label: s.csv, href: apiHref('/v1/compare/regions', ctx, { regions: codes, format: 'csv' }) },
            { label: s.csvWide, href: apiHref('/v1/compare/regions', ctx, { regions: codes, format: 'csv', layout: 'wide' }) },
            { label: s.csvSemicolon, href: apiHref('/v1/compare/regions', ctx, { regions: codes, format: 'csv', layout: 'wide', delimiter: 'semicolon' }) },
          ]}
        />
      )}
    </Layout>,
  )
}
