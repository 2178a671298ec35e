/**
 * Errors for answers the directory API gave with an error status.
 *
 * @packageDocumentation
 */
import type { InvalidParam, Problem } from '@peer-groups/core';
import { PeerGroupsError } from './peer-groups-error.js';

/** What every {@link ApiError} is built from. */
export interface ApiErrorInit {
  /** The HTTP status of the answer. */
  readonly status: number;
  /** The problem document of the answer, or one made up from the status when there was none. */
  readonly problem: Problem;
  /** The method and URL of the request, e.g. `GET https://example.org/v1/groups/abc`. */
  readonly request: string;
  /** How long the server asked the client to wait before trying again, when it said. */
  readonly retryAfterMs?: number;
}

/**
 * The directory API answered with an error status. `problem` holds its RFC 9457 problem document
 * (or one built from the status when a proxy answered with something else, such as an HTML page).
 *
 * Subclasses name the common families, so code can `catch` the cases it can act on.
 */
export class ApiError extends PeerGroupsError {
  static override readonly brand: string = 'ApiError';

  /** The HTTP status of the answer. */
  readonly status: number;
  /** The problem document the server sent, or one made up from the status. */
  readonly problem: Problem;
  /** The method and URL of the failed request. */
  readonly request: string;
  /**
   * How long the server asked the client to wait before trying again, in milliseconds, when the
   * answer had a `Retry-After` header; undefined otherwise. Any status may carry one: a 429, a
   * 503 during maintenance, an overloaded proxy.
   */
  readonly retryAfterMs: number | undefined;

  /**
   * @param init - The status, problem document and request of the failed call.
   * @param advice - What the caller can do next; appended to the message.
   */
  constructor(init: ApiErrorInit, advice = 'See `problem` for details.') {
    const detail = init.problem.detail === undefined ? '' : `: ${init.problem.detail}`;
    super(`${init.request} failed with ${init.status} ${init.problem.title}${detail}. ${advice}`);
    this.status = init.status;
    this.problem = init.problem;
    this.request = init.request;
    this.retryAfterMs = init.retryAfterMs;
  }
}

/** "Wait 30 s" for `retryAfterMs` of 30 000, rounded up to whole seconds. */
function waitFor(retryAfterMs: number): string {
  return `${Math.ceil(retryAfterMs / 1000)} s`;
}

/** The request was malformed: `invalidParams` names each parameter or field and why (400, 422). */
export class BadRequestError extends ApiError {
  static override readonly brand: string = 'BadRequestError';

  /** Each invalid parameter or body field and the reason. */
  readonly invalidParams: readonly InvalidParam[];

  /** @param init - The status, problem document and request of the failed call. */
  constructor(init: ApiErrorInit) {
    const params = init.problem.invalidParams ?? [];
    const listed = params.map((param) => `${param.name} (${param.reason})`).join('; ');
    super(init, listed === '' ? 'Fix the request and try again.' : `Fix ${listed} and try again.`);
    this.invalidParams = params;
  }
}

/** The call needs a curator API key and none, or an unknown one, was sent (401). */
export class AuthenticationError extends ApiError {
  static override readonly brand: string = 'AuthenticationError';

  /** @param init - The status, problem document and request of the failed call. */
  constructor(init: ApiErrorInit) {
    super(init, 'Pass a valid curator API key as `apiKey` to createClient.');
  }
}

/** The API key is valid but lacks the role this call needs (403). */
export class PermissionDeniedError extends ApiError {
  static override readonly brand: string = 'PermissionDeniedError';

  /** @param init - The status, problem document and request of the failed call. */
  constructor(init: ApiErrorInit) {
    super(init, 'Ask the directory operator for a key with the curator role.');
  }
}

/** No such group, submission or route (404). */
export class NotFoundError extends ApiError {
  static override readonly brand: string = 'NotFoundError';

  /** @param init - The status, problem document and request of the failed call. */
  constructor(init: ApiErrorInit) {
    super(init, 'Check the id, and that `baseUrl` points at the directory API.');
  }
}

/** The group was retired by a curator and is no longer listed (410). */
export class GoneError extends ApiError {
  static override readonly brand: string = 'GoneError';

  /** @param init - The status, problem document and request of the failed call. */
  constructor(init: ApiErrorInit) {
    super(init, 'Remove the listing from saved lists; search again for current groups.');
  }
}

/** The request conflicts with the current state, e.g. a submission already decided (409). */
export class ConflictError extends ApiError {
  static override readonly brand: string = 'ConflictError';

  /** @param init - The status, problem document and request of the failed call. */
  constructor(init: ApiErrorInit) {
    super(init, 'Fetch the current state and decide again.');
  }
}

/** Too many requests (429). `retryAfterMs` says how long the server asked to wait, when it did. */
export class RateLimitError extends ApiError {
  static override readonly brand: string = 'RateLimitError';

  /** @param init - The status, problem document and request of the failed call. */
  constructor(init: ApiErrorInit) {
    super(
      init,
      init.retryAfterMs === undefined
        ? 'Wait a little and try again.'
        : `Wait ${waitFor(init.retryAfterMs)} and try again.`,
    );
  }
}

/**
 * The server, or a proxy in front of it, failed (5xx). Retried GETs end here when retries run out.
 * `retryAfterMs` says how long the server asked to wait, when it did.
 */
export class ServerError extends ApiError {
  static override readonly brand: string = 'ServerError';

  /** @param init - The status, problem document and request of the failed call. */
  constructor(init: ApiErrorInit) {
    super(
      init,
      init.retryAfterMs === undefined
        ? 'The directory is having trouble; try again in a few minutes.'
        : `The directory is having trouble; try again in ${waitFor(init.retryAfterMs)}.`,
    );
  }
}
