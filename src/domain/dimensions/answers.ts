// The comparison answers' schemas, from the dimensions' cells.
import { comparisonSchemas } from '../../schemas/compare.js'
import { cellStatuses } from './cell.js'
import { cellSchema, dimensionIdSchema } from './index.js'

export const { dimensionRow, comparison, dimensionAcrossRegions, coverage } = comparisonSchemas(cellSchema, dimensionIdSchema, cellStatuses)
