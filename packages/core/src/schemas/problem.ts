/**
 * Errors on the wire: RFC 9457 problem details, and the problem types the directory API answers
 * with.
 *
 * @packageDocumentation
 */
import * as z from 'zod/mini';

/** The media type of a problem document. */
export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

/** One invalid parameter or field, named so a client can point at it. */
export const invalidParamSchema = /* @__PURE__ */ z.object({
  /** The query parameter, header, or JSON pointer of the body field. */
  name: z.string(),
  reason: z.string(),
});
/** One invalid parameter or field. */
export type InvalidParam = z.infer<typeof invalidParamSchema>;

/**
 * An RFC 9457 problem document. Unknown members are kept: the RFC lets servers add their own.
 */
export const problemSchema = /* @__PURE__ */ z.looseObject({
  type: z.string(),
  title: z.string(),
  status: /* @__PURE__ */ z.int().check(z.gte(100), z.lte(599)),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  invalidParams: z.optional(z.array(invalidParamSchema)),
});
/** An RFC 9457 problem document. */
export type Problem = z.infer<typeof problemSchema>;

/** Every problem `type` of the directory API starts with this URN prefix. */
export const PROBLEM_TYPE_PREFIX = 'urn:peer-groups:problem:';

/** What one kind of problem is: its `type` URI, its `title`, and the HTTP status it comes with. */
export interface ProblemDefinition<Type extends string = string> {
  readonly type: Type;
  readonly title: string;
  readonly status: number;
}

/* @__NO_SIDE_EFFECTS__ */
function defineProblem<const Name extends string>(
  name: Name,
  title: string,
  status: number,
): ProblemDefinition<`${typeof PROBLEM_TYPE_PREFIX}${Name}`> {
  return { type: `${PROBLEM_TYPE_PREFIX}${name}`, title, status };
}

/**
 * The problem types of the directory API, by kind. The server answers with them; clients switch on
 * `type` (never on `title`, which is for people and may be reworded).
 *
 * - `invalidParameters` (400): a query parameter or header is malformed; `invalidParams` names each.
 * - `invalidBody` (400): the request body is not JSON or does not match its schema; `invalidParams`
 *   names each field by JSON pointer.
 * - `unauthorized` (401): a curator call came without a valid `Authorization: Bearer` key.
 * - `forbidden` (403): the key is valid but lacks the curator role.
 * - `notFound` (404): no such resource.
 * - `methodNotAllowed` (405): the path exists, the method does not; `Allow` lists the methods.
 * - `notAcceptable` (406): the `Accept` header excludes every media type the endpoint serves.
 * - `conflict` (409): the request contradicts the resource's state, such as deciding a submission
 *   twice or reusing an `Idempotency-Key` with a different body.
 * - `gone` (410): the group was retired.
 * - `payloadTooLarge` (413): the body exceeds the server's limit.
 * - `unsupportedMediaType` (415): the body is not `application/json`.
 * - `rateLimited` (429): too many requests; `Retry-After` says when to try again.
 * - `internal` (500): the server failed; retrying later may help.
 * - `unavailable` (503): the store is unreachable or the server is starting or stopping.
 */
export const PROBLEM_TYPES = {
  invalidParameters: defineProblem('invalid-parameters', 'Invalid parameters', 400),
  invalidBody: defineProblem('invalid-body', 'Invalid request body', 400),
  unauthorized: defineProblem('unauthorized', 'Unauthorized', 401),
  forbidden: defineProblem('forbidden', 'Forbidden', 403),
  notFound: defineProblem('not-found', 'Not found', 404),
  methodNotAllowed: defineProblem('method-not-allowed', 'Method not allowed', 405),
  notAcceptable: defineProblem('not-acceptable', 'Not acceptable', 406),
  conflict: defineProblem('conflict', 'Conflict', 409),
  gone: defineProblem('gone', 'Gone', 410),
  payloadTooLarge: defineProblem('payload-too-large', 'Payload too large', 413),
  unsupportedMediaType: defineProblem('unsupported-media-type', 'Unsupported media type', 415),
  rateLimited: defineProblem('rate-limited', 'Too many requests', 429),
  internal: defineProblem('internal', 'Internal server error', 500),
  unavailable: defineProblem('unavailable', 'Service unavailable', 503),
} as const;

/** A kind of problem the directory API answers with, such as `notFound`. */
export type ProblemKind = keyof typeof PROBLEM_TYPES;
/** A problem `type` URI of the directory API, such as `urn:peer-groups:problem:not-found`. */
export type ProblemType = (typeof PROBLEM_TYPES)[ProblemKind]['type'];

/** The kind of a problem `type` URI, or `undefined` when the directory API does not define it. */
export function problemKindOf(type: string): ProblemKind | undefined {
  for (const kind of Object.keys(PROBLEM_TYPES) as ProblemKind[]) {
    if (PROBLEM_TYPES[kind].type === type) return kind;
  }
  return undefined;
}

/** What a problem document says beyond its kind. */
export interface ProblemDetails {
  /** A sentence for people about this occurrence, saying what to do next. */
  detail?: string;
  /** The request path this problem occurred at. */
  instance?: string;
  /** Each invalid parameter or field, for `invalidParameters` and `invalidBody`. */
  invalidParams?: InvalidParam[];
}

/**
 * A problem document of `kind`, with its `type`, `title` and `status` filled in. Details left
 * undefined are left out, so the document serializes without empty members.
 */
export function createProblem(kind: ProblemKind, details: ProblemDetails = {}): Problem {
  const { type, title, status } = PROBLEM_TYPES[kind];
  const problem: Problem = { type, title, status };
  if (details.detail !== undefined) problem.detail = details.detail;
  if (details.instance !== undefined) problem.instance = details.instance;
  if (details.invalidParams !== undefined) problem.invalidParams = details.invalidParams;
  return problem;
}
