// npm run data:verify -- <folder of source texts>
// Validates the curated files and checks every citation's quote against its source text.
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { checkReferences, readCuratedFiles, readReferenceData } from '../data/files.js'
import { verifyQuotes } from '../data/verify.js'
import { CommandError, runCommand, UsageError } from './failure.js'

await runCommand(async () => {
  const folder = process.argv[2]
  if (!folder) throw new UsageError('Usage: npm run data:verify -- <folder with the source documents as text>')
  const textDir = path.resolve(folder)
  if (!(await stat(textDir).then((s) => s.isDirectory(), () => false))) {
    throw new CommandError(`${textDir} is not a folder; give the folder with the source documents as text: npm run data:verify -- <folder>`)
  }
  const files = await readCuratedFiles()
  checkReferences(files, await readReferenceData())
  const { checked, problems } = await verifyQuotes(files, textDir)
  for (const p of problems) console.error(`${p.file}: ${p.fact}: ${p.reason} (source ${p.sourceId}): "${p.quote}"`)
  console.log(`${files.length} files, ${checked} citations checked, ${problems.length} problems`)
  if (problems.length === 0) return 0
  console.error(`${problems.length} of ${checked} quoted citations do not match their source texts (listed above): correct the quotes or locators.`)
  return 1
})
