// npm run data:verify -- <folder of source texts>
// Validates the curated files and checks every citation's quote against its source text.
import path from 'node:path'
import { checkReferences, readCuratedFiles, readReferenceData } from '../data/files.js'
import { verifyQuotes } from '../data/verify.js'

const folder = process.argv[2]
if (!folder) {
  console.error('Usage: npm run data:verify -- <folder with the source documents as text>')
  process.exit(2)
}

try {
  const files = await readCuratedFiles()
  checkReferences(files, await readReferenceData())
  const { checked, problems } = await verifyQuotes(files, path.resolve(folder))
  for (const p of problems) console.error(`${p.file}: ${p.fact}: ${p.reason} (source ${p.sourceId}): "${p.quote}"`)
  console.log(`${files.length} files, ${checked} citations checked, ${problems.length} problems`)
  process.exit(problems.length === 0 ? 0 : 1)
} catch (error) {
  console.error((error as Error).message)
  process.exit(1)
}
