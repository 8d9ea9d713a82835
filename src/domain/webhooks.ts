import { createHmac, randomBytes } from 'node:crypto'
import { BlockList, isIP } from 'node:net'

/**
 * Standard Webhooks (https://www.standardwebhooks.com): a symmetric secret is
 * `whsec_` and base64 of at least 24 random bytes; each attempt carries
 * `webhook-id` (the same on every retry), `webhook-timestamp` (the attempt's
 * Unix time in seconds) and `webhook-signature`: `v1,` and the base64
 * HMAC-SHA256 of `{id}.{timestamp}.{body}` keyed with the secret's bytes.
 */
export const SECRET_PREFIX = 'whsec_'

export const newWebhookSecret = () => `${SECRET_PREFIX}${randomBytes(32).toString('base64')}`

export function signWebhook(secret: string, id: string, timestamp: number, body: string): string {
  const key = Buffer.from(secret.slice(SECRET_PREFIX.length), 'base64')
  return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')}`
}

/** A message id without full stops (they delimit the signed content): `msg_` and the delivery's UUID without dashes. */
export const webhookMessageId = (deliveryId: string) => `msg_${deliveryId.replaceAll('-', '')}`

const pastTense = { create: 'created', update: 'updated', retire: 'retired' } as const

/** The event type, full-stop delimited from `[a-z0-9_]` parts: `referral_rules.updated`. */
export const webhookEventType = (resource: string, action: keyof typeof pastTense) => `${resource.replaceAll('-', '_')}.${pastTense[action]}`

const MAX_DELAY_MS = 6 * 60 * 60_000

/** How long to wait after the `attempt`-th failed attempt: doubling from `baseMs`, at most 6 hours, with ±20 % jitter. */
export function retryDelayMs(attempt: number, baseMs: number, random: () => number = Math.random): number {
  const delay = Math.min(MAX_DELAY_MS, baseMs * 2 ** Math.max(0, attempt - 1))
  return Math.round(delay * (0.8 + 0.4 * random()))
}

/** A receiver's Retry-After (seconds, or an HTTP date) in milliseconds from `now`; undefined when absent or unreadable. */
export function retryAfterMs(header: string | undefined, now = Date.now()): number | undefined {
  if (header === undefined) return undefined
  if (/^\s*\d+\s*$/.test(header)) return Math.min(MAX_DELAY_MS, Number(header) * 1000)
  const at = Date.parse(header)
  return Number.isNaN(at) ? undefined : Math.min(MAX_DELAY_MS, Math.max(0, at - now))
}

/** Addresses that are not on the public internet: loopback, private, link-local, shared, reserved, multicast. */
const nonPublicV4 = [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.0.0.0', 24],
  ['192.0.2.0', 24], ['192.88.99.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24], ['203.0.113.0', 24], ['224.0.0.0', 3],
] as const
const nonPublicV6 = [
  ['::', 127], ['64:ff9b::', 96], ['64:ff9b:1::', 48], ['100::', 64], ['2001::', 23], ['2001:db8::', 32], ['2002::', 16],
  ['fc00::', 7], ['fe80::', 10], ['fec0::', 10], ['ff00::', 8],
] as const
// Two lists: node matches IPv4 addresses against IPv6 rules covering ::ffff:0:0/96 too.
const v4 = new BlockList()
for (const [network, prefix] of nonPublicV4) v4.addSubnet(network, prefix, 'ipv4')
const v6 = new BlockList()
for (const [network, prefix] of nonPublicV6) v6.addSubnet(network, prefix, 'ipv6')
// An IPv4 address written as IPv6 (::ffff:10.0.0.1, or ::ffff:a00:1 as URLs normalise it) is judged as the IPv4 address.
for (const [network, prefix] of nonPublicV4) v6.addSubnet(`::ffff:${network}`, 96 + prefix, 'ipv6')

export function isPublicAddress(address: string): boolean {
  const family = isIP(address)
  if (family === 0) return false
  return family === 4 ? !v4.check(address, 'ipv4') : !v6.check(address, 'ipv6')
}

/**
 * What is wrong with a webhook URL before any name is looked up: it must be
 * https (http too where private URLs are allowed), carry no credentials, and
 * name no address off the public internet. Undefined when it is fine so far.
 */
export function webhookUrlProblem(url: string, allowPrivate: boolean): string | undefined {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return 'is not a URL'
  }
  if (parsed.protocol !== 'https:' && !(allowPrivate && parsed.protocol === 'http:')) return 'must be an https URL'
  if (parsed.username || parsed.password) return 'must not carry a user name or password; the signature says who is calling'
  if (allowPrivate) return undefined
  const host = parsed.hostname.replace(/^\[|\]$/g, '')
  if (isIP(host) && !isPublicAddress(host)) return `names ${host}, which is not a public address`
  if (!isIP(host) && (host === 'localhost' || host.endsWith('.localhost') || !host.includes('.'))) return `names ${host}, which is not a public host name`
  return undefined
}
