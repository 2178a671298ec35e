/**
 * Assembles one operation of the document: its parameters, body, success and problem
 * responses, caching headers and security, from a short description.
 *
 * @packageDocumentation
 */
import type { ProblemKind } from '../schemas/problem.js';
import { PROBLEM_TYPES } from '../schemas/problem.js';
import { parameterRef } from './parameters.js';
import { headerRef, problemResponseRef } from './responses.js';
import type {
  HeaderObject,
  OperationObject,
  ParameterObject,
  ReferenceObject,
  RequestBodyObject,
  ResponseObject,
} from './types.js';

/** The name of the bearer security scheme curator operations require. */
export const CURATOR_SECURITY_SCHEME = 'curatorKey';

/** What sets one operation apart; the rest follows from the API's conventions. */
export interface OperationSpec {
  operationId: string;
  summary: string;
  description?: string;
  tag: string;
  parameters?: (ParameterObject | ReferenceObject)[];
  requestBody?: RequestBodyObject;
  /** Success responses by status code. */
  success: Record<string, ResponseObject>;
  /** Problems particular to this operation; every operation may also answer 406, 429, 500 and 503. */
  problems?: readonly ProblemKind[];
  /** Whether it needs a curator key, and so may answer 401 and 403. */
  curator?: boolean;
  /** Whether 200 carries an `ETag` and `If-None-Match` may answer 304. */
  cacheable?: boolean;
}

const ALWAYS: readonly ProblemKind[] = ['notAcceptable', 'rateLimited', 'internal', 'unavailable'];
const CURATOR: readonly ProblemKind[] = ['unauthorized', 'forbidden'];

function withEtag(response: ResponseObject): ResponseObject {
  const headers: Record<string, HeaderObject | ReferenceObject> = {
    ...response.headers,
    ETag: headerRef('ETag'),
  };
  return { ...response, headers };
}

/** The full operation object of `spec`. */
export function operation(spec: OperationSpec): OperationObject {
  const parameters = [...(spec.parameters ?? [])];
  if (spec.cacheable) parameters.push(parameterRef('IfNoneMatch'));

  const responses: Record<string, ResponseObject | ReferenceObject> = {};
  for (const [status, response] of Object.entries(spec.success)) {
    responses[status] = spec.cacheable && status === '200' ? withEtag(response) : response;
  }
  if (spec.cacheable) responses['304'] = { $ref: '#/components/responses/NotModified' };
  const problems = new Set<ProblemKind>([
    ...(spec.problems ?? []),
    ...(spec.curator ? CURATOR : []),
    ...ALWAYS,
  ]);
  const byStatus = [...problems].sort((a, b) => statusOf(a) - statusOf(b));
  for (const kind of byStatus) {
    const status = String(statusOf(kind));
    // Two kinds can share a status (invalid parameters and invalid body are both 400); the
    // operation lists the one it can answer with.
    if (responses[status] === undefined) responses[status] = problemResponseRef(kind);
  }

  const built: OperationObject = {
    operationId: spec.operationId,
    summary: spec.summary,
    tags: [spec.tag],
    responses,
  };
  if (spec.description !== undefined) built.description = spec.description;
  if (parameters.length > 0) built.parameters = parameters;
  if (spec.requestBody !== undefined) built.requestBody = spec.requestBody;
  if (spec.curator) built.security = [{ [CURATOR_SECURITY_SCHEME]: [] }];
  return built;
}

function statusOf(kind: ProblemKind): number {
  return PROBLEM_TYPES[kind].status;
}
