/**
 * Turns an error answer of the directory API into the matching {@link ApiError} subclass.
 *
 * @packageDocumentation
 */
import { type Problem, problemSchema } from '@peer-groups/core';
import {
  ApiError,
  type ApiErrorInit,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  GoneError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ServerError,
} from './api-error.js';

/** An error answer, already read. */
export interface ErrorAnswer {
  readonly status: number;
  readonly statusText: string;
  readonly contentType: string | null;
  readonly body: string;
  /** The method and URL of the request. */
  readonly request: string;
  readonly retryAfterMs?: number;
}

function parseProblem(answer: ErrorAnswer): Problem | undefined {
  if (answer.contentType === null || !answer.contentType.includes('json')) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(answer.body);
  } catch {
    return undefined;
  }
  const parsed = problemSchema.safeParse(json);
  return parsed.success ? parsed.data : undefined;
}

// Proxies and gateways answer with HTML pages or nothing at all; the caller still gets a problem
// document, so error handling has one shape.
function standInProblem(answer: ErrorAnswer): Problem {
  const received = answer.contentType ?? 'no content type';
  return {
    type: 'about:blank',
    title: answer.statusText === '' ? `HTTP ${answer.status}` : answer.statusText,
    status: answer.status,
    detail: `the answer was ${received}, not a problem document, so it likely came from a proxy or gateway in front of the directory`,
  };
}

/** The {@link ApiError} subclass for an error answer, with its problem document. */
export function errorFromStatus(answer: ErrorAnswer): ApiError {
  const init: ApiErrorInit = {
    status: answer.status,
    problem: parseProblem(answer) ?? standInProblem(answer),
    request: answer.request,
    ...(answer.retryAfterMs === undefined ? {} : { retryAfterMs: answer.retryAfterMs }),
  };
  switch (answer.status) {
    case 400:
    case 422:
      return new BadRequestError(init);
    case 401:
      return new AuthenticationError(init);
    case 403:
      return new PermissionDeniedError(init);
    case 404:
      return new NotFoundError(init);
    case 409:
      return new ConflictError(init);
    case 410:
      return new GoneError(init);
    case 429:
      return new RateLimitError(init);
    default:
      return answer.status >= 500 ? new ServerError(init) : new ApiError(init);
  }
}
