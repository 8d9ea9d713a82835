// Behind a reverse proxy: TRUST_PROXY names the proxies (or how many stand in front), never
// every client; /metrics is decided on the connection, and behind a proxy needs METRICS_TOKEN.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import supertest from 'supertest'
import { build } from '../helpers/build.js'

const forged = '127.0.0.1, 203.0.113.9'

test('TRUST_PROXY as the README says (a proxy on this machine, its address in compose, a number of hops): a forged chain gets no metrics', async (t) => {
  for (const setting of ['127.0.0.1', '10.77.44.10', '1', '127.0.0.1/8,10.77.44.0/24']) {
    const app = await build(t, { settings: { TRUST_PROXY: setting } })
    const api = supertest(app.server)
    const response = await api.get('/metrics').set('x-forwarded-for', forged).set('origin', 'https://example.org')
    assert.equal(response.status, 404, `TRUST_PROXY=${setting}`)
    assert.doesNotMatch(response.text, /http_request_duration/)
    assert.equal(response.headers['access-control-allow-origin'], undefined, 'no CORS on /metrics')
    // Behind a proxy, what reaches the service from this machine may be anyone's request: the token is needed.
    assert.equal((await api.get('/metrics')).status, 404, `TRUST_PROXY=${setting}, no header`)
    assert.match((await api.get('/metrics')).body.detail, /METRICS_TOKEN/)
  }

  const token = 'scraper-token-0123456789'
  const guarded = await build(t, { settings: { TRUST_PROXY: '127.0.0.1', METRICS_TOKEN: token } })
  const api = supertest(guarded.server)
  await api.get('/metrics').set('x-forwarded-for', forged).expect(401)
  const scraped = await api.get('/metrics').set('x-forwarded-for', forged).set('authorization', `Bearer ${token}`).set('origin', 'https://example.org').expect(200)
  assert.match(scraped.text, /database_up 1/)
  assert.equal(scraped.headers['access-control-allow-origin'], undefined)
})

test('without TRUST_PROXY, a forwarded request from this machine gets no metrics either; reads keep CORS', async (t) => {
  const app = await build(t)
  const api = supertest(app.server)
  await api.get('/metrics').set('x-forwarded-for', forged).expect(404)
  await api.get('/metrics').set('forwarded', 'for=203.0.113.9').expect(404)
  const local = await api.get('/metrics').set('origin', 'https://example.org').expect(200)
  assert.equal(local.headers['access-control-allow-origin'], undefined)
  const read = await api.get('/v1/regions').set('origin', 'https://example.org').expect(200)
  assert.equal(read.headers['access-control-allow-origin'], '*')
})

test('the client address is the one the trusted chain names: a client cannot choose it', async (t) => {
  const settings = { TRUST_PROXY: '127.0.0.1', RATE_LIMIT_READS_PER_MINUTE: 2 }
  const app = await build(t, { settings })
  const api = supertest(app.server)
  // Through the proxy on 127.0.0.1, the client is the last address it added, whatever the client put before it.
  const from = (chain: string) => api.get('/v1/conditions').set('x-forwarded-for', chain)
  await from('198.51.100.1, 203.0.113.9').expect(200)
  await from('198.51.100.2, 203.0.113.9').expect(200)
  await from('198.51.100.3, 203.0.113.9').expect(429)
  await from('203.0.113.10').expect(200)

  // A number of hops: the one proxy in front adds the client's address last.
  const hops = await build(t, { settings: { ...settings, TRUST_PROXY: '1' } })
  const viaHop = (chain: string) => supertest(hops.server).get('/v1/conditions').set('x-forwarded-for', chain)
  await viaHop('1.1.1.1, 203.0.113.9').expect(200)
  await viaHop('2.2.2.2, 203.0.113.9').expect(200)
  await viaHop('3.3.3.3, 203.0.113.9').expect(429)
})
