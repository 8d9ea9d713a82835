import type { TransactionClient } from '../db/client.js'
import { type FactKind, factKindIds } from '../schemas/fact-kinds.js'
import { type Actor, appendChange, type ChangeAction, type Writer } from './write-core.js'
export { bumpFact } from './write-core.js'
import { citationWriter } from './writers/citations.js'
import { factWriter } from './writers/facts.js'
import { sourceWriter } from './writers/sources.js'

export type { Actor, Writer } from './write-core.js'
export type WritableResource = FactKind | 'sources' | 'citations'
/** What the change log records: writable resources and confirmations. */
export type LoggedResource = WritableResource | 'confirmations'

/** Every writable resource's writer: one per kind of fact (from the registry), sources and citations. */
export const writers = {
  ...(Object.fromEntries(factKindIds.map((kind) => [kind, factWriter(kind)])) as Record<FactKind, Writer>),
  sources: sourceWriter,
  citations: citationWriter,
} satisfies Record<WritableResource, Writer>

/** The API path (also the change log's resource name) of each resource; confirmations are logged by their own name. */
export const resourcePath = (resource: LoggedResource) => (resource in writers ? writers[resource as WritableResource].resource : resource)

/** A stored record as a write would give it: only the fields a write takes (the curated loader compares with this). */
export const writableOf = (resource: WritableResource, record: Record<string, unknown>) => writers[resource].writable(record)

/** Logs a change made outside a writer (the curated loader, confirmations), in its transaction. */
export const logChange = (
  tx: TransactionClient,
  resource: LoggedResource,
  recordId: string,
  action: ChangeAction,
  actor: Actor,
  before: unknown,
  after: unknown,
) => appendChange(tx, resourcePath(resource), recordId, action, actor, before, after)
