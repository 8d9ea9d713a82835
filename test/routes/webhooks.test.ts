import assert from 'node:assert/strict'
import { createHmac, timingSafeEqual } from 'node:crypto'
import { test } from 'node:test'
import supertest from 'supertest'
import type { App } from '../../src/app.js'
import { build } from '../helpers/build.js'
import { testDatabase } from '../helpers/database.js'
import { keys } from '../helpers/keys.js'
import { type Received, receiver } from '../helpers/receiver.js'

type Json = Record<string, any>
const FEE = '/v1/fees/vgr-smarthjalpen-specialist-visit-fee'
const local = { WEBHOOKS_ALLOW_PRIVATE_URLS: 'true', WEBHOOKS_RETRY_BASE_MS: 100 }

/** Verifies a delivery as a receiver would, per Standard Webhooks, with nothing of the server's code. */
function verify(delivery: Received, secret: string) {
  const id = String(delivery.headers['webhook-id'])
  const timestamp = String(delivery.headers['webhook-timestamp'])
  assert.match(id, /^msg_[0-9a-f]{32}$/)
  assert.match(timestamp, /^\d+$/)
  assert.ok(Math.abs(Date.now() / 1000 - Number(timestamp)) < 60, 'the timestamp is the attempt\'s')
  assert.match(secret, /^whsec_/)
  const key = Buffer.from(secret.slice('whsec_'.length), 'base64')
  assert.ok(key.length >= 24)
  const expected = createHmac('sha256', key).update(`${id}.${timestamp}.${delivery.body}`).digest()
  const signatures = String(delivery.headers['webhook-signature']).split(' ')
  assert.ok(
    signatures.some((s) => s.startsWith('v1,') && timingSafeEqual(Buffer.from(s.slice(3), 'base64'), expected)),
    `a v1 signature matches: ${delivery.headers['webhook-signature']}`,
  )
  return { id, body: JSON.parse(delivery.body) as Json }
}

async function editNotes(api: supertest.Agent, key: Record<string, string>, notes: string) {
  const read = await api.get(FEE).set('accept-encoding', 'identity').expect(200)
  await api.patch(FEE).set(key).set('if-match', read.headers.etag!).send({ notes: { sv: notes, en: notes } }).expect(200)
}

async function until<T>(what: string, check: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

const deliveriesOf = async (app: App, admin: Record<string, string>, id: string) =>
  (await supertest(app.server).get(`/v1/webhooks/${id}/deliveries`).set(admin).expect(200)).body.items as Json[]

test('a subscribed receiver gets a signed delivery for a write; its first 503 is retried with the same webhook-id', async (t) => {
  const app = await build(t, { settings: local })
  const api = supertest(app.server)
  const key = await keys(app)
  const hook = await receiver(t, [503])
  const created = await api.post('/v1/webhooks').set(key.admin).send({ url: hook.url, resources: ['fees'], description: 'test' }).expect(201)
  assert.equal(created.headers.location, `/v1/webhooks/${created.body.id}`)
  assert.equal(created.headers['cache-control'], 'no-store')
  const { secret } = created.body
  await editNotes(api, key.editor, 'delivered by webhook')
  const [first, second] = await hook.waitFor(2)
  const a = verify(first!, secret)
  const b = verify(second!, secret)
  assert.equal(a.id, b.id, 'the retry has the same webhook-id')
  assert.ok(second!.at - first!.at >= 70, 'the retry waited')
  assert.deepEqual(a.body, b.body, 'and the same body')
  assert.equal(a.body.type, 'fees.updated')
  assert.equal(a.body.data.recordId, 'vgr-smarthjalpen-specialist-visit-fee')
  assert.equal(a.body.data.after.notes.en, 'delivered by webhook')
  assert.equal(a.body.timestamp, a.body.data.at)
  const feed = await api.get(`/v1/changes?since=${BigInt(a.body.data.id) - 1n}&limit=1`).expect(200)
  assert.deepEqual(a.body.data, feed.body.items[0], 'the data is the change feed\'s entry')
  assert.equal(first!.headers['content-type'], 'application/json')

  const [delivery] = await until('the delivery marked delivered', async () => {
    const items = await deliveriesOf(app, key.admin, created.body.id)
    return items[0]?.status === 'delivered' ? items : undefined
  })
  assert.deepEqual([delivery!.id, delivery!.attempts, delivery!.lastStatus, delivery!.changeId, delivery!.type], [a.id, 2, 200, a.body.data.id, 'fees.updated'])
  // A change to a resource the subscription does not follow is not sent.
  const provider = await api.get('/v1/providers/vgr-smarthjalpen').expect(200)
  const notes = { sv: 'inte följd', en: 'not followed' }
  await api.patch('/v1/providers/vgr-smarthjalpen').set(key.editor).set('if-match', provider.headers.etag!).send({ notes }).expect(200)
  await new Promise((resolve) => setTimeout(resolve, 300))
  assert.equal(hook.received.length, 2)
  assert.equal((await deliveriesOf(app, key.admin, created.body.id)).length, 1)
})

test('the service restarts between attempts, and the delivery still arrives', async (t) => {
  const databaseUrl = await testDatabase(t)
  const settings = { ...local, WEBHOOKS_RETRY_BASE_MS: 1500 }
  const before = await build(t, { databaseUrl, settings })
  const key = await keys(before)
  const hook = await receiver(t, [503])
  const created = await supertest(before.server).post('/v1/webhooks').set(key.admin).send({ url: hook.url }).expect(201)
  await editNotes(supertest(before.server), key.editor, 'survives a restart')
  const [first] = await hook.waitFor(1)
  await until('the failed attempt recorded', async () => {
    const [delivery] = await deliveriesOf(before, key.admin, created.body.id)
    return delivery?.lastStatus === 503 ? delivery : undefined
  })
  await before.close()
  assert.equal(hook.received.length, 1, 'the retry was not made before the restart')

  const after = await build(t, { databaseUrl, settings })
  const [, second] = await hook.waitFor(2)
  assert.equal(verify(second!, created.body.secret).id, verify(first!, created.body.secret).id)
  const [delivery] = await until('the delivery marked delivered', async () => {
    const items = await deliveriesOf(after, key.admin, created.body.id)
    return items[0]?.status === 'delivered' ? items : undefined
  })
  assert.equal(delivery!.attempts, 2)
})

test('two instances share the outbox: every change is delivered once', async (t) => {
  const databaseUrl = await testDatabase(t)
  const one = await build(t, { databaseUrl, settings: local })
  await build(t, { databaseUrl, settings: local })
  const key = await keys(one)
  const hook = await receiver(t)
  await supertest(one.server).post('/v1/webhooks').set(key.admin).send({ url: hook.url }).expect(201)
  for (let i = 0; i < 8; i++) await editNotes(supertest(one.server), key.editor, `edit ${i}`)
  await hook.waitFor(8)
  await new Promise((resolve) => setTimeout(resolve, 500))
  const ids = hook.received.map((r) => String(r.headers['webhook-id']))
  assert.equal(ids.length, 8, `each change once: ${ids.join(', ')}`)
  assert.equal(new Set(ids).size, 8)
})

test('a subscription that keeps failing is disabled with the reason; 410 Gone disables it at once; enabling resumes it', async (t) => {
  const app = await build(t, { settings: { ...local, WEBHOOKS_MAX_ATTEMPTS: 2, WEBHOOKS_RETRY_BASE_MS: 50 } })
  const api = supertest(app.server)
  const key = await keys(app)
  const failing = await receiver(t, [], 500)
  const gone = await receiver(t, [410])
  const broken = (await api.post('/v1/webhooks').set(key.admin).send({ url: failing.url }).expect(201)).body
  const leaving = (await api.post('/v1/webhooks').set(key.admin).send({ url: gone.url }).expect(201)).body
  await editNotes(api, key.editor, 'nobody takes this')
  const disabled = await until('the failing subscription disabled', async () => {
    const { body } = await api.get(`/v1/webhooks/${broken.id}`).set(key.admin).expect(200)
    return body.enabled ? undefined : body
  })
  assert.match(disabled.disabledReason, /failed all 2 attempts; the last: HTTP 500\.$/)
  assert.equal(failing.received.length, 2)
  const [failed] = await deliveriesOf(app, key.admin, broken.id)
  assert.deepEqual([failed!.status, failed!.attempts, failed!.lastStatus, failed!.lastError], ['failed', 2, 500, 'HTTP 500'])
  const left = await until('the 410 subscription disabled', async () => {
    const { body } = await api.get(`/v1/webhooks/${leaving.id}`).set(key.admin).expect(200)
    return body.enabled ? undefined : body
  })
  assert.match(left.disabledReason, /410 Gone/)
  assert.equal(gone.received.length, 1)
  // Disabled, it is sent nothing; enabled again, it is.
  await editNotes(api, key.editor, 'while disabled')
  await new Promise((resolve) => setTimeout(resolve, 300))
  assert.equal(gone.received.length, 1)
  const resumed = await api.patch(`/v1/webhooks/${leaving.id}`).set(key.admin).send({ enabled: true }).expect(200)
  assert.deepEqual([resumed.body.enabled, resumed.body.disabledReason], [true, null])
  await editNotes(api, key.editor, 'enabled again')
  await gone.waitFor(2)
  // Unsubscribed, it is gone from the list; its record stays in the database.
  await api.delete(`/v1/webhooks/${leaving.id}`).set(key.admin).expect(204)
  await api.get(`/v1/webhooks/${leaving.id}`).set(key.admin).expect(404)
  assert.deepEqual((await api.get('/v1/webhooks').set(key.admin).expect(200)).body.items.map((w: Json) => w.id), [broken.id])
  assert.ok(!JSON.stringify((await api.get('/v1/webhooks').set(key.admin)).body).includes(broken.secret), 'secrets are never listed')
})

test('webhook URLs must be https and public, and only admins subscribe', async (t) => {
  const app = await build(t)
  const api = supertest(app.server)
  const key = await keys(app)
  for (const url of [
    'http://example.org/hook',
    'https://127.0.0.1/hook',
    'https://10.1.2.3/hook',
    'https://169.254.169.254/latest/meta-data',
    'https://[::1]/hook',
    'https://[::ffff:192.168.0.1]/hook',
    'https://[::ffff:7f00:1]/hook',
    'https://localhost/hook',
    'https://intranet/hook',
    'https://user:secret@example.org/hook',
    'ftp://example.org/hook',
  ]) {
    const refused = await api.post('/v1/webhooks').set(key.admin).send({ url })
    assert.equal(refused.status, 422, `${url}: ${JSON.stringify(refused.body)}`)
    assert.equal(refused.body.parameter, 'url')
    assert.equal(refused.body.type, 'https://regionkollen.se/problems/webhook-url-refused')
  }
  await api.post('/v1/webhooks').set(key.editor).send({ url: 'https://example.org/hook' }).expect(403)
  await api.post('/v1/webhooks').send({ url: 'https://example.org/hook' }).expect(401)
  await api.post('/v1/webhooks').set(key.admin).send({ url: 'https://example.org/hook', resources: ['secrets'] }).expect(400)
  await api.get('/v1/webhooks/not-a-uuid').set(key.admin).expect(400)
  await api.get('/v1/webhooks/00000000-0000-4000-8000-000000000000/deliveries').set(key.admin).expect(404)
})
