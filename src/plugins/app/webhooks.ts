import { lookup as dnsLookup, type LookupAddress } from 'node:dns'
import http from 'node:http'
import https from 'node:https'
import type { LookupFunction } from 'node:net'
import fp from 'fastify-plugin'
import { isPublicAddress, retryAfterMs, retryDelayMs, signWebhook, webhookEventType, webhookMessageId, webhookUrlProblem } from '../../domain/webhooks.js'
import { type AttemptOutcome, claimDue, type DueDelivery, nextDue, recordAttempt } from '../../repositories/webhooks.js'
import { API_VERSION } from '../external/openapi.js'

export interface WebhookOptions {
  /** Let URLs name loopback and private addresses, over http too (tests and local development). */
  allowPrivateUrls: boolean
  retryBaseMs: number
  maxAttempts: number
  timeoutMs: number
}

/** Deliveries claimed at a time; each batch is sent concurrently. */
const BATCH = 20
/** Without anything due, the outbox is looked at this often anyway (a notification lost, another instance's retry). */
const IDLE_MS = 30_000

/** A lookup that refuses names resolving to any address off the public internet, so a URL cannot be aimed inside. */
export const publicLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error) return callback(error, '', 0)
    const inside = addresses.find((a) => !isPublicAddress(a.address))
    if (inside) return callback(new Error(`${hostname} resolves to ${inside.address}, which is not a public address`), '', 0)
    if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses)
    return callback(null, addresses[0]!.address, addresses[0]!.family)
  })
}

/** Whether a URL's host resolves to public addresses only: the problem, or undefined. */
export async function resolvesPublicly(url: string): Promise<string | undefined> {
  const { hostname } = new URL(url)
  return new Promise((resolve) => {
    publicLookup(hostname.replace(/^\[|\]$/g, ''), { all: true }, (error) => {
      resolve(error ? (error.message.includes('public') ? error.message : `${hostname} does not resolve`) : undefined)
    })
  })
}

interface Answer {
  status: number
  retryAfter?: string
}

/** POSTs one attempt; resolves with the receiver's status (redirects are not followed), rejects when it does not answer. */
function post(url: string, body: string, headers: Record<string, string>, options: WebhookOptions): Promise<Answer> {
  const problem = webhookUrlProblem(url, options.allowPrivateUrls)
  if (problem) return Promise.reject(new Error(`The URL ${problem}.`))
  const target = new URL(url)
  const transport = target.protocol === 'https:' ? https : http
  return new Promise((resolve, reject) => {
    const request = transport.request(
      target,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': Buffer.byteLength(body) },
        signal: AbortSignal.timeout(options.timeoutMs),
        ...(options.allowPrivateUrls ? {} : { lookup: publicLookup }),
      },
      (response) => {
        // The body is not read for anything: take it so the connection closes cleanly.
        response.resume()
        const retryAfter = response.headers['retry-after']
        resolve({ status: response.statusCode ?? 0, ...(retryAfter ? { retryAfter } : {}) })
      },
    )
    request.on('error', (error) => {
      reject(error.name === 'AbortError' || error.name === 'TimeoutError' ? new Error(`no answer within ${options.timeoutMs} ms`) : error)
    })
    request.end(body)
  })
}

/**
 * The webhook worker: drains the outbox, each attempt claimed with FOR
 * UPDATE SKIP LOCKED and a lease so any number of instances share the work
 * and no attempt is made twice. It wakes when the snapshot takes in a change
 * (the notification every write sends), when the next retry falls due, and
 * every 30 s regardless. A delivery answered 2xx is done; another answer, or
 * none, is retried after a doubling delay (or the receiver's Retry-After)
 * with the same webhook-id, until its attempts run out: then it fails and
 * its subscription is disabled, saying why. A 410 Gone disables it at once.
 */
export default fp<WebhookOptions>(
  async (fastify, options) => {
    const leaseMs = options.timeoutMs + 30_000
    let running: Promise<void> | undefined
    let again = false
    let stopped = true
    let timer: NodeJS.Timeout | undefined

    const decide = (delivery: DueDelivery, answer: Answer | undefined, error: string): AttemptOutcome => {
      const status = answer?.status ?? null
      if (status !== null && status >= 200 && status < 300) return { kind: 'delivered', status }
      const what = status === null ? error : `HTTP ${status}`
      if (status === 410) {
        return { kind: 'give_up', status, error: what, reason: `The receiver answered 410 Gone on ${new Date().toISOString()}: it wants no more deliveries.` }
      }
      if (delivery.attempt >= options.maxAttempts) {
        const reason = `Delivery ${webhookMessageId(delivery.id)} (change ${delivery.change.id}) failed all ${delivery.attempt} attempts; the last: ${what}.`
        return { kind: 'give_up', status, error: what, reason }
      }
      const delayMs = Math.max(retryDelayMs(delivery.attempt, options.retryBaseMs), retryAfterMs(answer?.retryAfter) ?? 0)
      return { kind: 'retry', status, error: what, delayMs }
    }

    const attempt = async (delivery: DueDelivery) => {
      const { change } = delivery
      const body = JSON.stringify({ type: webhookEventType(change.resource, change.action), timestamp: change.at, data: change })
      const id = webhookMessageId(delivery.id)
      const timestamp = Math.floor(Date.now() / 1000)
      const headers = {
        'content-type': 'application/json',
        'user-agent': `Regionkollen-Webhooks/${API_VERSION}`,
        'webhook-id': id,
        'webhook-timestamp': String(timestamp),
        'webhook-signature': signWebhook(delivery.secret, id, timestamp, body),
      }
      let answer: Answer | undefined
      let error = ''
      try {
        answer = await post(delivery.url, body, headers, options)
      } catch (cause) {
        error = (cause as Error).message
      }
      const outcome = decide(delivery, answer, error)
      await recordAttempt(fastify.prisma, delivery, outcome)
      fastify.log[outcome.kind === 'delivered' ? 'debug' : 'warn'](
        { webhookId: id, attempt: delivery.attempt, outcome: outcome.kind, status: answer?.status, error: error || undefined },
        'Webhook attempt',
      )
    }

    const schedule = (at: Date | undefined) => {
      clearTimeout(timer)
      if (stopped) return
      const delay = at === undefined ? IDLE_MS : Math.min(IDLE_MS, Math.max(20, at.getTime() - Date.now()))
      timer = setTimeout(wake, delay)
      timer.unref()
    }

    const drain = async () => {
      for (;;) {
        if (stopped) return
        const due = await claimDue(fastify.prisma, BATCH, leaseMs)
        if (due.length === 0) break
        await Promise.all(due.map(attempt))
      }
      schedule(await nextDue(fastify.prisma))
    }

    function wake() {
      if (stopped) return
      if (running) {
        again = true
        return
      }
      running = drain()
        .catch((error: unknown) => {
          fastify.log.warn({ err: error }, 'The webhook worker could not read the outbox; trying again in 5 s')
          schedule(new Date(Date.now() + 5000))
        })
        .finally(() => {
          running = undefined
          if (again) {
            again = false
            wake()
          }
        })
    }

    fastify.snapshot.onUpdate(() => wake())
    fastify.addHook('onReady', async () => {
      stopped = false
      wake()
    })
    // Attempts under way finish (they are bounded by the timeout); nothing new starts.
    fastify.addHook('preClose', async () => {
      stopped = true
      clearTimeout(timer)
      await running
    })
  },
  { name: 'webhooks', dependencies: ['prisma', 'snapshot'] },
)
