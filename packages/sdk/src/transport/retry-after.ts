/**
 * Reading the `Retry-After` header.
 *
 * @packageDocumentation
 */

/**
 * How long, in milliseconds from `now`, a `Retry-After` value asks to wait: either a number of
 * seconds or an HTTP date. A date in the past is 0. Undefined when absent or unreadable.
 */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  // Every HTTP date form names its month, so a value without letters is not one. `Date.parse`
  // alone is lenient: it reads "1.5" as 5 January 2001, which would mean retrying at once.
  if (!/[a-z]/i.test(trimmed)) return undefined;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}
