import { z } from 'zod'
import { type FactKind, factKindIds, type FactKinds, factKinds } from './fact-kinds.js'
import { sourceRecord } from './sources.js'

type FactLists = { [K in FactKind]: z.ZodDefault<z.ZodArray<FactKinds[K]['schemas']['record']>> }
const factLists = Object.fromEntries(factKindIds.map((kind) => [kind, z.array(factKinds[kind].schemas.record).default([])])) as unknown as FactLists

/** One curated data file: a source document and every fact it supports, by kind. */
export const curatedFile = z.strictObject({ source: sourceRecord, ...factLists })
export type CuratedFile = z.infer<typeof curatedFile>
