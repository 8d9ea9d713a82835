/** The token of an `Authorization: Bearer <token>` header, however "bearer" and the spaces are spelled. */
export const bearerToken = (authorization: string | undefined) => authorization?.match(/^\s*bearer\s+(\S+)\s*$/i)?.[1]
