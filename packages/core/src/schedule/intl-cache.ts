/**
 * Cached `Intl` formatters. Building one costs tens of microseconds, far more than formatting
 * with it, and a list of results formats with the same few again and again.
 *
 * @packageDocumentation
 */
import { UnknownTimeZoneError } from '../time/errors.js';

/** Formatters remembered before the cache starts over. */
const MAX_FORMATTERS = 200;

const formatters = new Map<string, unknown>();

function remembered<T>(key: string, create: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (formatter === undefined) {
    formatter = create();
    if (formatters.size >= MAX_FORMATTERS) formatters.clear();
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * A cached `Intl.DateTimeFormat` for `locale` and `options`.
 *
 * @throws {UnknownTimeZoneError} when `options.timeZone` is not a zone the runtime knows.
 */
export function dateTimeFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  return remembered(`date ${locale} ${JSON.stringify(options)}`, () => {
    try {
      return new Intl.DateTimeFormat(locale, options);
    } catch (error) {
      // Locales reaching here are resolved already, so a refusal is the zone's.
      if (options.timeZone !== undefined) throw new UnknownTimeZoneError(options.timeZone);
      throw error;
    }
  });
}

/** A cached conjunction `Intl.ListFormat` ("a, b and c") for `locale`. */
export function listFormat(locale: string): Intl.ListFormat {
  return remembered(
    `list ${locale}`,
    () => new Intl.ListFormat(locale, { type: 'conjunction', style: 'long' }),
  );
}

/** A cached `Intl.RelativeTimeFormat` that prefers words ("tomorrow") for `locale`. */
export function relativeTimeFormat(locale: string): Intl.RelativeTimeFormat {
  return remembered(
    `relative ${locale}`,
    () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }),
  );
}

/** A cached `Intl.NumberFormat` for `locale`. */
export function numberFormat(locale: string): Intl.NumberFormat {
  return remembered(`number ${locale}`, () => new Intl.NumberFormat(locale));
}
