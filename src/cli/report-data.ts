// npm run data:report [-- <file>]: writes a Markdown review of every curated fact, grouped by source.
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { DataFileError, readCuratedFiles } from '../data/files.js'
import { dataReport } from '../data/report.js'

const target = path.resolve(process.argv[2] ?? 'docs/data-review.md')
try {
  const report = dataReport(await readCuratedFiles())
  await mkdir(path.dirname(target), { recursive: true })
  await writeFile(target, report)
  console.log(`Wrote ${path.relative(process.cwd(), target)}`)
} catch (error) {
  console.error(error instanceof DataFileError ? error.message : `Cannot write the report: ${(error as Error).message}`)
  process.exit(1)
}
