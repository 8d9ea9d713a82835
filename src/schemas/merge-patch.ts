import { z } from 'zod'

/** A field as a merge patch takes it: its own type, without a default (an absent field is left as it is). */
function patchField(schema: z.ZodType): z.ZodType {
  // The description (and example) written on any wrapper is kept.
  const meta = schema.meta()
  let inner = schema
  while (inner instanceof z.ZodDefault || inner instanceof z.ZodOptional) inner = inner.unwrap() as z.ZodType
  const patched =
    inner instanceof z.ZodNullable
      ? patchField(inner.unwrap() as z.ZodType).nullable()
      // An object merges field by field (a text in one language can change alone); an array replaces as a whole.
      : inner instanceof z.ZodObject ? patchObject(inner.shape) : inner
  return meta ? patched.meta(meta) : patched
}

const patchObject = (shape: z.ZodRawShape) =>
  z.strictObject(Object.fromEntries(Object.entries(shape).map(([key, field]) => [key, patchField(field as z.ZodType).optional()])))

/**
 * The JSON merge patch (RFC 7396) of a resource, from the body it is
 * created with: every field optional, with its type; `null` clears a field
 * that may be null; nested objects are patched field by field, arrays
 * replaced. Unknown fields are refused, as in a POST; the read-only fields a
 * GET shows are accepted and ignored. The merged record is validated whole.
 */
export function mergePatchOf(body: z.ZodObject, id: string, description: string) {
  return patchObject(body.shape).meta({ id, description })
}
