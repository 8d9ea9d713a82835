// npm test: starts one PostgreSQL for the whole run and prepares a template
// database (see helpers/test-server.ts), then runs every test file, or those whose
// path contains one of the arguments; each file clones its own database.
import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { runTests } from './helpers/test-server.js'

async function testFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.test.ts'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => process.argv.length <= 2 || process.argv.slice(2).some((filter) => file.includes(filter)))
    .sort()
}

process.exit(await runTests(await testFiles(import.meta.dirname), { concurrency: 2, folderPrefix: 'regionkollen-test-' }))
