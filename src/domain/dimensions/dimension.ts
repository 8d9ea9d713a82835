import { z } from 'zod'
import type { Labels } from '../../schemas/labels.js'
import type { Cell, QuestionType, RegionFacts, StatusOf } from './cell.js'

/**
 * One comparison dimension: the question it answers, the kind of question
 * (which fixes its statuses), the schema of its value, whether a positive
 * answer is something the region offers patients, and its rule from a
 * region's facts to a cell.
 */
export interface Dimension<Id extends string = string, Q extends QuestionType = QuestionType, V extends z.ZodType = z.ZodType> {
  id: Id
  /** A column heading: "Specialist clinic". */
  label: Labels
  /** The question the cell answers, for the documentation and the pages. */
  question: Labels
  type: Q
  /** Whether "offered" here is an offer to patients (a brief lists it under what the region offers). */
  offer: boolean
  /** How much an answer matters to patients, 1 most: the review queue asks for the most important checks first. */
  priority: number
  /** The value of a cell, in one language. */
  value: V
  /** What makes two regions' known answers the same, for `differs`: the status, unless the dimension says more. */
  sameAs?: (cell: Cell<StatusOf<Q>, z.infer<V>>) => string
  cell: (facts: RegionFacts) => Cell<StatusOf<Q>, z.infer<V>>
}

export const defineDimension = <const Id extends string, Q extends QuestionType, V extends z.ZodType>(dimension: Dimension<Id, Q, V>) => dimension
