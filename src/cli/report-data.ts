// npm run data:report [-- <file>]: writes a Markdown review of every curated fact, grouped by source.
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { readCuratedFiles } from '../data/files.js'
import { dataReport } from '../data/report.js'
import { CommandError, runCommand } from './failure.js'

await runCommand(async () => {
  const target = path.resolve(process.argv[2] ?? 'docs/data-review.md')
  const report = dataReport(await readCuratedFiles())
  try {
    await mkdir(path.dirname(target), { recursive: true })
    await writeFile(target, report)
  } catch (error) {
    throw new CommandError(`Cannot write the report to ${target}: ${(error as Error).message}; name a writable file: npm run data:report -- <file>`)
  }
  console.log(`Wrote ${path.relative(process.cwd(), target)}`)
})
