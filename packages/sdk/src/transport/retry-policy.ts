/**
 * Which error answers are retried, and after how long.
 *
 * @packageDocumentation
 */

// 501 and 505 say the server will never do it, so retrying them is pointless.
const RETRY_STATUSES = [408, 429, 500, 502, 503, 504];

/**
 * What to do after an error answer: `false` to fail with it now, `undefined` to retry after the
 * usual backoff, or the milliseconds to wait before retrying, as its `Retry-After` asked.
 *
 * @param status - The status of the answer.
 * @param retryAfterMs - The wait its `Retry-After` header asked for, when it had a readable one.
 * @param remainingMs - The time the call has left, or undefined when it has no time limit.
 */
export function retryWait(
  status: number,
  retryAfterMs: number | undefined,
  remainingMs: number | undefined,
): number | false | undefined {
  if (!RETRY_STATUSES.includes(status)) return false;
  // Waiting longer than the time left only to time out helps no one: fail now, and the caller
  // sees the server's answer (with its retryAfterMs) instead of a timeout.
  if (retryAfterMs !== undefined && remainingMs !== undefined && retryAfterMs >= remainingMs) {
    return false;
  }
  return retryAfterMs;
}
