// Where a V8 CPU profile (.cpuprofile, from `node --cpu-prof` or the bench's
// BENCH_PROFILE) spends its time: the top functions by self time, and the same
// summed per package or source folder. Idle time is left out of the shares.
// Usage: tsx scripts/cpu-profile.ts <file.cpuprofile> [top]
import { readFile } from 'node:fs/promises'
import path from 'node:path'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  hitCount?: number
}
interface Profile {
  nodes: ProfileNode[]
  samples?: number[]
}

const root = path.resolve(import.meta.dirname, '..')

/** A frame's file, short: a package and its path, node's own modules, or the project's path. */
function fileOf(url: string): string {
  if (url === '') return ''
  const file = url.replace(/^file:\/\//, '')
  const inPackage = file.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/)
  if (inPackage) return `${inPackage[1]}/${inPackage[2]}`
  return file.startsWith(root) ? path.relative(root, file) : file
}

/** A file's owner: its package, "node:" internals, or the project's folder. */
function ownerOf(url: string, name: string): string {
  if (url === '') return name.startsWith('(') ? name : '(native)'
  const file = fileOf(url)
  if (url.includes('node_modules/')) return file.split('/').slice(0, file.startsWith('@') ? 2 : 1).join('/')
  if (url.startsWith('node:')) return 'node: internals'
  return path.dirname(file)
}

export interface Entry {
  name: string
  share: number
}

/** Top functions by self time and the same per owner, as shares of the non-idle samples. */
export function summarise(profile: Profile, top = 15): { functions: Entry[]; owners: Entry[]; busySamples: number } {
  const hits = new Map<number, number>()
  if (profile.samples) for (const id of profile.samples) hits.set(id, (hits.get(id) ?? 0) + 1)
  const functions = new Map<string, number>()
  const owners = new Map<string, number>()
  let busy = 0
  for (const node of profile.nodes) {
    const count = profile.samples ? (hits.get(node.id) ?? 0) : (node.hitCount ?? 0)
    const { functionName, url, lineNumber } = node.callFrame
    if (count === 0 || functionName === '(idle)') continue
    busy += count
    const name = `${functionName || '(anonymous)'}${url ? ` ${fileOf(url)}:${lineNumber + 1}` : ''}`
    functions.set(name, (functions.get(name) ?? 0) + count)
    const owner = ownerOf(url, functionName)
    owners.set(owner, (owners.get(owner) ?? 0) + count)
  }
  const ranked = (counts: Map<string, number>) =>
    [...counts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, count]) => ({ name, share: count / busy }))
  return { functions: ranked(functions), owners: ranked(owners), busySamples: busy }
}

export function formatSummary(summary: ReturnType<typeof summarise>): string {
  const line = (e: Entry) => `    ${(e.share * 100).toFixed(1).padStart(5)} %  ${e.name}`
  return [
    `  self time, top functions (${summary.busySamples} busy samples):`,
    ...summary.functions.map(line),
    '  self time by package or folder:',
    ...summary.owners.map(line),
  ].join('\n')
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const file = process.argv[2]
  if (!file) {
    console.error('Usage: tsx scripts/cpu-profile.ts <file.cpuprofile> [top]')
    process.exit(2)
  }
  console.log(formatSummary(summarise(JSON.parse(await readFile(file, 'utf8')) as Profile, Number(process.argv[3] ?? 15))))
}
