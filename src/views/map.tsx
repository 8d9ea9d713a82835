import type { dimensionView, ShownCell } from '../domain/compare.js'
import { type DimensionId, statusLabels } from '../domain/dimensions/index.js'
import { legendOf, toneOf } from '../domain/map.js'
import {
  AnswersFor,
  CellBadge,
  confirmedText,
  Controls,
  DataLinks,
  EvidenceDate,
  FootnoteList,
  Icon,
  Layout,
  longDate,
  notPrimary,
  type PageContext,
  Refs,
  renderPage,
  ToneBadge, answerText,
} from './components.js'
import { Footnotes } from './footnotes.js'
import { fill, statusExplained, strings } from './i18n.js'
import { apiHref, pageHref } from './urls.js'

export interface Tile {
  code: string
  name: string
  shortName: string
  row: number
  col: number
  cell: ShownCell
}

export interface MapPage {
  view: ReturnType<typeof dimensionView>
  tiles: Tile[]
  dimensions: { id: DimensionId; label: string }[]
}

/** A tile: the region's name, its answer in a few words ("330 kr", "Smärthjälpen"), when an old answer was last confirmed, and a mark for weak evidence. */
function TileView({ tile, ctx }: { tile: Tile; ctx: PageContext }) {
  const s = strings[ctx.lang]
  const { cell } = tile
  const tone = toneOf(cell.status)
  const weak = notPrimary(cell)
  return (
    <li
      class={`tile r${tile.row} c${tile.col} st-${tone}${cell.stale ? ' stale' : ''}`}
      data-region={tile.code}
      data-status={cell.status}
      data-stale={String(cell.stale)}
    >
      <a href={pageHref(`/regions/${tile.code}`, ctx)}>
        <span class='tile-name'>{tile.shortName}</span>
        <span class='tile-status'>
          <Icon name={tone} /> <span class='tile-answer'>{cell.short}</span>
        </span>
        {cell.stale && cell.evidenceDate && (
          <span class='tile-age'>
            <Icon name='stale' /> {confirmedText(cell.evidenceDate, ctx.lang)}
          </span>
        )}
        {weak && (
          <span class='tile-age'>
            <Icon name='weak' /> {s.strength[weak]}
          </span>
        )}
      </a>
    </li>
  )
}

/** `/`: the 21 regions as a tile map for one dimension on one date, a legend in words and icons, and the same data as a table. */
export function mapPage(ctx: PageContext, { view, tiles, dimensions }: MapPage): string {
  const s = strings[ctx.lang]
  const footnotes = new Footnotes()
  const legend = legendOf(view.dimension.type, view.cells)
  const api = { ...ctx, asOf: view.asOf }
  const dimensionPath = `/v1/compare/dimensions/${view.dimension.id}`
  const months = ctx.staleAfterMonths
  return renderPage(
    <Layout ctx={ctx} title={s.mapTitle} current='map'>
      <h1>{s.mapTitle}</h1>
      <p class='lead'>{s.mapIntro}</p>
      <AnswersFor ctx={ctx} />
      <Controls ctx={ctx}>
        <p class='field'>
          <label for='dimension'>{s.dimension}</label>
          <select id='dimension' name='dimension'>
            {dimensions.map((d) => (
              <option key={d.id} value={d.id} selected={d.id === view.dimension.id}>
                {d.label}
              </option>
            ))}
          </select>
        </p>
      </Controls>

      <section class='map-section' aria-labelledby='map-heading'>
        <h2 id='map-heading'>{fill(s.mapHeading, { dimension: view.dimension.label })}</h2>
        <p class='question'>{view.dimension.question}</p>
        <div class='map-and-legend'>
          <ol class='tiles' aria-label={fill(s.regionsCount, { n: tiles.length })}>
            {tiles.map((tile) => (
              <TileView key={tile.code} tile={tile} ctx={ctx} />
            ))}
          </ol>
          <div class='legend'>
            <h3 id='legend-heading'>{s.legend}</h3>
            <ul aria-labelledby='legend-heading'>
              {legend.entries.map((entry) => (
                <li key={entry.status} data-status={entry.status}>
                  <ToneBadge status={entry.status} label={statusLabels[entry.status][ctx.lang]} />{' '}
                  <span class='count' data-count={entry.count}>
                    {entry.count}
                  </span>{' '}
                  <span class='explained'>
                    {statusExplained[entry.status][ctx.lang]}
                    {entry.stale > 0 && ` (${fill(s.legendOf, { n: entry.stale })})`}
                  </span>
                </li>
              ))}
            </ul>
            <p class='legend-total'>{fill(s.legendTotal, { n: legend.total })}</p>
            <p class='note' data-stale={legend.stale}>
              <Icon name='stale' /> {legend.stale > 0 ? fill(s.legendStale, { n: legend.stale, months }) : fill(s.legendNoneStale, { months })}
            </p>
            {legend.notPrimary > 0 && (
              <p class='note'>
                <Icon name='weak' /> {fill(s.legendNotPrimary, { n: legend.notPrimary })}
              </p>
            )}
            <p class='note'>{s.unknownMeans}</p>
          </div>
        </div>
      </section>

      <section aria-labelledby='table-heading'>
        <h2 id='table-heading'>{s.tableHeading}</h2>
        <div class='table-scroll' role='region' aria-label={fill(s.scrollableTable, { name: view.dimension.label })} tabIndex={0}>
          <table class='data-table cards'>
            <caption>
              {view.dimension.label}, <time dateTime={view.asOf}>{longDate(view.asOf, ctx.lang)}</time>
            </caption>
            <thead>
              <tr>
                <th scope='col'>{s.region}</th>
                <th scope='col'>{s.status}</th>
                <th scope='col'>{s.whatSourcesSay}</th>
                <th scope='col'>{s.evidenceColumn}</th>
              </tr>
            </thead>
            <tbody>
              {view.cells.map((cell) => (
                <tr key={cell.region.code} data-region={cell.region.code} data-status={cell.status}>
                  <th scope='row'>
                    <a href={pageHref(`/regions/${cell.region.code}`, ctx)}>{cell.region.name}</a>
                  </th>
                  <td>
                    <CellBadge cell={cell} lang={ctx.lang} />
                  </td>
                  <td>
                    {answerText(cell)}
                    <Refs numbers={footnotes.refs(cell.citations)} lang={ctx.lang} />
                  </td>
                  <td class='meta'>
                    <EvidenceDate date={cell.evidenceDate} lang={ctx.lang} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <FootnoteList footnotes={footnotes} ctx={ctx} />
      <DataLinks
        ctx={ctx}
        links={[
          { label: `${view.dimension.label}: ${s.json}`, href: apiHref(dimensionPath, api) },
          { label: `${view.dimension.label}: ${s.csv}`, href: apiHref(dimensionPath, api, { format: 'csv' }) },
          { label: `${view.dimension.label}: ${s.csvSemicolon}`, href: apiHref(dimensionPath, api, { format: 'csv', delimiter: 'semicolon' }) },
        ]}
      />
    </Layout>,
  )
}
