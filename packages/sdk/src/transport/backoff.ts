/**
 * Exponential backoff with jitter between retries.
 *
 * @packageDocumentation
 */
import type { RetryOptions } from '../options.js';

/** The delay before retry number `retry` (1 for the first): the base delay doubled each time, capped. */
export function backoffDelay(retry: number, options: Required<RetryOptions>): number {
  return Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (retry - 1));
}

/**
 * `delay` with "equal jitter": between half of it and all of it. Clients that failed together
 * spread their retries apart, yet none retries almost at once and hammers a struggling server.
 */
export function withJitter(delay: number, random: () => number = Math.random): number {
  return delay / 2 + random() * (delay / 2);
}
