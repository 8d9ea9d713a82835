import { z } from 'zod'
import { confirmationInput } from './confirmations.js'
import { type FactKind, factKindIds, type FactKinds, factKinds } from './fact-kinds.js'
import { sourceRecord } from './sources.js'

type FactLists = { [K in FactKind]: z.ZodDefault<z.ZodArray<FactKinds[K]['schemas']['record']>> }
const factLists = Object.fromEntries(factKindIds.map((kind) => [kind, z.array(factKinds[kind].schemas.record).default([])])) as unknown as FactLists

/**
 * One curated data file: the sources it draws on (one document the project
 * holds, or the web pages found for a region), every fact they support, by
 * kind, and confirmations of facts (of any file) by later sources.
 */
export const curatedFile = z.strictObject({
  sources: z.array(sourceRecord).min(1, 'a file names at least one source'),
  ...factLists,
  confirmations: z.array(confirmationInput).default([]),
})
export type CuratedFile = z.infer<typeof curatedFile>
