import { z } from 'zod'
import { confirmation, isoDate, slug, storedConfirmation } from './common.js'
import { factKind } from './fact-kinds.js'
import { localizedText } from './localized.js'

const confirmationShape = {
  factKind,
  factId: slug.meta({ description: 'The fact confirmed.' }),
  sourceId: slug.meta({ description: 'The source checked: a document the project holds or a web page (create it first if it is new).' }),
  checkedOn: isoDate.meta({
    description:
      "The date as of which the source supports the fact: the day an editor read a live page, or a stored page's own date. " +
      'Evidence from that day on, never before it.',
  }),
  locator: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .nullable()
    .meta({ description: 'Where in the source: a heading, a page, a table.', example: 'Avgifter i öppen vård' }),
  note: localizedText({
    max: 1000,
    description: "What the source says that supports the fact, in the project's own words (Swedish first).",
    example: {
      sv: 'Sidan anger fortfarande 300 kr för ett besök hos specialistläkare.',
      en: 'The page still gives 300 SEK for a visit to a specialist doctor.',
    },
  }),
}

/** A confirmation as a curated file or an editor gives it. */
export const confirmationInput = z.strictObject(confirmationShape).meta({
  id: 'ConfirmationWrite',
  description: 'Records that a source, checked on a date, still supports a fact; the fact itself is unchanged.',
  examples: [
    {
      factKind: 'fees',
      factId: 'orebro-specialistbesok-2024',
      sourceId: 'orebro-patientavgifter',
      checkedOn: '2026-12-04',
      locator: 'Avgifter i öppen vård',
      note: {
        sv: 'Sidan anger fortfarande 300 kr för ett besök hos specialistläkare.',
        en: 'The page still gives 300 SEK for a visit to a specialist doctor.',
      },
    },
  ],
})
export type ConfirmationInput = z.infer<typeof confirmationInput>

const confirms = { factKind, factId: slug }

/** A confirmation as a resource of its own: which fact it confirms, as a read shows it. */
export const confirmationRecord = confirmation
  .extend(confirms)
  .meta({ id: 'ConfirmationRecord', description: 'A confirmation with the fact it confirms, its note in the language asked for.' })

/** The same as stored (its note in Swedish and English): what recording one answers. */
export const storedConfirmationRecord = storedConfirmation
  .extend(confirms)
  .meta({ id: 'ConfirmationStoredRecord', description: 'A confirmation with the fact it confirms, its note in Swedish and English.' })
