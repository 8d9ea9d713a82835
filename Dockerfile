FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
COPY prisma ./prisma
COPY prisma.config.ts tsconfig.json ./
RUN npm ci --no-audit --no-fund
COPY src ./src
COPY data ./data
USER node
EXPOSE 3000
CMD ["npm", "start"]
