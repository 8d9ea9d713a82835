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
