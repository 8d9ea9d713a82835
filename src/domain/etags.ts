import { createHash } from 'node:crypto'

/** A record's ETag: which record, and which version of it (what If-Match is checked against). */
export const etagOf = (resource: string, id: string, version: number) =>
  `"${createHash('sha256').update(`${resource}/${id}`).digest('base64url').slice(0, 10)}-v${version}"`

/** The gzip-coded representation has its own strong ETag: the plain one plus "-gz". */
export const gzipEtag = (etag: string) => etag.replace(/"$/, '-gz"')
/** Either representation's tag, as the plain one. */
export const plainEtag = (tag: string) => tag.replace(/-gz"$/, '"')
