import assert from 'node:assert/strict'
import { test } from 'node:test'
import { isPublicAddress, retryAfterMs, retryDelayMs, webhookEventType, webhookUrlProblem } from '../../src/domain/webhooks.js'

test('only public addresses are public', () => {
  for (const address of ['93.184.216.34', '8.8.8.8', '::ffff:8.8.8.8', '2606:2800:220:1:248:1893:25c8:1946', '2a00:1450:4001::1']) {
    assert.ok(isPublicAddress(address), address)
  }
  for (const address of [
    '127.0.0.1', '10.0.0.1', '172.16.5.4', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1', '255.255.255.255',
    '::1', '::', 'fe80::1', 'fc00::1', 'fd12:3456::1', '::ffff:127.0.0.1', '::ffff:10.1.1.1', '::ffff:7f00:1', 'not-an-address',
  ]) {
    assert.ok(!isPublicAddress(address), address)
  }
})

test('URLs are checked before any lookup: https, no credentials, no private address or bare host name', () => {
  assert.equal(webhookUrlProblem('https://example.org/hook', false), undefined)
  assert.equal(webhookUrlProblem('https://93.184.216.34/hook', false), undefined)
  assert.match(webhookUrlProblem('http://example.org/hook', false)!, /https/)
  assert.equal(webhookUrlProblem('http://127.0.0.1:8080/hook', true), undefined, 'allowed for tests and local development')
  assert.match(webhookUrlProblem('https://[fd00::1]/hook', false)!, /not a public address/)
  assert.match(webhookUrlProblem('https://a.localhost/hook', false)!, /not a public host name/)
})

test('retries wait twice as long each time, at most 6 hours, and respect Retry-After', () => {
  const half = () => 0.5
  assert.deepEqual([1, 2, 3, 4].map((attempt) => retryDelayMs(attempt, 10_000, half)), [10_000, 20_000, 40_000, 80_000])
  assert.equal(retryDelayMs(40, 10_000, half), 6 * 3600_000)
  assert.equal(retryDelayMs(1, 10_000, () => 0), 8000)
  assert.equal(retryDelayMs(1, 10_000, () => 1), 12_000)
  assert.equal(retryAfterMs('120'), 120_000)
  assert.equal(retryAfterMs(new Date(Date.UTC(2026, 0, 1, 0, 1)).toUTCString(), Date.UTC(2026, 0, 1)), 60_000)
  assert.equal(retryAfterMs('soon'), undefined)
  assert.equal(webhookEventType('referral-rules', 'retire'), 'referral_rules.retired')
})

test('the typed client verifies what the server signs, and nothing else', async () => {
  const { verifyWebhook } = await import('../../clients/typescript/src/index.js')
  const { newWebhookSecret, signWebhook } = await import('../../src/domain/webhooks.js')
  const secret = newWebhookSecret()
  const body = '{"type":"fees.updated"}'
  const now = Math.floor(Date.now() / 1000)
  const headers = (timestamp: number, payload = body) => ({
    'webhook-id': 'msg_1', 'webhook-timestamp': String(timestamp), 'webhook-signature': `v1a,xyz ${signWebhook(secret, 'msg_1', timestamp, payload)}`,
  })
  assert.equal(await verifyWebhook(secret, headers(now), body), true)
  assert.equal(await verifyWebhook(secret, new Headers(headers(now)), body), true)
  assert.equal(await verifyWebhook(secret, headers(now), `${body} `), false, 'a changed body')
  assert.equal(await verifyWebhook(secret, headers(now - 3600), body), false, 'an old timestamp')
  assert.equal(await verifyWebhook(newWebhookSecret(), headers(now), body), false, 'another secret')
})
