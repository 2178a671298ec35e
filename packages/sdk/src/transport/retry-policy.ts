/**
 * Which error answers are retried, and after how long.
 *
 * @packageDocumentation
 */

/**
 * The 5xx answers that say the server, or the network in front of it, is set up so that this
 * request cannot succeed however often it is sent: 501 Not Implemented, 505 HTTP Version Not
 * Supported, 506 Variant Also Negotiates, 508 Loop Detected and 510 Not Extended are fixed by an
 * operator, not by time; 511 Network Authentication Required comes from a captive portal that
 * waits for a person to sign in to the network. Every other 5xx, the codes of CDNs and gateways
 * such as 520-524 included, may be a passing failure.
 */
const PERMANENT_SERVER_ERRORS = [501, 505, 506, 508, 510, 511];

/** Whether an error answer with `status` may succeed when sent again: 408, 429, and most 5xx. */
export function isRetryableStatus(status: number): boolean {
  if (status === 408 || status === 429) return true;
  return status >= 500 && status <= 599 && !PERMANENT_SERVER_ERRORS.includes(status);
}

/**
 * What to do after an error answer: `false` to fail with it now, `undefined` to retry after the
 * usual backoff, or the milliseconds to wait before retrying, as its `Retry-After` asked.
 *
 * @param status - The status of the answer.
 * @param retryAfterMs - The wait its `Retry-After` header asked for, when it had a readable one.
 * @param remainingMs - The time the call has left, or undefined when it has no time limit.
 * @param maxRetryAfterMs - The longest `Retry-After` honoured.
 */
export function retryWait(
  status: number,
  retryAfterMs: number | undefined,
  remainingMs: number | undefined,
  maxRetryAfterMs: number,
): number | false | undefined {
  if (!isRetryableStatus(status)) return false;
  if (retryAfterMs === undefined) return undefined;
  // Waiting past the cap, or longer than the time left only to time out, helps no one: fail now,
  // and the caller sees the server's answer (with its retryAfterMs) instead of a long wait or a
  // timeout.
  if (retryAfterMs > maxRetryAfterMs) return false;
  if (remainingMs !== undefined && retryAfterMs >= remainingMs) return false;
  return retryAfterMs;
}
