/**
 * Errors of the time arithmetic: an unknown zone name and an instant outside what a JavaScript
 * `Date` can hold.
 *
 * @packageDocumentation
 */

/** Thrown when a time zone name is not one this runtime's `Intl` knows. */
export class UnknownTimeZoneError extends RangeError {
  override readonly name = 'UnknownTimeZoneError';
  /** The zone name that was refused. */
  readonly timeZone: string;

  constructor(timeZone: string) {
    super(
      `Unknown time zone "${timeZone}": use an IANA zone name such as "America/New_York" ` +
        '(validate input with timeZoneSchema first).',
    );
    this.timeZone = timeZone;
  }
}

/** The furthest instant from 1970 that a JavaScript `Date` can hold, in milliseconds. */
export const MAX_EPOCH_MS = 8.64e15;

/** Thrown when an instant is not a finite number of epoch milliseconds a `Date` can hold. */
export class InvalidInstantError extends RangeError {
  override readonly name = 'InvalidInstantError';
  /** The value that was refused. */
  readonly value: unknown;

  constructor(value: unknown, what = 'instant') {
    super(
      `Invalid ${what}: ${String(value)}. Pass epoch milliseconds between -8.64e15 and 8.64e15, ` +
        'such as Date.now() or date.getTime().',
    );
    this.value = value;
  }
}

/** Throws {@link InvalidInstantError} unless `epochMs` is an instant a `Date` can hold. */
export function assertInstant(epochMs: number, what = 'instant'): void {
  if (!(Math.abs(epochMs) <= MAX_EPOCH_MS)) throw new InvalidInstantError(epochMs, what);
}
