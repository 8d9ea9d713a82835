// Only `prisma dev` loads @prisma/streams-local; Regionkollen never runs it (see package.json's overrides).
export async function startLocalDurableStreamsServer() {
  throw new Error('prisma dev is not available in this project: @prisma/streams-local is replaced by a stand-in (package.json overrides).')
}
