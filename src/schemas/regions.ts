import { z } from 'zod'
import { municipalityCode, regionCode } from './common.js'

export const region = z
  .object({
    code: regionCode,
    name: z.string().meta({ example: 'Västra Götalandsregionen' }),
    county: z.string().meta({ example: 'Västra Götalands län' }),
  })
  .meta({ id: 'Region', description: 'One of Sweden\'s 21 regions.' })
export type Region = z.infer<typeof region>

export const municipality = z
  .object({
    code: municipalityCode,
    name: z.string().meta({ example: 'Stockholm' }),
    regionCode,
  })
  .meta({ id: 'Municipality', description: 'One of Sweden\'s 290 municipalities (kommuner).' })
export type Municipality = z.infer<typeof municipality>

export const condition = z
  .object({
    id: z.string().meta({ example: 'me-cfs' }),
    name: z.string().meta({ example: 'ME/CFS' }),
    nameSv: z.string().meta({ example: 'ME/CFS (myalgisk encefalomyelit)' }),
  })
  .meta({ id: 'Condition' })
export type Condition = z.infer<typeof condition>
