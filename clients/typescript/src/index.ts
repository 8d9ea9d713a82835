// A typed client for the Regionkollen API: openapi-fetch over the types openapi-typescript
// generates from the API's OpenAPI document (src/openapi.ts), and the few helpers every
// app needs (the next page of a list, a webhook's signature).
import createClient, { type Client, type ClientOptions } from 'openapi-fetch'
import type { paths } from './openapi.js'

export type * from './openapi.js'

export interface RegionkollenClientOptions extends ClientOptions {
  /** Where the API is, e.g. `https://regionkollen.se` (paths start with /v1). */
  baseUrl: string
  /** An editor's or admin's key, for writes (`Authorization: Bearer <key>`); reads need none. */
  apiKey?: string
  /** The language of every text in the answers, unless a request says otherwise: `sv` or `en` (the API's default). */
  lang?: 'sv' | 'en'
}

/** Answers are typed as JSON, errors as RFC 9457 problems; ask for CSV or NDJSON with `parseAs: 'text'`. */
type Json = 'application/json' | 'application/problem+json'
export type RegionkollenClient = Client<paths, Json>

/**
 * A client whose every path, parameter, body and answer is typed from the
 * API's contract: `api.GET('/v1/regions/{code}', { params: { path: { code: '14' } } })`.
 */
export function createRegionkollenClient({ apiKey, lang, ...options }: RegionkollenClientOptions): RegionkollenClient {
  const client = createClient<paths, Json>(options)
  if (apiKey !== undefined || lang !== undefined) {
    client.use({
      onRequest({ request }) {
        if (apiKey !== undefined) request.headers.set('authorization', `Bearer ${apiKey}`)
        if (lang !== undefined && !request.headers.has('accept-language')) request.headers.set('accept-language', lang)
        return request
      },
    })
  }
  return client
}

/** The URLs of a response's RFC 8288 `Link` header, by relation (`next`, `prev`). */
export function linksOf(response: Response): Record<string, string> {
  const links: Record<string, string> = {}
  for (const part of (response.headers.get('link') ?? '').split(/,(?=\s*<)/)) {
    const match = /^\s*<([^>]*)>\s*;\s*rel="?([^";]+)"?/.exec(part)
    if (match) links[match[2]!] = match[1]!
  }
  return links
}

/**
 * Verifies a webhook delivery per Standard Webhooks: a `v1` signature of
 * `{webhook-id}.{webhook-timestamp}.{body}` with the subscription's `whsec_`
 * secret, and a timestamp within `toleranceSeconds` of now. Pass the raw body,
 * exactly as received. Uses Web Crypto, so it runs in Node.js, Deno, Bun,
 * browsers and edge workers.
 */
export async function verifyWebhook(
  secret: string,
  headers: { get(name: string): string | null } | Record<string, string | string[] | undefined>,
  body: string,
  toleranceSeconds = 300,
): Promise<boolean> {
  const header = (name: string) => {
    const value = typeof headers.get === 'function' ? (headers as { get(name: string): string | null }).get(name) : (headers as Record<string, unknown>)[name]
    return typeof value === 'string' ? value : Array.isArray(value) ? String(value[0]) : undefined
  }
  const id = header('webhook-id')
  const timestamp = header('webhook-timestamp')
  const signatures = header('webhook-signature')
  if (!id || !timestamp || !signatures || !/^\d+$/.test(timestamp)) return false
  if (Math.abs(Date.now() / 1000 - Number(timestamp)) > toleranceSeconds) return false
  const key = await crypto.subtle.importKey('raw', base64(secret.replace(/^whsec_/, '')), { name: 'HMAC', hash: 'SHA-256' }, false, ['verify'])
  const signed = new TextEncoder().encode(`${id}.${timestamp}.${body}`)
  for (const signature of signatures.split(' ')) {
    const [version, value] = signature.split(',', 2)
    // crypto.subtle.verify compares in constant time.
    if (version === 'v1' && value && (await crypto.subtle.verify('HMAC', key, base64(value), signed))) return true
  }
  return false
}

function base64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}
