// Every comparison dimension, in the order answers list them. A dimension is
// one module; the ids, the cell schemas of the API, the pages' wording and what
// a brief counts as an offer all come from this list.
import { z } from 'zod'
import { citation, isoDate } from '../../schemas/common.js'
import { SourceStrength } from '../../generated/prisma/enums.js'
import { questionStatuses } from './cell.js'
import counselorHomeVisit from './counselor-home-visit.js'
import digitalDentalCare from './digital-dental-care.js'
import type { Dimension } from './dimension.js'
import doctorHomeVisit from './doctor-home-visit.js'
import highCostCeiling from './high-cost-ceiling.js'
import homeHelp from './home-help.js'
import housingSupport from './housing-support.js'
import mobileDentalCare from './mobile-dental-care.js'
import nurseHomeVisit from './nurse-home-visit.js'
import occupationalTherapistHomeVisit from './occupational-therapist-home-visit.js'
import personalAssistance from './personal-assistance.js'
import recentDecisions from './recent-decisions.js'
import referralChannels from './referral-channels.js'
import selfReferral from './self-referral.js'
import specialistProvider from './specialist-provider.js'
import specialistVisitFee from './specialist-visit-fee.js'
import { regionRefSchema } from './values.js'

export const dimensionList = [
  specialistProvider,
  selfReferral,
  referralChannels,
  specialistVisitFee,
  highCostCeiling,
  doctorHomeVisit,
  nurseHomeVisit,
  occupationalTherapistHomeVisit,
  counselorHomeVisit,
  digitalDentalCare,
  mobileDentalCare,
  homeHelp,
  housingSupport,
  personalAssistance,
  recentDecisions,
] as const

export type DimensionId = (typeof dimensionList)[number]['id']
export const dimensionIds = dimensionList.map((d) => d.id) as DimensionId[]
export const dimensions = Object.fromEntries(dimensionList.map((d) => [d.id, d])) as unknown as Record<DimensionId, Dimension>

/** The dimensions whose positive answer is something the region offers patients. */
export const offerDimensionIds = dimensionList.filter((d) => d.offer).map((d) => d.id) as DimensionId[]

const pascal = (id: string) => id.replace(/(^|_)(\w)/g, (_, __, c: string) => c.toUpperCase())

/** One dimension's cell as the API shows it: its status set and its value's schema. */
function cellSchemaOf(d: (typeof dimensionList)[number]) {
  const statuses = questionStatuses[d.type]
  return z
    .object({
      dimension: z.literal(d.id),
      region: regionRefSchema,
      status: z
        .enum(statuses)
        .meta({ description: `A ${d.type.replace('_', '/')} answer: ${statuses.join(', ')}. "unknown" means no source on file, never "no".` }),
      statusLabel: z.string().meta({ description: 'The status in the language asked for.' }),
      value: d.value.nullable().meta({ description: 'The answer as data; null when nothing is known.' }),
      short: z.string().meta({ description: 'The answer in a few words, for a map tile or a narrow column.' }),
      summary: z.string().meta({ description: 'The answer in sentences, in the language asked for, with any caveat (stale, weak sources, disagreement).' }),
      evidenceDate: isoDate.nullable().meta({ description: 'How recent the evidence of the facts that decide this answer is, as of the date asked.' }),
      stale: z.boolean().meta({ description: 'That evidence is older than the staleness horizon before `asOf`: the answer may no longer hold.' }),
      evidenceStrength: z.enum(SourceStrength).nullable().meta({
        description: 'The strongest source behind the deciding facts: "secondary" or "weak" means the answer rests on no primary source.',
      }),
      sourcesDisagree: z.boolean().meta({ description: 'Facts valid on the date say different things; each is cited.' }),
      factIds: z.array(z.string()).meta({ description: 'The facts the answer rests on and names, deciding ones first.' }),
      citations: z.array(citation),
    })
    .meta({ id: `${pascal(d.id)}Cell`, description: `${d.question.en} (${d.type})` })
}

/** A cell of any dimension, told apart by `dimension`. */
export const cellSchema = z
  .discriminatedUnion('dimension', dimensionList.map(cellSchemaOf) as unknown as [ReturnType<typeof cellSchemaOf>, ...ReturnType<typeof cellSchemaOf>[]])
  .meta({
    id: 'Cell',
    description: 'What one region answers on one dimension, with the citations behind it. Each dimension has its own status set and value.',
    discriminator: { propertyName: 'dimension' },
  })

export const dimensionIdSchema = z.enum(dimensionIds as [DimensionId, ...DimensionId[]]).meta({ id: 'DimensionId', description: 'A comparison dimension.' })

export type { Cell, CellStatus, CompareQuery, RegionFacts } from './cell.js'
export { cellStatuses, statusLabels } from './cell.js'
export { inRegion, providerNames } from './scope.js'
