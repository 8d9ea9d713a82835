import { z } from 'zod'
import { type Language, languages } from './labels.js'

/** A text a person reads, in Swedish and in English: how it is written and stored. */
export type Localized = Record<Language, string>

/** A stored value as a reader sees it: localized texts in one language. */
export type InLanguage<T> = T extends Localized ? string : T extends Localized[] ? string[] : T

/** A schema and the schema of what a reader of one language sees of it. */
const readForms = new WeakMap<z.ZodType, z.ZodType>()

const oneLanguage = (max: number) => z.string().trim().min(1).max(max)

/** The Swedish and English text, as written and stored. */
export const localizedObject = (max: number) =>
  z.strictObject({
    sv: oneLanguage(max).meta({ description: 'In Swedish (written first: the sources are Swedish).' }),
    en: oneLanguage(max).meta({ description: 'In English, saying the same.' }),
  })

interface TextOptions {
  max: number
  description: string
  example?: Localized
  /** Null when a writer leaves it out. */
  optional?: boolean
}

/**
 * A localized field: written and stored as `{ sv, en }`; a read shows the
 * text in the language asked for (`lang`, else `Accept-Language`).
 */
export function localizedText(options: TextOptions & { nullable: true }): z.ZodType<Localized | null, Localized | null>
export function localizedText(options: TextOptions & { nullable?: false }): z.ZodType<Localized, Localized>
export function localizedText({ max, description, example, nullable, optional }: TextOptions & { nullable?: boolean }): z.ZodType {
  const written = nullable ? localizedObject(max).nullable() : localizedObject(max)
  const described = written.meta({ description: `${description} In Swedish and English.`, ...(example ? { example } : {}) })
  const schema = optional && nullable ? (described as z.ZodNullable<z.ZodType>).default(null) : described
  const read = (nullable ? z.string().nullable() : z.string()).meta({ description: `${description} In the language asked for.` })
  readForms.set(schema, read)
  return schema
}

/** A list of localized texts (a decision's proposals). */
export function localizedList({ max, description }: TextOptions) {
  const schema = z.array(localizedObject(max)).meta({ description: `${description} Each in Swedish and English.` })
  readForms.set(schema, z.array(z.string()).meta({ description: `${description} In the language asked for.` }))
  return schema as z.ZodType<Localized[], Localized[]>
}

/** The read form of a field's schema: itself, unless it is localized. */
export const readFormOf = (schema: z.ZodType): z.ZodType => readForms.get(schema) ?? schema

export const isLocalizedField = (schema: z.ZodType) => readForms.has(schema)

type ReadShape<S extends z.ZodRawShape> = { [K in keyof S]: z.ZodType<InLanguage<z.output<S[K]>>, InLanguage<z.input<S[K]>>> }

/** A shape as a reader of one language sees it, and the names of its localized fields. */
export function readShapeOf<S extends z.ZodRawShape>(shape: S): { shape: ReadShape<S>; texts: (keyof S & string)[] } {
  const texts = Object.keys(shape).filter((key) => isLocalizedField(shape[key] as z.ZodType))
  return {
    shape: Object.fromEntries(Object.entries(shape).map(([key, schema]) => [key, readFormOf(schema as z.ZodType)])) as ReadShape<S>,
    texts,
  }
}

/** The text in one language (a localized value, a list of them, or anything else as it is). */
export function inLanguage<T>(value: T, lang: Language): InLanguage<T> {
  if (value === null || typeof value !== 'object') return value as InLanguage<T>
  if (Array.isArray(value)) return value.map((item) => (item as Localized)[lang]) as InLanguage<T>
  return (value as unknown as Localized)[lang] as InLanguage<T>
}

/** A record with the named localized fields in one language. */
export function localizeFields<R extends object>(record: R, texts: readonly string[], lang: Language) {
  const shown: Record<string, unknown> = { ...(record as Record<string, unknown>) }
  for (const field of texts) shown[field] = inLanguage(shown[field], lang)
  return shown as { [K in keyof R]: InLanguage<R[K]> }
}

export const isLocalized = (value: unknown): value is Localized =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  languages.every((lang) => typeof (value as Record<string, unknown>)[lang] === 'string')
