import assert from 'node:assert/strict'
import { mkdtemp, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { citedSourceId, readCuratedFiles } from '../../src/data/files.js'
import { verifyQuotes } from '../../src/data/verify.js'
import type { CitationInput } from '../../src/schemas/common.js'
import { factKindIds } from '../../src/schemas/fact-kinds.js'

// Source texts made from the quotes themselves, with the layout's line breaks
// where the quotes have spaces: the check must see through whitespace only.
test('data:verify finds every quote in its source and flags one that is not there', async () => {
  const files = await readCuratedFiles()
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sources-'))
  // Each held document's text: every quote of it, from whichever file cites it.
  const held = files.flatMap(({ data }) => data.sources.filter((s) => s.fileName !== null))
  const citations = files.flatMap(({ data }) =>
    factKindIds.flatMap((kind) =>
      (data[kind] as { citations: CitationInput[] }[]).flatMap((fact) => fact.citations.map((c) => ({ ...c, sourceId: citedSourceId(c, data) }))),
    ),
  )
  let tampered = ''
  for (const source of held) {
    const quoted = citations.filter((c) => c.kind === 'quote' && c.sourceId === source.id)
    const quotes = quoted.map((c) => c.quote!)
    // The places the locators name: headings, and page markers ("3 (3)") for "s. 3".
    const places = quoted.flatMap((c) => c.locator?.split(/,\s*/) ?? []).map((part) => part.replace(/^s\. (\d+)$/, '$1 ($1)'))
    if (!tampered && quotes.length > 0) tampered = quotes.shift()!
    const text = `${[...new Set(places)].join('\n')}\n\n${quotes.map((q) => q.replaceAll(' ', '\n ')).join('\n\n')}\n`
    await writeFile(path.join(dir, source.fileName!), text)
  }
  const { checked, problems } = await verifyQuotes(files, dir)
  assert.ok(checked > 20)
  assert.ok(problems.length >= 1)
  assert.ok(
    problems.every((p) => p.quote === tampered),
    `only the quote left out of its text is flagged: ${JSON.stringify(problems)}`,
  )
})
