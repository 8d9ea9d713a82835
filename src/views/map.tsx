import type { dimensionView } from '../domain/compare.js'
import { type TileStatus, tileStatuses } from '../domain/map.js'
import type { DimensionId } from '../domain/dimensions/index.js'
import { AnswersFor, CellBadge, Controls, DataLinks, FootnoteList, Icon, Layout, type PageContext, Refs, renderPage, TileBadge } from './components.js'
import { Footnotes } from './footnotes.js'
import { fill, strings, tileStatusExplained, tileStatusLabels } from './i18n.js'
import { apiHref, pageHref } from './urls.js'

export interface Tile {
  code: string
  name: string
  shortName: string
  row: number
  col: number
  status: TileStatus
  /** The answer shown in words, also on a stale tile. */
  answer: Exclude<TileStatus, 'stale'>
}

export interface MapPage {
  view: ReturnType<typeof dimensionView>
  tiles: Tile[]
  dimensions: { id: DimensionId; label: string }[]
}

/** `/`: the 21 regions as a tile map for one dimension on one date, a legend in words and icons, and the same data as a table. */
export function mapPage(ctx: PageContext, { view, tiles, dimensions }: MapPage): string {
  const s = strings[ctx.lang]
  const footnotes = new Footnotes()
  const counts = Object.fromEntries(tileStatuses.map((status) => [status, tiles.filter((t) => t.status === status).length])) as Record<TileStatus, number>
  const statusOf = new Map(tiles.map((t) => [t.code, t.status]))
  const api = { ...ctx, asOf: view.asOf }
  const dimensionPath = `/v1/compare/dimensions/${view.dimension.id}`
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
        <div class='map-and-legend'>
          <ol class='tiles' aria-label={fill(s.regionsCount, { n: tiles.length })}>
            {tiles.map((tile) => (
              <li key={tile.code} class={`tile r${tile.row} c${tile.col} st-${tile.status}`} data-region={tile.code} data-status={tile.status}>
                <a href={pageHref(`/regions/${tile.code}`, ctx)}>
                  <span class='tile-name'>{tile.shortName}</span>
                  <span class='tile-status'>
                    <Icon name={tile.answer} /> {tileStatusLabels[tile.answer][ctx.lang]}
                  </span>
                  {tile.status === 'stale' && (
                    <span class='tile-status'>
                      <Icon name='stale' /> {tileStatusLabels.stale[ctx.lang]}
                    </span>
                  )}
                </a>
              </li>
            ))}
          </ol>
          <div class='legend'>
            <h3 id='legend-heading'>{s.legend}</h3>
            <ul aria-labelledby='legend-heading'>
              {tileStatuses.map((status) => (
                <li key={status}>
                  <TileBadge status={status} lang={ctx.lang} /> {tileStatusExplained[status][ctx.lang]} ({counts[status]})
                </li>
              ))}
            </ul>
            <p class='note'>{s.unknownMeans}</p>
          </div>
        </div>
      </section>

      <section aria-labelledby='table-heading'>
        <h2 id='table-heading'>{s.tableHeading}</h2>
        <div class='table-scroll' role='region' aria-label={fill(s.scrollableTable, { name: view.dimension.label })} tabIndex={0}>
          <table class='data-table'>
            <caption>
              {view.dimension.label}, <time dateTime={view.asOf}>{view.asOf}</time>
            </caption>
            <thead>
              <tr>
                <th scope='col'>{s.region}</th>
                <th scope='col'>{s.status}</th>
                <th scope='col'>{s.whatSourcesSay}</th>
                <th scope='col'>{s.evidenceDated}</th>
              </tr>
            </thead>
            <tbody>
              {view.cells.map((cell) => (
                <tr key={cell.region.code} data-region={cell.region.code} data-status={statusOf.get(cell.region.code)}>
                  <th scope='row'>
                    <a href={pageHref(`/regions/${cell.region.code}`, ctx)}>{cell.region.name}</a>
                  </th>
                  <td>
                    <CellBadge cell={cell} lang={ctx.lang} />
                  </td>
                  <td>
                    {cell.summary}
                    <Refs numbers={footnotes.refs(cell.citations)} lang={ctx.lang} />
                  </td>
                  <td>{cell.evidenceDate ? <time dateTime={cell.evidenceDate}>{cell.evidenceDate}</time> : s.noEvidence}</td>
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
