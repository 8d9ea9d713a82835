import { today } from '../../domain/as-of.js'
import { newId } from '../../domain/ids.js'
import { refuse } from '../../domain/write-results.js'
import type { CitationInput } from '../../schemas/common.js'
import { type FactInputOf, type FactKind, factKinds } from '../../schemas/fact-kinds.js'
import { loadFacts, saveFact } from '../facts.js'
import { checkEvidence, defineWriter, idHint, refused, type StoredRecord, type Writer } from '../write-core.js'

type FactInput<K extends FactKind> = FactInputOf<K> & { citations: CitationInput[]; validFrom: string }

/** The writer of one kind of fact, from its registry entry: its citations are checked against their sources; retiring ends its validity. */
export function factWriter<K extends FactKind>(kind: K): Writer {
  const spec = factKinds[kind]
  return defineWriter<StoredRecord>({
    resource: spec.path,
    etagKey: kind,
    table: spec.table,
    input: spec.schemas.input,
    output: spec.schemas.stored,
    read: async (db, id) => (await loadFacts(db, kind, id))[0] as StoredRecord | undefined,
    async insert(tx, input) {
      const fact = input as FactInput<K>
      const id = newId(idHint(input), spec.path)
      await checkEvidence(tx, fact.citations, fact.validFrom)
      await saveFact(tx, kind, id, fact)
      return id
    },
    async replace(tx, id, merged, _before, patch) {
      const fact = merged as FactInput<K>
      await checkEvidence(tx, fact.citations, fact.validFrom)
      await saveFact(tx, kind, id, fact, { replaceCitations: 'citations' in patch })
    },
    async retire(tx, id, before, validTo) {
      const end = validTo ?? today()
      if (typeof before.validFrom === 'string' && end < before.validFrom) {
        refused(refuse.unprocessable(`validTo ${end} is before the fact's validFrom ${before.validFrom}.`, 'validTo'))
      }
      if (typeof before.validTo === 'string' && before.validTo <= end) {
        refused(refuse.conflict(`The fact already ended on ${before.validTo}.`, 'validTo', 'already-retired'))
      }
      await tx.$executeRawUnsafe(`UPDATE "${spec.table}" SET valid_to = $2::date, version = version + 1, updated_at = now() WHERE id = $1`, id, end)
    },
  })
}
