import { createHash } from 'node:crypto'

/**
 * A record's ETag: which record, and which version of it (what If-Match is
 * checked against); a read in one language is its own representation, tagged
 * with the language.
 */
export const etagOf = (resource: string, id: string, version: number, lang?: string) =>
  `"${createHash('sha256').update(`${resource}/${id}`).digest('base64url').slice(0, 10)}-v${version}${lang ? `-${lang}` : ''}"`

/** The content codings an answer is sent in: as it is, gzip, or brotli. */
export type ContentCoding = 'identity' | 'gzip' | 'br'
const suffixes: Record<ContentCoding, string> = { identity: '', gzip: '-gz', br: '-br' }

/** Each coded representation has its own strong ETag: the plain one plus "-gz" or "-br". */
export const codedEtag = (etag: string, coding: ContentCoding) => (coding === 'identity' ? etag : etag.replace(/"$/, `${suffixes[coding]}"`))
/** The gzip-coded representation's tag: the plain one plus "-gz". */
export const gzipEtag = (etag: string) => codedEtag(etag, 'gzip')
/** Any representation's tag (of any coding and language), as the plain one. */
export const plainEtag = (tag: string) => tag.replace(/-(gz|br)"$/, '"').replace(/-(sv|en)"$/, '"')
