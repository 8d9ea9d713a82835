import { createHash } from 'node:crypto'
import { z } from 'zod'
import type { Db, PrismaClient, TransactionClient } from '../db/client.js'
import { DATASET_CHANGED } from '../db/notifications.js'
import { badRequest, conflict, notFound, preconditionFailed, type ProblemError, unprocessable } from '../domain/errors.js'
import { etagOf, plainEtag } from '../domain/etags.js'
import { newId } from '../domain/ids.js'
import { canonicalJson, depthOf, mergePatch } from '../domain/merge-patch.js'
import { today } from '../domain/as-of.js'
import { Prisma } from '../generated/prisma/client.js'
import { type CitationBody, citationBody, type StoredCitationRecord, storedCitationRecord } from '../schemas/citations.js'
import { citationInput, type CitationInput, storedCitation } from '../schemas/common.js'
import { type FactInputOf, type FactKind, factKinds } from '../schemas/fact-kinds.js'
import type { Localized } from '../schemas/localized.js'
import { sourceDate, sourceInput, storedSource } from '../schemas/sources.js'
import { citationColumns, citationOf, citedFact, citedSource, loadFacts, saveFact } from './facts.js'
import { loadSources, saveSource } from './sources.js'

export type WritableResource = FactKind | 'sources' | 'citations'
/** What the change log records: writable resources and confirmations. */
export type LoggedResource = WritableResource | 'confirmations'

/** Who writes: the key's name (kept for admins) and what the public change feed shows. */
export interface Actor {
  name: string
  displayName: string
}

const isFactKind = (resource: LoggedResource): resource is FactKind => resource in factKinds

/** The API path (also the change log's resource name) and the table of each resource. */
export const resourcePath = (resource: LoggedResource) => (isFactKind(resource) ? factKinds[resource].path : resource)
const tableOf = (resource: WritableResource) => (isFactKind(resource) ? factKinds[resource].table : resource)

type StoredRecord = Record<string, unknown> & { version: number }

/** The keys a write takes, and those a GET shows that a write ignores. */
function keysOf(input: z.ZodObject, output: z.ZodObject) {
  const writable = new Set(Object.keys(input.shape))
  return { writable, readOnly: new Set(Object.keys(output.shape).filter((key) => !writable.has(key))) }
}
const citationKeys = keysOf(citationInput, storedCitation)
const resourceKeys = (resource: WritableResource) =>
  resource === 'sources'
    ? keysOf(sourceInput, storedSource)
    : resource === 'citations'
      ? keysOf(citationBody, storedCitationRecord)
      : keysOf(factKinds[resource].schemas.input, factKinds[resource].schemas.stored)

const pick = (record: Record<string, unknown>, keys: Set<string>) => Object.fromEntries(Object.entries(record).filter(([key]) => keys.has(key)))
const drop = (record: Record<string, unknown>, keys: Set<string>) => Object.fromEntries(Object.entries(record).filter(([key]) => !keys.has(key)))
const mapCitations = (record: Record<string, unknown>, change: (c: Record<string, unknown>) => Record<string, unknown>) =>
  Array.isArray(record.citations) ? { ...record, citations: record.citations.map((c) => (typeof c === 'object' && c !== null ? change(c) : c)) } : record

/** A stored record as a write would give it: only the fields a write takes. */
export function writableOf(resource: WritableResource, record: Record<string, unknown>): Record<string, unknown> {
  return mapCitations(pick(record, resourceKeys(resource).writable), (c) => pick(c, citationKeys.writable))
}

/** A client's body without the read-only fields a GET showed it; anything else unknown is still refused. */
export function withoutReadOnly(resource: WritableResource, body: Record<string, unknown>): Record<string, unknown> {
  return mapCitations(drop(body, resourceKeys(resource).readOnly), (c) => drop(c, citationKeys.readOnly))
}

async function readCitation(db: Db, id: string): Promise<(StoredCitationRecord & { version: number }) | undefined> {
  const row = await db.citation.findUnique({ where: { id }, include: { source: citedSource } })
  if (!row) return undefined
  return {
    ...citationOf(row),
    ...citedFact(row),
    retiredAt: row.retiredAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  }
}

/** One record of any writable resource as stored (texts in both languages), with its version. */
export async function readRecord(db: Db, resource: WritableResource, id: string): Promise<StoredRecord | undefined> {
  if (resource === 'sources') return (await loadSources(db, id))[0]
  if (resource === 'citations') return readCitation(db, id)
  return (await loadFacts(db, resource, id))[0]
}

const inputSchema = (resource: WritableResource) =>
  resource === 'sources' ? sourceInput : resource === 'citations' ? citationBody : factKinds[resource].schemas.input
const outputSchema = (resource: WritableResource) =>
  resource === 'sources' ? storedSource : resource === 'citations' ? storedCitationRecord : factKinds[resource].schemas.stored

/** A body that fails its schema: 400, naming each field and what is wrong with it. */
function invalidBody(error: z.ZodError): ProblemError {
  const errors = error.issues.map((issue) => ({ path: ['body', ...issue.path].join('.'), message: issue.message }))
  const first = error.issues[0]
  const unknownKey = first?.code === 'unrecognized_keys' ? first.keys[0] : undefined
  const parameter = unknownKey ?? (first?.path.length ? String(first.path[0]) : 'body')
  return badRequest(`The body is invalid: ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`, parameter, { slug: 'validation-failed', errors })
}

/** Parses a request body (or a merged record) for a resource with its strict input schema. */
export function parseInput(resource: WritableResource, body: unknown): Record<string, unknown> {
  const parsed = inputSchema(resource).safeParse(body)
  if (!parsed.success) throw invalidBody(parsed.error)
  return parsed.data as Record<string, unknown>
}

/** Nesting deeper than any record has is refused before anything walks it. */
const MAX_DEPTH = 16
function assertShallow(body: unknown) {
  if (depthOf(body) > MAX_DEPTH) throw badRequest(`The body nests deeper than ${MAX_DEPTH} levels; no record does.`, 'body')
}

/** A record about to be committed must be one the API can serve: otherwise the transaction rolls back. */
function assertServable(resource: WritableResource, record: StoredRecord) {
  const parsed = outputSchema(resource).safeParse(record)
  if (!parsed.success) throw new Error(`A ${resourcePath(resource)} record would not be servable: ${parsed.error.message}`)
}

/**
 * Citations are true to their sources: a quote only from a document the
 * project holds, a reference only to a web page; and a fact does not hold
 * before the evidence behind it unless a citation supports its start.
 */
async function checkEvidence(tx: TransactionClient, citations: CitationInput[], validFrom?: string) {
  const ids = [...new Set(citations.map((c) => c.sourceId).filter((id): id is string => id !== undefined))]
  const sources = new Map((await tx.source.findMany({ where: { id: { in: ids } } })).map((row) => [row.id, row]))
  citations.forEach((citation, index) => {
    const field = `citations.${index}`
    const cited = citation.sourceId === undefined ? undefined : sources.get(citation.sourceId)
    if (!cited) throw unprocessable(`No source has the id "${citation.sourceId ?? ''}".`, `${field}.sourceId`)
    if (citation.kind === 'quote' && cited.fileName === null) {
      throw unprocessable(`"${cited.id}" is a web page: cite it as a reference, in our own words, not as a quote.`, `${field}.kind`)
    }
    if (citation.kind === 'reference' && cited.url === null) throw unprocessable(`"${cited.id}" has no URL: a reference cites a web page.`, `${field}.kind`)
  })
  if (validFrom === undefined || citations.some((c) => /\bvalidFrom\b/.test(c.supports ?? ''))) return
  const day = (value: Date | null) => (value === null ? null : value.toISOString().slice(0, 10))
  const dates = [...sources.values()].map(
    (row) => sourceDate({ publishedOn: day(row.publishedOn), updatedOn: day(row.updatedOn), notBefore: day(row.notBefore) }).date,
  )
  const earliest = dates.sort()[0]
  if (earliest !== undefined && validFrom < earliest) {
    throw unprocessable(`validFrom ${validFrom} is before the earliest cited source (${earliest}); a citation must support validFrom for that.`, 'validFrom')
  }
}

/** Locks the row for the rest of the transaction and checks the client saw its current version. */
async function lockAndCheck(tx: TransactionClient, resource: WritableResource, id: string, ifMatch: string) {
  const missing = notFound(`No ${resourcePath(resource)} record has the id "${id}".`, 'id')
  // Citation ids are UUIDs: anything else cannot name one (and must not reach the uuid cast).
  if (resource === 'citations' && !z.uuid().safeParse(id).success) throw missing
  const cast = resource === 'citations' ? '::uuid' : ''
  const rows = await tx.$queryRawUnsafe<{ version: number }[]>(`SELECT version FROM "${tableOf(resource)}" WHERE id = $1${cast} FOR UPDATE`, id)
  if (rows.length === 0) throw missing
  // A tag read from a gzip-coded GET names the same version.
  const current = etagOf(resource, id, rows[0]!.version)
  if (!ifMatch.split(',').some((tag) => plainEtag(tag.trim()) === current)) throw preconditionFailed()
}

export async function logChange(
  tx: TransactionClient,
  resource: LoggedResource,
  recordId: string,
  action: 'create' | 'update' | 'retire',
  actor: Actor,
  before: unknown,
  after: unknown,
) {
  const change = await tx.change.create({
    select: { id: true },
    data: {
      resource: resourcePath(resource),
      recordId,
      action,
      actor: actor.name,
      actorDisplay: actor.displayName,
      before: before === undefined ? Prisma.DbNull : (before as Prisma.InputJsonValue),
      after: after === undefined ? Prisma.DbNull : (after as Prisma.InputJsonValue),
    },
  })
  // Every instance sharing the database updates its snapshot on this, after commit; the id lets one that has it already skip it.
  const payload = JSON.stringify({ id: String(change.id), resource: resourcePath(resource), recordId })
  await tx.$executeRaw`SELECT pg_notify(${DATASET_CHANGED}, ${payload})`
}

/** A change to a fact's citations or confirmations is a change to the fact: its version (and ETag) moves on. */
export async function bumpFact(tx: TransactionClient, kind: FactKind, id: string) {
  await tx.$executeRawUnsafe(`UPDATE "${factKinds[kind].table}" SET version = version + 1, updated_at = now() WHERE id = $1`, id)
}

/** Every fact keeps at least one citation: refuse to retire its last. */
async function assertNotLastCitation(tx: TransactionClient, citation: { factKind: FactKind; factId: string }) {
  const active = await tx.citation.count({ where: { [factKinds[citation.factKind].citationColumn]: citation.factId, retiredAt: null } })
  if (active <= 1) throw conflict('Every fact keeps at least one citation: add another before retiring this one.', 'id', { slug: 'last-citation' })
}

const idHint = (input: Record<string, unknown>) => {
  const hint = input.name ?? input.title ?? input.service ?? input.visitType ?? input.pathway ?? ''
  return String(typeof hint === 'object' && hint !== null ? (hint as Localized).sv : hint)
}

export interface WriteResult {
  status: number
  record: StoredRecord
  etag: string
}

/** Creates a record, logs it, and (with an Idempotency-Key) remembers the answer for retries. */
export async function createRecord(
  prisma: PrismaClient,
  resource: WritableResource,
  body: unknown,
  actor: Actor,
  idempotencyKey?: string,
): Promise<WriteResult> {
  assertShallow(body)
  const input = parseInput(resource, withoutReadOnly(resource, body as Record<string, unknown>))
  const requestHash = createHash('sha256').update(`${resource}:${JSON.stringify(input)}`).digest('hex')
  return prisma.$transaction(async (tx) => {
    if (idempotencyKey) {
      // The placeholder row makes a concurrent retry wait for this transaction, then replay it.
      await tx.$executeRaw`INSERT INTO idempotency_keys (actor, key, request_hash, status, response)
        VALUES (${actor.name}, ${idempotencyKey}, ${requestHash}, 0, 'null') ON CONFLICT DO NOTHING`
      const stored = await tx.idempotencyKey.findUniqueOrThrow({ where: { actor_key: { actor: actor.name, key: idempotencyKey } } })
      if (stored.status !== 0) {
        if (stored.requestHash !== requestHash) {
          throw unprocessable('This Idempotency-Key was used with a different request body.', 'Idempotency-Key', { slug: 'idempotency-key-reused' })
        }
        const replay = stored.response as { record: StoredRecord; etag: string }
        return { status: stored.status, record: replay.record, etag: replay.etag }
      }
    }
    let id: string
    if (resource === 'citations') {
      const { factKind, factId, ...citation } = input as CitationBody
      if ((await readRecord(tx, factKind, factId)) === undefined) throw unprocessable(`No ${factKinds[factKind].path} record has the id "${factId}".`, 'factId')
      await checkEvidence(tx, [citation])
      const column = factKinds[factKind].citationColumn
      const position = await tx.citation.count({ where: { [column]: factId } })
      const created = await tx.citation.create({ data: { ...citationColumns(citation), position, [column]: factId } })
      await bumpFact(tx, factKind, factId)
      id = created.id
    } else {
      id = newId(idHint(input), resourcePath(resource))
      if (resource === 'sources') await saveSource(tx, id, sourceInput.parse(input))
      else {
        const fact = input as FactInputOf<typeof resource> & { citations: CitationInput[]; validFrom: string }
        await checkEvidence(tx, fact.citations, fact.validFrom)
        await saveFact(tx, resource, id, fact)
      }
    }
    const record = (await readRecord(tx, resource, id))!
    assertServable(resource, record)
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

/** Applies a JSON merge patch under If-Match, validates the whole result, logs before and after. */
export async function updateRecord(
  prisma: PrismaClient,
  resource: WritableResource,
  id: string,
  patch: unknown,
  ifMatch: string,
  actor: Actor,
): Promise<WriteResult> {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) throw badRequest('A merge patch is a JSON object.', 'body')
  assertShallow(patch)
  return prisma.$transaction(async (tx) => {
    await lockAndCheck(tx, resource, id, ifMatch)
    const before = (await readRecord(tx, resource, id))!
    const current = writableOf(resource, before)
    const merged = parseInput(resource, mergePatch(current, withoutReadOnly(resource, patch as Record<string, unknown>)))
    // A write that changes nothing makes no version.
    if (canonicalJson(merged) === canonicalJson(parseInput(resource, current))) {
      return { status: 200, record: before, etag: etagOf(resource, id, before.version) }
    }
    if (resource === 'citations') {
      const { factKind, factId, ...citation } = merged as CitationBody
      if (factKind !== before.factKind || factId !== before.factId) {
        throw unprocessable('A citation cannot move to another fact; retire it and cite the other fact instead.', 'factId')
      }
      await checkEvidence(tx, [citation])
      await tx.citation.update({ where: { id }, data: { ...citationColumns(citation), version: { increment: 1 }, updatedAt: new Date() } })
      await bumpFact(tx, factKind, factId)
    } else if (resource === 'sources') {
      await saveSource(tx, id, sourceInput.parse(merged))
    } else {
      const fact = merged as FactInputOf<typeof resource> & { citations: CitationInput[]; validFrom: string }
      await checkEvidence(tx, fact.citations, fact.validFrom)
      await saveFact(tx, resource, id, fact, { replaceCitations: 'citations' in (patch as object) })
    }
    const after = (await readRecord(tx, resource, id))!
    assertServable(resource, after)
    await logChange(tx, resource, id, 'update', actor, before, after)
    return { status: 200, record: after, etag: etagOf(resource, id, after.version) }
  })
}

/** Retires a record: a fact's validity ends, a source or citation is marked retired. Nothing is deleted. */
export async function retireRecord(
  prisma: PrismaClient,
  resource: WritableResource,
  id: string,
  ifMatch: string,
  actor: Actor,
  validTo?: string,
): Promise<WriteResult> {
  return prisma.$transaction(async (tx) => {
    await lockAndCheck(tx, resource, id, ifMatch)
    const before = (await readRecord(tx, resource, id))!
    if (isFactKind(resource)) {
      const end = validTo ?? today()
      if (typeof before.validFrom === 'string' && end < before.validFrom) {
        throw unprocessable(`validTo ${end} is before the fact's validFrom ${before.validFrom}.`, 'validTo')
      }
      if (typeof before.validTo === 'string' && before.validTo <= end) {
        throw conflict(`The fact already ended on ${before.validTo}.`, 'validTo', { slug: 'already-retired' })
      }
      await tx.$executeRawUnsafe(
        `UPDATE "${factKinds[resource].table}" SET valid_to = $2::date, version = version + 1, updated_at = now() WHERE id = $1`,
        id,
        end,
      )
    } else {
      if (before.retiredAt !== null) throw conflict('The record is already retired.', 'id', { slug: 'already-retired' })
      const retired = { retiredAt: new Date(), version: { increment: 1 }, updatedAt: new Date() }
      if (resource === 'citations') {
        const cited = before as unknown as StoredCitationRecord
        await assertNotLastCitation(tx, cited)
        await tx.citation.update({ where: { id }, data: retired })
        await bumpFact(tx, cited.factKind, cited.factId)
      } else {
        await tx.source.update({ where: { id }, data: retired })
      }
    }
    const after = (await readRecord(tx, resource, id))!
    assertServable(resource, after)
    await logChange(tx, resource, id, 'retire', actor, before, after)
    return { status: 200, record: after, etag: etagOf(resource, id, after.version) }
  })
}
