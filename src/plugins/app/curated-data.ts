import fp from 'fastify-plugin'
import { loadDataset } from '../../data/load.js'

/** Loads the curated dataset when the app gets ready, before the snapshot is built. */
export default fp(
  async (fastify) => {
    fastify.addHook('onReady', async () => {
      const { loaded, unchanged } = await loadDataset(fastify.prisma)
      fastify.log.info({ loaded, unchanged: unchanged.length }, 'Curated dataset loaded')
    })
  },
  { name: 'curated-data', dependencies: ['prisma'] },
)
