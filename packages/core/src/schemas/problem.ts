/**
 * Errors on the wire: RFC 9457 problem details.
 *
 * @packageDocumentation
 */
import * as z from 'zod/mini';

/** The media type of a problem document. */
export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

/** One invalid parameter or field, named so a client can point at it. */
export const invalidParamSchema = z.object({
  /** The query parameter, header, or JSON pointer of the body field. */
  name: z.string(),
  reason: z.string(),
});
/** One invalid parameter or field. */
export type InvalidParam = z.infer<typeof invalidParamSchema>;

/**
 * An RFC 9457 problem document. Unknown members are kept: the RFC lets servers add their own.
 */
export const problemSchema = z.looseObject({
  type: z.string(),
  title: z.string(),
  status: z.int().check(z.gte(100), z.lte(599)),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  invalidParams: z.optional(z.array(invalidParamSchema)),
});
/** An RFC 9457 problem document. */
export type Problem = z.infer<typeof problemSchema>;
