/**
 * Reading a JSON answer and checking it against its schema.
 *
 * @packageDocumentation
 */
import type * as z from 'zod/mini';
import {
  ResponseValidationError,
  type ValidationIssue,
} from '../errors/response-validation-error.js';
import type { Answer } from '../transport/transport.js';

interface ZodIssueLike {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/** zod's issues as the SDK reports them: paths of strings and numbers, prefixed by `prefix`. */
export function issuesOf(
  issues: readonly ZodIssueLike[],
  prefix: readonly (string | number)[] = [],
): ValidationIssue[] {
  return issues.map((issue) => ({
    path: [
      ...prefix,
      ...issue.path.map((segment) => (typeof segment === 'number' ? segment : String(segment))),
    ],
    message: issue.message,
  }));
}

/** The answer's body as JSON; a `ResponseValidationError` when it is not JSON. */
export function jsonOf(answer: Answer): unknown {
  try {
    return JSON.parse(answer.body);
  } catch {
    const received = answer.contentType ?? 'no content type';
    throw new ResponseValidationError(answer.request, [
      { path: [], message: `the body is not JSON (content type: ${received})` },
    ]);
  }
}

/** `value` checked against `schema`; a `ResponseValidationError` naming each issue when it fails. */
export function validate<T>(schema: z.ZodMiniType<T>, value: unknown, request: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new ResponseValidationError(request, issuesOf(result.error.issues));
  return result.data;
}

/** The answer's JSON body checked against `schema`. */
export function parseAnswer<T>(schema: z.ZodMiniType<T>, answer: Answer): T {
  return validate(schema, jsonOf(answer), answer.request);
}
