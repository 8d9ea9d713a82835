# The production image: compiled JavaScript, production dependencies only, a non-root user.
# `docker compose up` builds and runs it (see docker-compose.yml); it needs DATABASE_URL (no embedded PostgreSQL).

# Build: every dependency, the Prisma client generated offline, tsc to dist/.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY vendor ./vendor
COPY prisma ./prisma
COPY prisma.config.ts tsconfig.json tsconfig.build.json ./
RUN npm ci --no-audit --no-fund
COPY src ./src
RUN npm run build

# Run: production dependencies only, without install scripts (the Prisma client comes compiled from the build
# stage) and without optional packages (the embedded PostgreSQL's binaries: the image uses DATABASE_URL).
FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
COPY vendor ./vendor
RUN npm ci --omit=dev --omit=optional --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY prisma/migrations ./prisma/migrations
COPY data ./data
COPY public ./public
# The node image's own unprivileged user: it owns nothing in /app, so the service cannot change its own code.
USER node
EXPOSE 3000
HEALTHCHECK --interval=5s --timeout=3s --start-period=60s --retries=5 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/health/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node itself, not npm: SIGTERM from `docker stop` reaches the server and it closes gracefully.
CMD ["node", "dist/server.js"]
