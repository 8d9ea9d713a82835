import underPressure from '@fastify/under-pressure'
import fp from 'fastify-plugin'
import { unavailable } from '../../domain/errors.js'

export interface PressureOptions {
  maxEventLoopDelayMs: number
  maxHeapUsedBytes: number
}

const RETRY_AFTER_SECONDS = 10

/** Overload is answered with a problem and Retry-After, not suffered. */
export default fp<PressureOptions>(
  async (fastify, options) => {
    await fastify.register(underPressure, {
      maxEventLoopDelay: options.maxEventLoopDelayMs,
      maxHeapUsedBytes: options.maxHeapUsedBytes,
      retryAfter: RETRY_AFTER_SECONDS,
      pressureHandler: (_request, _reply, type) => {
        throw unavailable(`The service is overloaded (${type}); retry shortly.`, RETRY_AFTER_SECONDS, 'overloaded')
      },
    })
  },
  { name: 'pressure', dependencies: ['errors'] },
)
