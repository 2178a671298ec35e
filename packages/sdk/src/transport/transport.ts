/**
 * Sending one call to the directory API: ky underneath, one deadline across retries, retries with
 * backoff that honour `Retry-After`, conditional requests from the in-memory cache, and every
 * failure turned into one of the SDK's error classes.
 *
 * @packageDocumentation
 */
import ky, { isHTTPError } from 'ky';
import { AbortError } from '../errors/abort-error.js';
import { errorFromStatus } from '../errors/error-from-status.js';
import { NetworkError } from '../errors/network-error.js';
import { PeerGroupsError } from '../errors/peer-groups-error.js';
import { ResponseValidationError } from '../errors/response-validation-error.js';
import { TimeoutError } from '../errors/timeout-error.js';
import type { RequestOptions, ResolvedOptions } from '../options.js';
import { backoffDelay, withJitter } from './backoff.js';
import { type Deadline, startDeadline } from './deadline.js';
import { type CachedAnswer, EtagCache } from './etag-cache.js';
import { parseRetryAfter } from './retry-after.js';
import { retryWait } from './retry-policy.js';

/** What to send. */
export interface RequestSpec {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** The path below the API root, without a leading slash, e.g. `groups/abc`. */
  readonly path: string;
  readonly searchParams?: URLSearchParams;
  /** A body, sent as JSON. */
  readonly json?: unknown;
  /** The media types accepted, in the `Accept` header. */
  readonly accept: string;
  /** Whether to send the curator API key. */
  readonly authenticated?: boolean;
  /** An `Idempotency-Key`; a POST that has one is retried like a GET. */
  readonly idempotencyKey?: string;
}

/** A successful answer, read. */
export interface Answer {
  readonly status: number;
  readonly body: string;
  readonly contentType: string | null;
  /** The method and URL of the request, without its query: queries can hold a patient's location. */
  readonly request: string;
}

/** Sends calls for one client. */
export interface Transport {
  /** The client's options, defaults applied. */
  readonly options: ResolvedOptions;
  /** Sends `spec` and resolves with the successful answer, or rejects with a `PeerGroupsError`. */
  send(spec: RequestSpec, options?: RequestOptions): Promise<Answer>;
}

/**
 * No cookies, no referrer (it would reveal the clinic page a patient was on), and nothing left
 * in the browser's disk cache: the in-memory ETag cache is the only one. Spread rather than
 * written inline: Node's type library lacks `cache`, which browsers honour.
 */
const PRIVATE_REQUEST = {
  credentials: 'omit',
  referrerPolicy: 'no-referrer',
  cache: 'no-store',
} as const;

interface Attempt {
  attempts: number;
  lastFailure: unknown;
  /**
   * The wait the last error answer's `Retry-After` asked for. `shouldRetry` sets it and `delay`
   * reads it: ky calls the two in turn for the same failure.
   */
  retryAfterMs: number | undefined;
}

function urlOf(options: ResolvedOptions, spec: RequestSpec): string {
  const query = spec.searchParams?.toString() ?? '';
  return `${options.apiRoot}${spec.path}${query === '' ? '' : `?${query}`}`;
}

/** The method and URL of a request without its query, for errors and reports. */
function labelOf(options: ResolvedOptions, spec: RequestSpec): string {
  return `${spec.method} ${options.apiRoot}${spec.path}`;
}

function headersOf(options: ResolvedOptions, spec: RequestSpec, etag: string | undefined) {
  const headers: Record<string, string> = { ...options.headers, accept: spec.accept };
  if (spec.authenticated === true && options.apiKey !== undefined) {
    headers.authorization = `Bearer ${options.apiKey}`;
  }
  if (spec.idempotencyKey !== undefined) headers['idempotency-key'] = spec.idempotencyKey;
  if (etag !== undefined) headers['if-none-match'] = etag;
  return headers;
}

async function readBody(response: Response): Promise<string> {
  try {
    return await response.text();
  } catch {
    return '';
  }
}

/** An error an attempt ended with, as the SDK's own error: an `ApiError` or a `NetworkError`. */
async function attemptError(error: unknown, label: string): Promise<PeerGroupsError> {
  if (error instanceof PeerGroupsError) return error;
  if (!isHTTPError(error)) return new NetworkError(label, error);
  const response = error.response;
  const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), Date.now());
  return errorFromStatus({
    status: response.status,
    statusText: response.statusText,
    contentType: response.headers.get('content-type'),
    body: await readBody(response),
    request: label,
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
  });
}

/** What a failed call rejects with: the caller's abort and the deadline come first. */
async function callError(
  error: unknown,
  label: string,
  deadline: Deadline,
  callerSignal: AbortSignal | undefined,
  options: ResolvedOptions,
  attempt: Attempt,
): Promise<PeerGroupsError> {
  if (callerSignal?.aborted === true) return new AbortError(label, callerSignal.reason);
  if (deadline.timedOut) {
    const last =
      attempt.lastFailure === undefined
        ? undefined
        : await attemptError(attempt.lastFailure, label);
    return new TimeoutError(label, options.timeoutMs ?? 0, attempt.attempts, last);
  }
  return attemptError(error, label);
}

async function exchange(
  options: ResolvedOptions,
  spec: RequestSpec,
  cached: CachedAnswer | undefined,
  callerSignal: AbortSignal | undefined,
): Promise<{ response: Response; body: string; label: string }> {
  const url = urlOf(options, spec);
  const label = labelOf(options, spec);
  const deadline = startDeadline(options.timeoutMs, callerSignal);
  const attempt: Attempt = { attempts: 0, lastFailure: undefined, retryAfterMs: undefined };
  const retryable = spec.method === 'GET' || spec.idempotencyKey !== undefined;
  try {
    const response = await ky(url, {
      method: spec.method,
      headers: headersOf(options, spec, cached?.etag),
      ...(spec.json === undefined ? {} : { json: spec.json }),
      signal: deadline.signal,
      // The deadline above spans all attempts; ky's own timer would restart with each one.
      timeout: false,
      throwHttpErrors: (status) => status !== 304,
      ...PRIVATE_REQUEST,
      fetch: (input, init) => {
        attempt.attempts++;
        return options.fetch(input, init);
      },
      retry: {
        limit: retryable ? options.retry.limit : 0,
        methods: [spec.method.toLowerCase()],
        delay: (retry) => attempt.retryAfterMs ?? withJitter(backoffDelay(retry, options.retry)),
        shouldRetry: ({ error }) => {
          if (deadline.signal.aborted) return false;
          attempt.lastFailure = error;
          attempt.retryAfterMs = undefined;
          // Network failures: ky's own rule, which retries them.
          if (!isHTTPError(error)) return undefined;
          const wait = retryWait(
            error.response.status,
            parseRetryAfter(error.response.headers.get('retry-after'), Date.now()),
            deadline.remainingMs(),
            options.retry.maxRetryAfterMs,
          );
          if (wait === false) return false;
          attempt.retryAfterMs = wait;
          // A boolean bypasses ky's own rules for error answers, which would also wait on
          // RateLimit-Reset and similar headers: the SDK honours Retry-After alone.
          return true;
        },
      },
    });
    const body = response.status === 304 ? '' : await response.text();
    return { response, body, label };
  } catch (error) {
    throw await callError(error, label, deadline, callerSignal, options, attempt);
  } finally {
    deadline.dispose();
  }
}

function answerOf(response: Response, body: string, label: string): Answer {
  return {
    status: response.status,
    body,
    contentType: response.headers.get('content-type'),
    request: label,
  };
}

/** A transport that sends calls with `options`, keeping its own in-memory cache. */
export function createTransport(options: ResolvedOptions): Transport {
  const cache = options.cache === undefined ? undefined : new EtagCache(options.cache.maxEntries);
  const swrMs = options.cache?.staleWhileRevalidateMs ?? 0;

  async function conditionalGet(
    spec: RequestSpec,
    key: string,
    cached: CachedAnswer | undefined,
    signal: AbortSignal | undefined,
  ): Promise<Answer> {
    const { response, body, label } = await exchange(options, spec, cached, signal);
    if (response.status === 304) {
      if (cached === undefined) {
        throw new ResponseValidationError(label, [
          { path: [], message: 'the server answered 304 Not Modified to an unconditional request' },
        ]);
      }
      cached.validatedAt = Date.now();
      return { status: 200, body: cached.body, contentType: cached.contentType, request: label };
    }
    const etag = response.headers.get('etag');
    if (cache !== undefined) {
      if (etag === null) {
        cache.delete(key);
      } else {
        cache.set(key, {
          etag,
          body,
          contentType: response.headers.get('content-type'),
          validatedAt: Date.now(),
          revalidating: false,
        });
      }
    }
    return answerOf(response, body, label);
  }

  function revalidateInBackground(spec: RequestSpec, key: string, cached: CachedAnswer): void {
    if (cached.revalidating) return;
    cached.revalidating = true;
    conditionalGet(spec, key, cached, undefined)
      // A failed refresh keeps the answer the caller already has; the next call tries again.
      .catch(() => undefined)
      .finally(() => {
        cached.revalidating = false;
      });
  }

  return {
    options,
    async send(spec, callOptions = {}) {
      const signal = callOptions.signal;
      if (spec.method !== 'GET' || cache === undefined) {
        const { response, body, label } = await exchange(options, spec, undefined, signal);
        return answerOf(response, body, label);
      }
      const key = `${spec.accept} ${urlOf(options, spec)}`;
      const cached = cache.get(key);
      if (cached !== undefined && swrMs > 0 && Date.now() - cached.validatedAt <= swrMs) {
        if (signal?.aborted === true) {
          throw new AbortError(labelOf(options, spec), signal.reason);
        }
        revalidateInBackground(spec, key, cached);
        return {
          status: 200,
          body: cached.body,
          contentType: cached.contentType,
          request: labelOf(options, spec),
        };
      }
      return conditionalGet(spec, key, cached, signal);
    },
  };
}
