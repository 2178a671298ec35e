/**
 * The responses the directory API's operations share: one problem response per problem kind,
 * `304 Not Modified`, and the headers they carry.
 *
 * @packageDocumentation
 */
import type { ProblemKind } from '../schemas/problem.js';
import { createProblem, PROBLEM_MEDIA_TYPE, PROBLEM_TYPES } from '../schemas/problem.js';
import { schemaRef } from './schemas.js';
import type { HeaderObject, ReferenceObject, ResponseObject } from './types.js';

/** Response headers shared by many operations, by component name. */
export function sharedHeaders(): Record<string, HeaderObject> {
  return {
    ETag: {
      description:
        'A validator of this representation; send it back in `If-None-Match` to get 304 while it is current.',
      required: true,
      schema: { type: 'string' },
    },
    RetryAfter: {
      description: 'Seconds to wait before trying again.',
      required: true,
      schema: { type: 'integer', minimum: 0 },
    },
    Location: {
      description: 'The URL of the created resource.',
      required: true,
      schema: { type: 'string', format: 'uri-reference' },
    },
    Allow: {
      description: 'The methods the path supports.',
      required: true,
      schema: { type: 'string' },
    },
  };
}

/** A `$ref` to the shared header `name`. */
export function headerRef(name: string): ReferenceObject {
  return { $ref: `#/components/headers/${name}` };
}

/** When each kind of problem happens, as the document says it. */
const PROBLEM_WHEN: Record<ProblemKind, string> = {
  invalidParameters:
    'A query parameter or header is invalid; `invalidParams` names each one and says why.',
  invalidBody:
    'The body is not JSON or does not match its schema; `invalidParams` names each field by JSON pointer.',
  unauthorized: 'No valid curator key: send `Authorization: Bearer <api key>`.',
  forbidden: 'The key is valid but lacks the curator role.',
  notFound: 'No such resource.',
  methodNotAllowed: 'The path does not support this method; `Allow` lists the methods it does.',
  notAcceptable: 'The `Accept` header excludes every media type this operation serves.',
  conflict:
    'The request contradicts the current state, such as deciding a submission twice or reusing an `Idempotency-Key` with a different body.',
  gone: 'The group was retired; it is kept for audit but no longer listed.',
  payloadTooLarge: "The body exceeds the server's size limit.",
  unsupportedMediaType: 'The body must be `application/json`.',
  rateLimited: 'Too many requests; `Retry-After` says when to try again.',
  internal: 'The server failed; retrying later may help.',
  unavailable: 'The store is unreachable or the server is starting or stopping; retry later.',
};

/** The component name of the problem response of `kind`, such as `NotFound`. */
export function problemResponseName(kind: ProblemKind): string {
  return kind.charAt(0).toUpperCase() + kind.slice(1);
}

function problemResponse(kind: ProblemKind): ResponseObject {
  const example =
    kind === 'invalidParameters'
      ? createProblem(kind, {
          detail: 'Fix the parameters named in invalidParams and retry.',
          instance: '/v1/groups',
          invalidParams: [
            { name: 'radiusKm', reason: 'must be at most 500' },
            {
              name: 'days',
              reason:
                'unknown value "monday"; allowed values are mon, tue, wed, thu, fri, sat, sun',
            },
          ],
        })
      : createProblem(kind);
  const response: ResponseObject = {
    description: `${PROBLEM_TYPES[kind].title}. ${PROBLEM_WHEN[kind]}`,
    content: { [PROBLEM_MEDIA_TYPE]: { schema: schemaRef('Problem'), example } },
  };
  if (kind === 'rateLimited') response.headers = { 'Retry-After': headerRef('RetryAfter') };
  if (kind === 'methodNotAllowed') response.headers = { Allow: headerRef('Allow') };
  return response;
}

/** Every shared response, by component name: one per problem kind, and `NotModified`. */
export function sharedResponses(): Record<string, ResponseObject> {
  const responses: Record<string, ResponseObject> = {
    NotModified: {
      description: 'Not modified: the copy named by `If-None-Match` is current.',
      headers: { ETag: headerRef('ETag') },
    },
  };
  for (const kind of Object.keys(PROBLEM_TYPES) as ProblemKind[]) {
    responses[problemResponseName(kind)] = problemResponse(kind);
  }
  return responses;
}

/** A `$ref` to the problem response of `kind`. */
export function problemResponseRef(kind: ProblemKind): ReferenceObject {
  return { $ref: `#/components/responses/${problemResponseName(kind)}` };
}
