import path from 'node:path'
import { defineConfig } from 'prisma/config'

// The datasource URL is only needed by CLI commands that talk to a database
// (migrate, studio); `prisma generate` works without one.
export default defineConfig({
  schema: path.join('prisma', 'schema.prisma'),
  migrations: {
    path: path.join('prisma', 'migrations'),
  },
  datasource: {
    url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/regionkollen',
  },
})
