/**
 * Problem documents (RFC 9457) as HTTP responses.
 *
 * @packageDocumentation
 */
import {
  createProblem,
  PROBLEM_MEDIA_TYPE,
  type ProblemDetails,
  type ProblemKind,
} from '@peer-groups/core';

/** A `application/problem+json` response of `kind`, with `headers` added. */
export function problemResponse(
  kind: ProblemKind,
  details: ProblemDetails = {},
  headers: Record<string, string> = {},
): Response {
  const problem = createProblem(kind, details);
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: { 'Content-Type': PROBLEM_MEDIA_TYPE, 'Cache-Control': 'no-store', ...headers },
  });
}
