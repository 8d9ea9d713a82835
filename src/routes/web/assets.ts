import path from 'node:path'
import fastifyStatic from '@fastify/static'
import type { FastifyPluginAsync } from 'fastify'

/** The pages' stylesheet, script and icon, from `public/`: served here, never from a CDN, revalidated by ETag. */
const assets: FastifyPluginAsync = async (fastify) => {
  await fastify.register(fastifyStatic, {
    root: path.resolve(import.meta.dirname, '../../../public'),
    prefix: '/assets/',
    decorateReply: false,
    index: false,
    maxAge: '10m',
    etag: true,
    lastModified: true,
    // Only the files that are there at start get routes; anything else is the usual 404.
    wildcard: false,
    schemaHide: true,
  })
}

export default assets
