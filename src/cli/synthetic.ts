// npm run db:synthetic [-- --years <n>]: fills DATABASE_URL, or the embedded database (shared with a
// running service), with the national synthetic dataset the bench uses: every region, municipality and
// comparison dimension, with years of history. Not real data: every record says "Synthetic".
import { parseArgs } from 'node:util'
import { generateSyntheticDataset } from '../data/synthetic.js'
import { loadConfig } from '../config.js'
import { readReferenceData } from '../data/files.js'
import { loadDataset } from '../data/load.js'
import { createDatabaseClient } from '../db/client.js'
import { openDatabase, poolOptions } from '../db/database.js'
import { commandLog, runCommand, UsageError } from './failure.js'

const usage = 'Usage: npm run db:synthetic [-- --years <1 to 30>]'

await runCommand(async () => {
  let years: number
  try {
    const { values } = parseArgs({ args: process.argv.slice(2), options: { years: { type: 'string', default: '5' } } })
    years = Number(values.years)
  } catch (error) {
    throw new UsageError(`${(error as Error).message}. ${usage}`)
  }
  if (!Number.isInteger(years) || years < 1 || years > 30) throw new UsageError(`--years must be a whole number from 1 to 30. ${usage}`)

  const config = loadConfig()
  const reference = await readReferenceData()
  const files = generateSyntheticDataset(reference, { years })
  const database = await openDatabase(config, { ...commandLog, info: console.log })
  try {
    // One transaction for the whole dataset: far longer than a request's statement timeout.
    const { prisma, close } = createDatabaseClient(database.url, { ...poolOptions(config), statementTimeoutMillis: 600_000 })
    try {
      const started = Date.now()
      const { loaded, unchanged } = await loadDataset(prisma, { reference, files })
      const [{ facts }] = await prisma.$queryRaw<[{ facts: bigint }]>`SELECT (SELECT count(*) FROM providers) + (SELECT count(*) FROM fees)
        + (SELECT count(*) FROM referral_rules) + (SELECT count(*) FROM home_care_policies) + (SELECT count(*) FROM decisions) AS facts`
      const seconds = ((Date.now() - started) / 1000).toFixed(1)
      console.log(
        loaded.length === 0
          ? `The synthetic dataset (${years} years) is already loaded: ${unchanged.length} files unchanged; the database holds ${facts} facts.`
          : `Loaded ${loaded.length} synthetic files (${years} years) in ${seconds} s (${unchanged.length} were loaded already); ` +
              `the database holds ${facts} facts. A running service picks them up by itself.`,
      )
    } finally {
      await close()
    }
  } finally {
    await database.close()
  }
})
