// npm run test:browser: the pages in a real browser. Prepares PostgreSQL the way
// npm test does (see ../helpers/test-server.ts), then runs test/browser/*.browser.ts
// (or the files named on the command line); each test clones its own database.
import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { runTests } from '../helpers/test-server.js'

const started = Date.now()
const here = import.meta.dirname
const named = process.argv.slice(2)
const files =
  named.length > 0
    ? named.map((file) => path.resolve(file))
    : (await readdir(here)).filter((name) => name.endsWith('.browser.ts')).sort().map((name) => path.join(here, name))

const exitCode = await runTests(files, { concurrency: 1, folderPrefix: 'regionkollen-browser-' })
console.log(`browser tests: ${((Date.now() - started) / 1000).toFixed(1)} s in all, database included`)
process.exit(exitCode)
