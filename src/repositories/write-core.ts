import { createHash } from 'node:crypto'
import type { z } from 'zod'
import type { Db, PrismaClient, TransactionClient } from '../db/client.js'
import { DATASET_CHANGED } from '../db/notifications.js'
import { etagOf, plainEtag } from '../domain/etags.js'
import { canonicalJson, depthOf, mergePatch } from '../domain/merge-patch.js'
import { type Refusal, refuse, type WriteResult, type Written } from '../domain/write-results.js'
import { Prisma } from '../generated/prisma/client.js'
import { citationInput, type CitationInput, storedCitation } from '../schemas/common.js'
import { type FactKind, factKinds } from '../schemas/fact-kinds.js'
import type { Localized } from '../schemas/localized.js'
import { sourceDate } from '../schemas/sources.js'
import { enqueueDeliveries } from './webhooks.js'

/** Who writes: the key's name (kept for admins) and what the public change feed shows. */
export interface Actor {
  name: string
  displayName: string
}

export type StoredRecord = Record<string, unknown> & { version: number }
export type ChangeAction = 'create' | 'update' | 'retire'

/** Thrown inside a write's transaction to roll it back; the writer answers with the refusal it carries. */
class Refused extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.outcome)
  }
}

/** Ends the write (and rolls back its transaction) with a refusal. */
export function refused(refusal: Refusal): never {
  throw new Refused(refusal)
}

async function settle<R>(work: () => Promise<Written<R>>): Promise<WriteResult<R>> {
  try {
    return await work()
  } catch (error) {
    if (error instanceof Refused) return error.refusal
    throw error
  }
}

/** The keys a write takes, and those a GET shows that a write ignores. */
export function keysOf(input: z.ZodObject, output: z.ZodObject) {
  const writable = new Set(Object.keys(input.shape))
  return { writable, readOnly: new Set(Object.keys(output.shape).filter((key) => !writable.has(key))) }
}
const citationKeys = keysOf(citationInput, storedCitation)

const pick = (record: Record<string, unknown>, keys: Set<string>) => Object.fromEntries(Object.entries(record).filter(([key]) => keys.has(key)))
const drop = (record: Record<string, unknown>, keys: Set<string>) => Object.fromEntries(Object.entries(record).filter(([key]) => !keys.has(key)))
const mapCitations = (record: Record<string, unknown>, change: (c: Record<string, unknown>) => Record<string, unknown>) =>
  Array.isArray(record.citations) ? { ...record, citations: record.citations.map((c) => (typeof c === 'object' && c !== null ? change(c) : c)) } : record

/** Parses a body (or a merged record) with a strict input schema; a failure is refused, naming each field. */
function parseWith(schema: z.ZodType, body: unknown): Record<string, unknown> {
  const parsed = schema.safeParse(body)
  if (parsed.success) return parsed.data as Record<string, unknown>
  const issues = parsed.error.issues.map((issue) => ({ path: ['body', ...issue.path].join('.'), message: issue.message }))
  const first = parsed.error.issues[0]
  const unknownKey = first?.code === 'unrecognized_keys' ? first.keys[0] : undefined
  const field = unknownKey ?? (first?.path.length ? String(first.path[0]) : 'body')
  return refused(refuse.invalid(`The body is invalid: ${issues.map((e) => `${e.path}: ${e.message}`).join('; ')}`, field, issues))
}

/** Nesting deeper than any record has is refused before anything walks it. */
const MAX_DEPTH = 16
function assertShallow(body: unknown) {
  if (depthOf(body) > MAX_DEPTH) refused(refuse.invalid(`The body nests deeper than ${MAX_DEPTH} levels; no record does.`, 'body'))
}

/**
 * Citations are true to their sources: a quote only from a document the
 * project holds, a reference only to a web page; and a fact does not hold
 * before the evidence behind it unless a citation supports its start.
 */
export async function checkEvidence(tx: TransactionClient, citations: CitationInput[], validFrom?: string) {
  const ids = [...new Set(citations.map((c) => c.sourceId).filter((id): id is string => id !== undefined))]
  const sources = new Map((await tx.source.findMany({ where: { id: { in: ids } } })).map((row) => [row.id, row]))
  citations.forEach((citation, index) => {
    const field = `citations.${index}`
    const cited = citation.sourceId === undefined ? undefined : sources.get(citation.sourceId)
    if (!cited) refused(refuse.unprocessable(`No source has the id "${citation.sourceId ?? ''}".`, `${field}.sourceId`))
    if (citation.kind === 'quote' && cited.fileName === null) {
      refused(refuse.unprocessable(`"${cited.id}" is a web page: cite it as a reference, in our own words, not as a quote.`, `${field}.kind`))
    }
    if (citation.kind === 'reference' && cited.url === null) {
      refused(refuse.unprocessable(`"${cited.id}" has no URL: a reference cites a web page.`, `${field}.kind`))
    }
  })
  if (validFrom === undefined || citations.some((c) => /\bvalidFrom\b/.test(c.supports ?? ''))) return
  const day = (value: Date | null) => (value === null ? null : value.toISOString().slice(0, 10))
  const dates = [...sources.values()].map(
    (row) => sourceDate({ publishedOn: day(row.publishedOn), updatedOn: day(row.updatedOn), notBefore: day(row.notBefore) }).date,
  )
  const earliest = dates.sort()[0]
  if (earliest !== undefined && validFrom < earliest) {
    const detail = `validFrom ${validFrom} is before the earliest cited source (${earliest}); a citation must support validFrom for that.`
    refused(refuse.unprocessable(detail, 'validFrom'))
  }
}

/**
 * Appends a change-log entry for `resource` (its API path), fills the webhook
 * outbox and notifies every instance, in the caller's transaction: the write,
 * its entry, its deliveries and the notification commit together or not at all.
 */
export async function appendChange(
  tx: TransactionClient,
  resource: string,
  recordId: string,
  action: ChangeAction,
  actor: Actor,
  before: unknown,
  after: unknown,
) {
  const change = await tx.change.create({
    select: { id: true },
    data: {
      resource,
      recordId,
      action,
      actor: actor.name,
      actorDisplay: actor.displayName,
      before: before === undefined ? Prisma.DbNull : (before as Prisma.InputJsonValue),
      after: after === undefined ? Prisma.DbNull : (after as Prisma.InputJsonValue),
    },
  })
  // The webhook outbox is filled in the same transaction: a change is delivered if and only if it commits.
  await enqueueDeliveries(tx, { id: change.id, resource })
  // Every instance sharing the database updates its snapshot on this, after commit; the id lets one that has it already skip it.
  const payload = JSON.stringify({ id: String(change.id), resource, recordId })
  await tx.$executeRaw`SELECT pg_notify(${DATASET_CHANGED}, ${payload})`
}

/** The resource-specific half of a writer: how its records are read, created, replaced and retired. */
export interface WriterSpec<R extends StoredRecord> {
  /** The API path segment, also the change log's resource name. */
  resource: string
  /** What the record's ETag is made from (the registry's name for it). */
  etagKey: string
  /** The table, for the version lock. */
  table: string
  /** Whether a string can name a record at all, and the SQL cast of its id (citations: UUIDs). */
  canName?: (id: string) => boolean
  idCast?: '::uuid'
  input: z.ZodObject
  /** The record as stored (texts in both languages): what a write answers with. */
  output: z.ZodObject
  read(db: Db, id: string): Promise<R | undefined>
  /** Creates a record from a validated input and returns its id; may refuse. */
  insert(tx: TransactionClient, input: Record<string, unknown>): Promise<string>
  /** Writes the merged record; `patch` is what the client sent. May refuse. */
  replace(tx: TransactionClient, id: string, merged: Record<string, unknown>, before: R, patch: Record<string, unknown>): Promise<void>
  /** Retires the record (a fact ends on `validTo`, anything else is marked retired). May refuse. */
  retire(tx: TransactionClient, id: string, before: R, validTo?: string): Promise<void>
}

/** One writable resource: reads its records and creates, updates and retires them, answering with results. */
export interface Writer<R extends StoredRecord = StoredRecord> {
  readonly resource: string
  readonly etagKey: string
  read(db: Db, id: string): Promise<R | undefined>
  etag(id: string, version: number): string
  /** A stored record as a write would give it: only the fields a write takes. */
  writable(record: Record<string, unknown>): Record<string, unknown>
  /** Creates a record, logs it, and (with an Idempotency-Key) remembers the answer for retries. */
  create(prisma: PrismaClient, body: unknown, actor: Actor, idempotencyKey?: string): Promise<WriteResult<R>>
  /** Applies a JSON merge patch under If-Match, validates the whole result, logs before and after. */
  update(prisma: PrismaClient, id: string, patch: unknown, ifMatch: string, actor: Actor): Promise<WriteResult<R>>
  /** Retires a record under If-Match. Nothing is deleted. */
  retire(prisma: PrismaClient, id: string, ifMatch: string, actor: Actor, validTo?: string): Promise<WriteResult<R>>
}

/** Builds a writer from its resource-specific half: validation, If-Match, idempotency and the change log are the same for all. */
export function defineWriter<R extends StoredRecord>(spec: WriterSpec<R>): Writer<R> {
  const keys = keysOf(spec.input, spec.output)
  const etag = (id: string, version: number) => etagOf(spec.etagKey, id, version)
  const writable = (record: Record<string, unknown>) => mapCitations(pick(record, keys.writable), (c) => pick(c, citationKeys.writable))
  // A client's body without the read-only fields a GET showed it; anything else unknown is still refused.
  const withoutReadOnly = (body: Record<string, unknown>) => mapCitations(drop(body, keys.readOnly), (c) => drop(c, citationKeys.readOnly))
  const parse = (body: unknown) => parseWith(spec.input, body)
  const missing = (id: string) => refuse.notFound(`No ${spec.resource} record has the id "${id}".`)

  /** A record about to be committed must be one the API can serve: otherwise the transaction rolls back. */
  const assertServable = (record: R) => {
    const parsed = spec.output.safeParse(record)
    if (!parsed.success) throw new Error(`A ${spec.resource} record would not be servable: ${parsed.error.message}`)
  }

  /** Locks the row for the rest of the transaction and checks the client saw its current version. */
  const lockAndCheck = async (tx: TransactionClient, id: string, ifMatch: string) => {
    // An id that cannot name a record (not a UUID, for citations) must not reach the SQL cast.
    if (spec.canName && !spec.canName(id)) refused(missing(id))
    const rows = await tx.$queryRawUnsafe<{ version: number }[]>(`SELECT version FROM "${spec.table}" WHERE id = $1${spec.idCast ?? ''} FOR UPDATE`, id)
    if (rows.length === 0) refused(missing(id))
    const tags = ifMatch.split(',').map((tag) => tag.trim())
    // "*" matches any version, so it cannot protect anyone's change: it is refused on its own terms.
    if (tags.includes('*')) refused(refuse.unspecific())
    // A tag read from a gzip- or brotli-coded GET names the same version.
    const current = etag(id, rows[0]!.version)
    if (!tags.some((tag) => plainEtag(tag) === current)) refused(refuse.stale())
  }

  const readBack = async (tx: TransactionClient, id: string) => {
    const record = (await spec.read(tx, id))!
    assertServable(record)
    return record
  }

  return {
    resource: spec.resource,
    etagKey: spec.etagKey,
    read: spec.read,
    etag,
    writable,

    create: (prisma, body, actor, idempotencyKey) =>
      settle(async () => {
        assertShallow(body)
        const input = parse(typeof body === 'object' && body !== null && !Array.isArray(body) ? withoutReadOnly(body as Record<string, unknown>) : body)
        const requestHash = createHash('sha256').update(`${spec.etagKey}:${JSON.stringify(input)}`).digest('hex')
        return prisma.$transaction(async (tx): Promise<Written<R>> => {
          if (idempotencyKey) {
            // The placeholder row makes a concurrent retry wait for this transaction, then replay it.
            await tx.$executeRaw`INSERT INTO idempotency_keys (actor, key, request_hash, status, response)
              VALUES (${actor.name}, ${idempotencyKey}, ${requestHash}, 0, 'null') ON CONFLICT DO NOTHING`
            const stored = await tx.idempotencyKey.findUniqueOrThrow({ where: { actor_key: { actor: actor.name, key: idempotencyKey } } })
            if (stored.status !== 0) {
              if (stored.requestHash !== requestHash) {
                refused(refuse.unprocessable('This Idempotency-Key was used with a different request body.', 'Idempotency-Key', 'idempotency-key-reused'))
              }
              const replay = stored.response as { record: R; etag: string }
              return { outcome: 'created', record: replay.record, etag: replay.etag, replayed: true }
            }
          }
          const id = await spec.insert(tx, input)
          const record = await readBack(tx, id)
          await appendChange(tx, spec.resource, id, 'create', actor, undefined, record)
          const result = { outcome: 'created' as const, record, etag: etag(id, record.version) }
          if (idempotencyKey) {
            await tx.idempotencyKey.update({
              where: { actor_key: { actor: actor.name, key: idempotencyKey } },
              data: { status: 201, response: { record, etag: result.etag } as Prisma.InputJsonValue },
            })
          }
          return result
        })
      }),

    update: (prisma, id, patch, ifMatch, actor) =>
      settle(async () => {
        if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) refused(refuse.invalid('A merge patch is a JSON object.', 'body'))
        assertShallow(patch)
        const changes = patch as Record<string, unknown>
        return prisma.$transaction(async (tx): Promise<Written<R>> => {
          await lockAndCheck(tx, id, ifMatch)
          const before = (await spec.read(tx, id))!
          const current = writable(before)
          const merged = parse(mergePatch(current, withoutReadOnly(changes)))
          // A write that changes nothing makes no version.
          if (canonicalJson(merged) === canonicalJson(parse(current))) return { outcome: 'unchanged', record: before, etag: etag(id, before.version) }
          await spec.replace(tx, id, merged, before, changes)
          const after = await readBack(tx, id)
          await appendChange(tx, spec.resource, id, 'update', actor, before, after)
          return { outcome: 'updated', record: after, etag: etag(id, after.version) }
        })
      }),

    retire: (prisma, id, ifMatch, actor, validTo) =>
      settle(() =>
        prisma.$transaction(async (tx): Promise<Written<R>> => {
          await lockAndCheck(tx, id, ifMatch)
          const before = (await spec.read(tx, id))!
          await spec.retire(tx, id, before, validTo)
          const after = await readBack(tx, id)
          await appendChange(tx, spec.resource, id, 'retire', actor, before, after)
          return { outcome: 'updated', record: after, etag: etag(id, after.version) }
        }),
      ),
  }
}

/** A readable id for a new record, from its name or title (the Swedish one, where it has both). */
export const idHint = (input: Record<string, unknown>) => {
  const hint = input.name ?? input.title ?? input.service ?? input.visitType ?? input.pathway ?? ''
  return String(typeof hint === 'object' && hint !== null ? (hint as Localized).sv : hint)
}

/** A change to a fact's citations or confirmations is a change to the fact: its version (and ETag) moves on. */
export async function bumpFact(tx: TransactionClient, kind: FactKind, id: string) {
  await tx.$executeRawUnsafe(`UPDATE "${factKinds[kind].table}" SET version = version + 1, updated_at = now() WHERE id = $1`, id)
}
