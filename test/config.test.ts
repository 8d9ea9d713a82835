import assert from 'node:assert/strict'
import path from 'node:path'
import { test } from 'node:test'
import { ConfigError, loadConfig } from '../src/config.js'

test('defaults need no environment at all', () => {
  const config = loadConfig({})
  assert.equal(config.PORT, 3000)
  assert.equal(config.DATABASE_URL, undefined)
  assert.equal(config.DATA_DIR, path.resolve('.data'))
  assert.equal(config.LOG_LEVEL, 'info')
})

test('a bad value stops the start with a message naming the variable', () => {
  assert.throws(() => loadConfig({ PORT: 'eighty' }), (error: Error) => error instanceof ConfigError && /PORT/.test(error.message))
  assert.throws(() => loadConfig({ DATABASE_URL: 'mysql://x' }), /DATABASE_URL: must be a postgres/)
  assert.throws(() => loadConfig({ LOG_LEVEL: 'loud' }), /LOG_LEVEL/)
})

test('values are parsed', () => {
  const config = loadConfig({ PORT: '8080', DATABASE_URL: 'postgresql://u:p@db:5432/x', LOG_LEVEL: 'debug', DATA_DIR: '/var/tmp/rk' })
  assert.equal(config.PORT, 8080)
  assert.equal(config.DATABASE_URL, 'postgresql://u:p@db:5432/x')
  assert.equal(config.DATA_DIR, '/var/tmp/rk')
})

test('TRUST_PROXY: the proxies\' addresses or CIDRs, or a number of hops; never true', () => {
  assert.equal(loadConfig({}).TRUST_PROXY, false)
  assert.deepEqual(loadConfig({ TRUST_PROXY: '10.77.44.10' }).TRUST_PROXY, ['10.77.44.10'])
  const listed = loadConfig({ TRUST_PROXY: '10.0.0.5, 10.1.0.0/16,::1,fd00::/8,loopback' }).TRUST_PROXY
  assert.deepEqual(listed, ['10.0.0.5', '10.1.0.0/16', '::1', 'fd00::/8', 'loopback'])
  assert.equal(loadConfig({ TRUST_PROXY: '2' }).TRUST_PROXY, 2)
  assert.throws(
    () => loadConfig({ TRUST_PROXY: 'true' }),
    (error: Error) => error instanceof ConfigError && /TRUST_PROXY: true would believe any client's own X-Forwarded-For; set the proxies'/.test(error.message),
  )
  assert.throws(() => loadConfig({ TRUST_PROXY: 'proxy.example.org' }), /TRUST_PROXY: "proxy.example.org" is not an IP address or CIDR/)
  assert.throws(() => loadConfig({ TRUST_PROXY: '10.0.0.0/33' }), /TRUST_PROXY/)
  assert.throws(() => loadConfig({ TRUST_PROXY: '0' }), /TRUST_PROXY: a number of proxies must be 1 to 10/)
})
