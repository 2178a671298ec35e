/**
 * Rate limits per client address, answered with 429 and `Retry-After`.
 *
 * @packageDocumentation
 */
import type { MiddlewareHandler } from 'hono';
import { problemResponse } from '../problem.js';
import { type BucketPolicy, TokenBuckets } from '../token-bucket.js';

/** Rate limit settings of the server. */
export interface RateLimitOptions {
  /** Every request. Default: bursts of 120, 20 per second after. */
  requests?: BucketPolicy;
  /** `POST /v1/submissions`, on top of `requests`. Default: bursts of 5, one a minute after. */
  submissions?: BucketPolicy;
}

/** Default policy for every request. */
export const DEFAULT_REQUEST_POLICY: BucketPolicy = { capacity: 120, refillPerSecond: 20 };
/** Default policy for submissions. */
export const DEFAULT_SUBMISSION_POLICY: BucketPolicy = { capacity: 5, refillPerSecond: 1 / 60 };

/** Limits requests per client as `buckets` allow, keyed by `clientOf`. */
export function rateLimit(
  buckets: TokenBuckets,
  clientOf: (request: Parameters<MiddlewareHandler>[0]) => string,
  now: () => number = Date.now,
): MiddlewareHandler {
  return async (c, next) => {
    const result = buckets.take(clientOf(c), now());
    if (!result.allowed) {
      const seconds = String(result.retryAfterSeconds);
      return problemResponse(
        'rateLimited',
        { detail: `Too many requests from this client. Try again in ${seconds} seconds.` },
        { 'Retry-After': seconds },
      );
    }
    await next();
  };
}

/** The request and submission buckets for `options`. */
export function createBuckets(options: RateLimitOptions): {
  requests: TokenBuckets;
  submissions: TokenBuckets;
} {
  return {
    requests: new TokenBuckets(options.requests ?? DEFAULT_REQUEST_POLICY),
    submissions: new TokenBuckets(options.submissions ?? DEFAULT_SUBMISSION_POLICY),
  };
}
