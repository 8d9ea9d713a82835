import { Layout, type PageContext, renderPage } from './components.js'
import { strings } from './i18n.js'
import { pageHref } from './urls.js'

/** A page's error in HTML: what went wrong, in the words of the problem the API would give, and a way back. */
export function errorPage(ctx: PageContext, { status, detail, requestId }: { status: number; detail: string; requestId: string }): string {
  const s = strings[ctx.lang]
  const title = status === 404 ? s.notFound : status === 400 ? s.badRequest : s.errorTitle
  return renderPage(
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p lang='en'>{detail}</p>
      <p class='meta'>
        {status} · {requestId}
      </p>
      <p>
        <a href={pageHref('/', ctx)}>{s.backToMap}</a>
      </p>
    </Layout>,
  )
}
