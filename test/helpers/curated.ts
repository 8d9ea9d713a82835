import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { parse, stringify } from 'yaml'
import { dataDir, readCuratedFiles } from '../../src/data/files.js'

/** A copy of the curated files with some of them edited (only those are rewritten). */
export async function curatedCopy(edit: (files: Map<string, Record<string, any>>) => void): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'curated-'))
  await cp(path.join(dataDir, 'curated'), dir, { recursive: true })
  const files = new Map<string, Record<string, any>>()
  for (const file of await readCuratedFiles(dir)) files.set(file.name, parse(await readFile(path.join(dir, file.name), 'utf8')))
  const before = new Map([...files].map(([name, content]) => [name, JSON.stringify(content)]))
  edit(files)
  for (const [name, content] of files) if (JSON.stringify(content) !== before.get(name)) await writeFile(path.join(dir, name), stringify(content))
  return dir
}
