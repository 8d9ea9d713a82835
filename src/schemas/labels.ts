export const languages = ['en', 'sv'] as const
export type Language = (typeof languages)[number]

/** A text in each language. */
export type Labels = Record<Language, string>
