import { createHash, randomBytes } from 'node:crypto'
import { z } from 'zod'
import type { Db, PrismaClient, TransactionClient } from '../db/client.js'
import { Prisma } from '../generated/prisma/client.js'
import { ProblemError } from './errors.js'
import { citationBody } from '../schemas/citations.js'
import type { FactKind } from '../schemas/curated.js'
import { decisionSchemas } from '../schemas/decisions.js'
import { feeSchemas } from '../schemas/fees.js'
import { homeCarePolicySchemas } from '../schemas/home-care-policies.js'
import { providerSchemas } from '../schemas/providers.js'
import { referralRuleSchemas } from '../schemas/referral-rules.js'
import { sourceInput } from '../schemas/sources.js'
import { today } from './as-of.js'
import { citationColumn, type FactInputs, saveFact, toDate } from './fact-store.js'
import { etagOf, plainEtag } from './etags.js'
import { loadFacts, loadSources } from './records.js'

export const factInputSchemas = {
  providers: providerSchemas.input,
  fees: feeSchemas.input,
  referralRules: referralRuleSchemas.input,
  homeCarePolicies: homeCarePolicySchemas.input,
  decisions: decisionSchemas.input,
} as const

export type WritableResource = FactKind | 'sources' | 'citations'

export interface Actor {
  name: string
}

/** The API path of each resource, as the change log names it. */
export const resourcePaths: Record<WritableResource, string> = {
  providers: 'providers',
  fees: 'fees',
  referralRules: 'referral-rules',
  homeCarePolicies: 'home-care-policies',
  decisions: 'decisions',
  sources: 'sources',
  citations: 'citations',
}


const preconditionFailed = () => new ProblemError(412, 'precondition-failed', 'Precondition Failed', 'The record changed since you read it: GET it again, reapply your change and send the new ETag in If-Match.', { parameter: 'If-Match' })
const invalid = (detail: string, parameter?: string) => new ProblemError(422, 'unprocessable', 'Unprocessable Content', detail, { parameter })

/** Server-set fields a client may send back from a GET; they are ignored. */
const serverSet = ['id', 'createdAt', 'updatedAt', 'retiredAt', 'version']
function withoutServerFields(record: Record<string, unknown>): Record<string, unknown> {
  const rest = Object.fromEntries(Object.entries(record).filter(([key]) => !serverSet.includes(key)))
  if (Array.isArray(rest.citations)) {
    rest.citations = rest.citations.map((c: Record<string, unknown>) => Object.fromEntries(Object.entries(c).filter(([key]) => key !== 'id' && key !== 'sourceTitle')))
  }
  return rest
}

/** RFC 7396 JSON merge patch. */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) return patch
  const result: Record<string, unknown> = typeof target === 'object' && target !== null && !Array.isArray(target) ? { ...(target as Record<string, unknown>) } : {}
  for (const [key, value] of Object.entries(patch)) {
    if (value === null && !(key in result && result[key] === null)) result[key] = null
    else result[key] = mergePatch(result[key], value)
  }
  return result
}

export async function readRecord(db: Db, resource: WritableResource, id: string): Promise<(Record<string, unknown> & { version: number }) | undefined> {
  if (resource === 'sources') return (await loadSources(db, id))[0]
  if (resource === 'citations') {
    const row = await db.citation.findUnique({ where: { id }, include: { source: { select: { title: true } } } })
    if (!row) return undefined
    const factKind = (Object.keys(citationColumn) as FactKind[]).find((kind) => row[citationColumn[kind]] !== null)!
    return {
      id: row.id,
      factKind,
      factId: row[citationColumn[factKind]]!,
      sourceId: row.sourceId,
      sourceTitle: row.source.title,
      locator: row.locator,
      quote: row.quote,
      supports: row.supports,
      retiredAt: row.retiredAt?.toISOString() ?? null,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
      version: row.version,
    }
  }
  return (await loadFacts(db, resource, id))[0] as (Record<string, unknown> & { version: number }) | undefined
}

const tables: Record<WritableResource, string> = {
  providers: 'providers',
  fees: 'fees',
  referralRules: 'referral_rules',
  homeCarePolicies: 'home_care_policies',
  decisions: 'decisions',
  sources: 'sources',
  citations: 'citations',
}

/** Locks the row for the rest of the transaction and checks the client saw its current version. */
async function lockAndCheck(tx: TransactionClient, resource: WritableResource, id: string, ifMatch: string) {
  const notFound = new ProblemError(404, 'not-found', 'Not Found', `No ${resourcePaths[resource]} record has the id "${id}".`, { parameter: 'id' })
  // Citation ids are UUIDs: anything else cannot name one (and must not reach the uuid cast).
  if (resource === 'citations' && !z.uuid().safeParse(id).success) throw notFound
  const rows = await tx.$queryRawUnsafe<{ version: number }[]>(`SELECT version FROM "${tables[resource]}" WHERE id = $1 ${resource === 'citations' ? '::uuid' : ''} FOR UPDATE`, id)
  if (rows.length === 0) throw notFound
  // A tag read from a gzip-coded GET names the same version.
  const current = etagOf(resource, id, rows[0]!.version)
  if (!ifMatch.split(',').some((tag) => plainEtag(tag.trim()) === current)) throw preconditionFailed()
}

async function logChange(tx: TransactionClient, resource: WritableResource, recordId: string, action: 'create' | 'update' | 'retire', actor: Actor, before: unknown, after: unknown) {
  await tx.change.create({
    data: {
      resource: resourcePaths[resource],
      recordId,
      action,
      actor: actor.name,
      before: before === undefined ? Prisma.DbNull : (before as Prisma.InputJsonValue),
      after: after === undefined ? Prisma.DbNull : (after as Prisma.InputJsonValue),
    },
  })
  // Every instance sharing the database rebuilds its snapshot on this, after commit.
  await tx.$executeRaw`SELECT pg_notify('dataset_changed', ${resource})`
}

function newId(resource: WritableResource, input: Record<string, unknown>): string {
  const hint = String(input.name ?? input.title ?? input.service ?? input.visitType ?? input.pathway ?? resource)
  const base = hint
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40)
  return `${base || resourcePaths[resource]}-${randomBytes(4).toString('hex')}`
}

/** Every fact keeps at least one citation: refuse to retire its last. */
async function assertNotLastCitation(tx: TransactionClient, citation: { factKind: FactKind; factId: string }) {
  const active = await tx.citation.count({ where: { [citationColumn[citation.factKind]]: citation.factId, retiredAt: null } })
  if (active <= 1) throw new ProblemError(409, 'last-citation', 'Conflict', 'Every fact keeps at least one citation: add another before retiring this one.', { parameter: 'id' })
}

async function saveSource(tx: TransactionClient, id: string, input: Record<string, unknown>, version?: number) {
  const parsed = sourceInput.parse(input)
  const row = { ...parsed, publishedOn: parsed.publishedOn === null ? null : toDate(parsed.publishedOn), updatedAt: new Date() }
  if (version === undefined) await tx.source.create({ data: { id, ...row } })
  else await tx.source.update({ where: { id }, data: { ...row, version: { increment: 1 } } })
}

/** Parses a request body for a resource with its strict input schema. */
export function parseInput(resource: WritableResource, body: unknown): Record<string, unknown> {
  const schema = resource === 'sources' ? sourceInput : resource === 'citations' ? citationBody : factInputSchemas[resource]
  return schema.parse(body) as Record<string, unknown>
}

export interface WriteResult {
  status: number
  record: Record<string, unknown> & { version: number }
  etag: string
}

/** Creates a record, logs it, and (with an Idempotency-Key) remembers the answer for retries. */
export async function createRecord(prisma: PrismaClient, resource: WritableResource, body: unknown, actor: Actor, idempotencyKey?: string): Promise<WriteResult> {
  const input = parseInput(resource, withoutServerFields(body as Record<string, unknown>))
  const requestHash = createHash('sha256').update(`${resource}:${JSON.stringify(input)}`).digest('hex')
  return prisma.$transaction(async (tx) => {
    if (idempotencyKey) {
      // The placeholder row makes a concurrent retry wait for this transaction, then replay it.
      await tx.$executeRaw`INSERT INTO idempotency_keys (actor, key, request_hash, status, response) VALUES (${actor.name}, ${idempotencyKey}, ${requestHash}, 0, 'null') ON CONFLICT DO NOTHING`
      const stored = await tx.idempotencyKey.findUniqueOrThrow({ where: { actor_key: { actor: actor.name, key: idempotencyKey } } })
      if (stored.status !== 0) {
        if (stored.requestHash !== requestHash) {
          throw new ProblemError(422, 'idempotency-key-reused', 'Unprocessable Content', 'This Idempotency-Key was used with a different request body.', { parameter: 'Idempotency-Key' })
        }
        const replay = stored.response as { record: Record<string, unknown> & { version: number }; etag: string }
        return { status: stored.status, record: replay.record, etag: replay.etag }
      }
    }
    let id: string
    if (resource === 'sources') {
      id = newId(resource, input)
      await saveSource(tx, id, input)
    } else if (resource === 'citations') {
      const { factKind, factId, ...citation } = input as z.infer<typeof citationBody>
      const exists = (await readRecord(tx, factKind, factId)) !== undefined
      if (!exists) throw invalid(`No ${resourcePaths[factKind]} record has the id "${factId}".`, 'factId')
      const position = await tx.citation.count({ where: { [citationColumn[factKind]]: factId } })
      const created = await tx.citation.create({ data: { ...citation, position, [citationColumn[factKind]]: factId } })
      await bumpFact(tx, factKind, factId)
      id = created.id
    } else {
      id = newId(resource, input)
      await saveFact(tx, resource, id, input as FactInputs[typeof resource])
    }
    const record = (await readRecord(tx, resource, id))!
    await logChange(tx, resource, id, 'create', actor, undefined, record)
    const result = { status: 201, record, etag: etagOf(resource, id, record.version) }
    if (idempotencyKey) {
      await tx.idempotencyKey.update({
        where: { actor_key: { actor: actor.name, key: idempotencyKey } },
        data: { status: 201, response: { record, etag: result.etag } as Prisma.InputJsonValue },
      })
    }
    return result
  })
}

/** A change to a fact's citations is a change to the fact: its version (and ETag) moves on. */
async function bumpFact(tx: TransactionClient, kind: FactKind, id: string) {
  await tx.$executeRawUnsafe(`UPDATE "${tables[kind]}" SET version = version + 1, updated_at = now() WHERE id = $1`, id)
}

/** Applies a JSON merge patch under If-Match, validates the whole result, logs before and after. */
export async function updateRecord(prisma: PrismaClient, resource: WritableResource, id: string, patch: unknown, ifMatch: string, actor: Actor): Promise<WriteResult> {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) throw new ProblemError(400, 'bad-request', 'Bad Request', 'A merge patch is a JSON object.', { parameter: 'body' })
  return prisma.$transaction(async (tx) => {
    await lockAndCheck(tx, resource, id, ifMatch)
    const before = (await readRecord(tx, resource, id))!
    const merged = mergePatch(withoutServerFields(before), withoutServerFields(patch as Record<string, unknown>))
    if (resource === 'citations') {
      const { factKind, factId, ...citation } = parseInput(resource, merged) as z.infer<typeof citationBody>
      if (factKind !== before.factKind || factId !== before.factId) throw invalid('A citation cannot move to another fact; retire it and cite the other fact instead.', 'factId')
      await tx.citation.update({ where: { id }, data: { ...citation, version: { increment: 1 }, updatedAt: new Date() } })
      await bumpFact(tx, factKind, factId)
    } else if (resource === 'sources') {
      await saveSource(tx, id, parseInput(resource, merged), before.version)
    } else {
      await saveFact(tx, resource, id, parseInput(resource, merged) as FactInputs[typeof resource], { replaceCitations: 'citations' in (patch as object) })
    }
    const after = (await readRecord(tx, resource, id))!
    await logChange(tx, resource, id, 'update', actor, before, after)
    return { status: 200, record: after, etag: etagOf(resource, id, after.version) }
  })
}

/** Retires a record: a fact's validity ends, a source or citation is marked retired. Nothing is deleted. */
export async function retireRecord(prisma: PrismaClient, resource: WritableResource, id: string, ifMatch: string, actor: Actor, validTo?: string): Promise<WriteResult> {
  return prisma.$transaction(async (tx) => {
    await lockAndCheck(tx, resource, id, ifMatch)
    const before = (await readRecord(tx, resource, id))!
    if (resource === 'sources' || resource === 'citations') {
      if (before.retiredAt !== null) throw new ProblemError(409, 'already-retired', 'Conflict', 'The record is already retired.', { parameter: 'id' })
      if (resource === 'citations') {
        await assertNotLastCitation(tx, before as unknown as { factKind: FactKind; factId: string })
        await tx.citation.update({ where: { id }, data: { retiredAt: new Date(), version: { increment: 1 }, updatedAt: new Date() } })
        await bumpFact(tx, before.factKind as FactKind, before.factId as string)
      } else {
        await tx.source.update({ where: { id }, data: { retiredAt: new Date(), version: { increment: 1 }, updatedAt: new Date() } })
      }
    } else {
      const end = validTo ?? today()
      if (typeof before.validFrom === 'string' && end < before.validFrom) throw invalid(`validTo ${end} is before the fact's validFrom ${before.validFrom}.`, 'validTo')
      if (typeof before.validTo === 'string' && before.validTo <= end) throw new ProblemError(409, 'already-retired', 'Conflict', `The fact already ended on ${before.validTo}.`, { parameter: 'validTo' })
      await tx.$executeRawUnsafe(`UPDATE "${tables[resource]}" SET valid_to = $2::date, version = version + 1, updated_at = now() WHERE id = $1`, id, end)
    }
    const after = (await readRecord(tx, resource, id))!
    await logChange(tx, resource, id, 'retire', actor, before, after)
    return { status: 200, record: after, etag: etagOf(resource, id, after.version) }
  })
}

