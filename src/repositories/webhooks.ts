import type { Db, PrismaClient, TransactionClient } from '../db/client.js'
import { newWebhookSecret, webhookEventType, webhookMessageId } from '../domain/webhooks.js'
import type { WebhookDeliveryStatus } from '../generated/prisma/enums.js'
import { type ChangeItem, changeItemOf } from './changes.js'

type SubscriptionRow = {
  id: string
  url: string
  resources: string[]
  description: string | null
  enabled: boolean
  disabledReason: string | null
  createdBy: string
  createdAt: Date
  updatedAt: Date
}

const shown = (row: SubscriptionRow) => ({
  id: row.id,
  url: row.url,
  resources: row.resources,
  description: row.description,
  enabled: row.enabled,
  disabledReason: row.disabledReason,
  createdBy: row.createdBy,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
})
export type Subscription = ReturnType<typeof shown>

const live = { deletedAt: null }

/** Subscribes a URL; the answer carries the signing secret, the only time it is shown. */
export async function createSubscription(db: Db, input: { url: string; resources: string[]; description: string | null }, by: string) {
  const secret = newWebhookSecret()
  const row = await db.webhookSubscription.create({ data: { ...input, secret, createdBy: by } })
  return { ...shown(row), secret }
}

export async function listSubscriptions(db: Db): Promise<Subscription[]> {
  return (await db.webhookSubscription.findMany({ where: live, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] })).map(shown)
}

export async function findSubscription(db: Db, id: string): Promise<Subscription | undefined> {
  const row = await db.webhookSubscription.findFirst({ where: { id, ...live } })
  return row ? shown(row) : undefined
}

/** Changes a subscription; enabling it again clears why it was disabled. Undefined when there is none. */
export async function updateSubscription(
  db: Db,
  id: string,
  patch: { url?: string; resources?: string[]; description?: string | null; enabled?: boolean },
): Promise<Subscription | undefined> {
  const changed = await db.webhookSubscription.updateMany({
    where: { id, ...live },
    data: { ...patch, ...(patch.enabled === true ? { disabledReason: null } : {}), updatedAt: new Date() },
  })
  return changed.count === 0 ? undefined : findSubscription(db, id)
}

/** Unsubscribes: nothing more is sent; the subscription and its deliveries stay, marked. */
export async function deleteSubscription(db: Db, id: string): Promise<boolean> {
  const changed = await db.webhookSubscription.updateMany({ where: { id, ...live }, data: { deletedAt: new Date(), enabled: false, updatedAt: new Date() } })
  return changed.count > 0
}

/** A subscription's deliveries, newest change first. */
export async function listDeliveries(db: Db, subscriptionId: string, status?: WebhookDeliveryStatus) {
  const rows = await db.webhookDelivery.findMany({
    where: { subscriptionId, ...(status ? { status } : {}) },
    orderBy: [{ changeId: 'desc' }],
    include: { change: { select: { resource: true, action: true } } },
  })
  return rows.map((row) => ({
    id: webhookMessageId(row.id),
    changeId: row.changeId.toString(),
    type: webhookEventType(row.change.resource, row.change.action),
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.status === 'pending' ? row.nextAttemptAt.toISOString() : null,
    lastAttemptAt: row.lastAttemptAt?.toISOString() ?? null,
    lastStatus: row.lastStatus,
    lastError: row.lastError,
    deliveredAt: row.deliveredAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  }))
}

/**
 * The outbox: one delivery per enabled subscription that follows the
 * change's resource, written in the change's own transaction, so a change is
 * delivered exactly when it commits.
 */
export async function enqueueDeliveries(tx: TransactionClient, change: { id: bigint; resource: string }) {
  await tx.$executeRaw`INSERT INTO webhook_deliveries (subscription_id, change_id)
    SELECT id, ${change.id} FROM webhook_subscriptions
    WHERE enabled AND deleted_at IS NULL AND (cardinality(resources) = 0 OR ${change.resource} = ANY(resources))`
}

/** One attempt to make: what to send, where, and with which secret. */
export interface DueDelivery {
  id: string
  subscriptionId: string
  url: string
  secret: string
  /** This attempt's number (1 for the first). */
  attempt: number
  change: ChangeItem
}

/**
 * Claims up to `limit` deliveries that are due, for `leaseMs`: each claimed
 * row is locked with SKIP LOCKED and leased in the same statement, so two
 * instances never make the same attempt; a lease that runs out (an instance
 * died mid-attempt) lets another instance make the next one.
 */
export async function claimDue(prisma: PrismaClient, limit: number, leaseMs: number): Promise<DueDelivery[]> {
  const claimed = await prisma.$queryRaw<{ id: string; subscription_id: string; change_id: bigint; attempts: number }[]>`
    UPDATE webhook_deliveries d
    SET attempts = d.attempts + 1, locked_until = now() + make_interval(secs => ${leaseMs / 1000}), last_attempt_at = now()
    WHERE d.id IN (
      SELECT due.id FROM webhook_deliveries due
      JOIN webhook_subscriptions s ON s.id = due.subscription_id
      WHERE due.status = 'pending' AND due.next_attempt_at <= now() AND (due.locked_until IS NULL OR due.locked_until < now())
        AND s.enabled AND s.deleted_at IS NULL
      ORDER BY due.next_attempt_at, due.change_id
      LIMIT ${limit}
      FOR UPDATE OF due SKIP LOCKED
    )
    RETURNING d.id::text AS id, d.subscription_id::text AS subscription_id, d.change_id, d.attempts`
  if (claimed.length === 0) return []
  const [subscriptions, changes] = await Promise.all([
    prisma.webhookSubscription.findMany({ where: { id: { in: [...new Set(claimed.map((c) => c.subscription_id))] } } }),
    prisma.change.findMany({ where: { id: { in: claimed.map((c) => c.change_id) } } }),
  ])
  const subscriptionById = new Map(subscriptions.map((s) => [s.id, s]))
  const changeById = new Map(changes.map((c) => [c.id, changeItemOf(c)]))
  return claimed.map((row) => {
    const subscription = subscriptionById.get(row.subscription_id)!
    return {
      id: row.id,
      subscriptionId: row.subscription_id,
      url: subscription.url,
      secret: subscription.secret,
      attempt: row.attempts,
      change: changeById.get(row.change_id)!,
    }
  })
}

/** How an attempt went, as the worker decided it. */
export type AttemptOutcome =
  | { kind: 'delivered'; status: number }
  | { kind: 'retry'; status: number | null; error: string; delayMs: number }
  /** Given up: the delivery fails and its subscription is disabled with the reason. */
  | { kind: 'give_up'; status: number | null; error: string; reason: string }

export async function recordAttempt(prisma: PrismaClient, delivery: DueDelivery, outcome: AttemptOutcome): Promise<void> {
  if (outcome.kind === 'delivered') {
    await prisma.webhookDelivery.update({
      where: { id: delivery.id },
      data: { status: 'delivered', deliveredAt: new Date(), lastStatus: outcome.status, lastError: null, lockedUntil: null },
    })
    return
  }
  if (outcome.kind === 'retry') {
    await prisma.webhookDelivery.update({
      where: { id: delivery.id },
      data: { lastStatus: outcome.status, lastError: outcome.error, lockedUntil: null, nextAttemptAt: new Date(Date.now() + outcome.delayMs) },
    })
    return
  }
  await prisma.$transaction([
    prisma.webhookDelivery.update({
      where: { id: delivery.id },
      data: { status: 'failed', lastStatus: outcome.status, lastError: outcome.error, lockedUntil: null },
    }),
    prisma.webhookSubscription.update({
      where: { id: delivery.subscriptionId },
      data: { enabled: false, disabledReason: outcome.reason, updatedAt: new Date() },
    }),
  ])
}

/** When the next delivery falls due (undefined: none pending). */
export async function nextDue(prisma: PrismaClient): Promise<Date | undefined> {
  const [row] = await prisma.$queryRaw<{ at: Date | null }[]>`
    SELECT min(greatest(d.next_attempt_at, coalesce(d.locked_until, d.next_attempt_at))) AS at
    FROM webhook_deliveries d JOIN webhook_subscriptions s ON s.id = d.subscription_id
    WHERE d.status = 'pending' AND s.enabled AND s.deleted_at IS NULL`
  return row?.at ?? undefined
}
