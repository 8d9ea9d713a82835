import { newId } from '../../domain/ids.js'
import { refuse } from '../../domain/write-results.js'
import { sourceInput, storedSource } from '../../schemas/sources.js'
import { loadSources, saveSource } from '../sources.js'
import { defineWriter, idHint, refused, type StoredRecord } from '../write-core.js'

/** Sources: created and replaced as a whole record; retiring marks them retired, and they stay readable. */
export const sourceWriter = defineWriter<StoredRecord>({
  resource: 'sources',
  etagKey: 'sources',
  table: 'sources',
  input: sourceInput,
  output: storedSource,
  read: async (db, id) => (await loadSources(db, id))[0],
  async insert(tx, input) {
    const id = newId(idHint(input), 'sources')
    await saveSource(tx, id, sourceInput.parse(input))
    return id
  },
  async replace(tx, id, merged) {
    await saveSource(tx, id, sourceInput.parse(merged))
  },
  async retire(tx, id, before) {
    if (before.retiredAt !== null) refused(refuse.conflict('The record is already retired.', 'id', 'already-retired'))
    await tx.source.update({ where: { id }, data: { retiredAt: new Date(), version: { increment: 1 }, updatedAt: new Date() } })
  },
})
