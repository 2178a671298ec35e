/**
 * Building blocks shared by every schema: bounded text, safe links, local dates and times,
 * IANA time zones and BCP 47 language tags.
 *
 * @packageDocumentation
 */
import * as z from 'zod/mini';
import { oneOf } from './one-of.js';

// zod compiles fast object parsers with `new Function` unless told not to. Pages that embed the
// widget run under a strict Content Security Policy (no 'unsafe-eval'), where even zod's probe
// for eval reports a violation, so every schema of the directory parses without it.
z.config({ jitless: true });

// Every module-level schema is marked pure: a bundler cannot tell that a chained `.check(...)`
// has no side effects, and without the mark a page that reads one schema would ship them all.

/** Longest accepted single-line text (names, venue, labels). */
export const SHORT_TEXT_MAX = 200;
/** Longest accepted multi-line text (descriptions, notes). */
export const LONG_TEXT_MAX = 5000;
/** Longest accepted URL. */
export const URL_MAX = 2048;

/** Days of the week in ISO order, Monday first. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** A day of the week, as used on the wire and in query strings. */
export const weekdaySchema = /* @__PURE__ */ oneOf(WEEKDAYS);
/** A day of the week (`mon` … `sun`). */
export type Weekday = z.infer<typeof weekdaySchema>;

/** A stable identifier: letters, digits, `_` and `-`, so it is always a single safe path segment. */
export const idSchema = /* @__PURE__ */ z
  .string()
  .check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'must be 1-64 letters, digits, "_" or "-"'));

/** A URL-friendly lowercase name, e.g. `cambridge-grief-circle`. */
export const slugSchema = /* @__PURE__ */ z
  .string()
  .check(
    z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by "-"'),
    z.maxLength(120),
  );

/** A taxonomy term id in kebab-case, e.g. `substance-use`. */
export const termIdSchema = /* @__PURE__ */ z
  .string()
  .check(
    z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case term id such as "substance-use"'),
    z.maxLength(64),
  );

function hasVisibleText(value: string): boolean {
  return value.trim().length > 0;
}

/** Required single-line text: not blank, at most {@link SHORT_TEXT_MAX} characters. */
/* @__NO_SIDE_EFFECTS__ */
export function shortText(max = SHORT_TEXT_MAX) {
  return z
    .string()
    .check(
      z.maxLength(max, `must be at most ${max} characters`),
      z.refine(hasVisibleText, 'must not be blank'),
    );
}

/** Free text that may be empty, at most `max` characters. Stored and returned exactly as given. */
/* @__NO_SIDE_EFFECTS__ */
export function longText(max = LONG_TEXT_MAX) {
  return z.string().check(z.maxLength(max, `must be at most ${max} characters`));
}

interface ParsedUrl {
  protocol: string;
  hostname: string;
  pathname: string;
}

// Every runtime core targets has a WHATWG URL global; it is typed here so core needs neither the
// DOM nor the Node type library.
const UrlParser = (globalThis as unknown as { URL: new (input: string) => ParsedUrl }).URL;

const SAFE_LINK_SCHEMES = new Set(['http:', 'https:', 'tel:', 'mailto:']);

/**
 * Whether `value` is a link a patient can safely follow: only `http`, `https`, `tel` and
 * `mailto` pass, so `javascript:`, `data:` and friends never reach a rendered `href`.
 */
export function isSafeLink(value: string): boolean {
  let parsed: ParsedUrl;
  try {
    parsed = new UrlParser(value);
  } catch {
    return false;
  }
  if (!SAFE_LINK_SCHEMES.has(parsed.protocol)) return false;
  if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return parsed.hostname !== '';
  return parsed.pathname.length > 0;
}

/** A link a patient may follow: http, https, tel or mailto, at most {@link URL_MAX} characters. */
export const safeUrlSchema = /* @__PURE__ */ z
  .string()
  .check(
    z.maxLength(URL_MAX, `must be at most ${URL_MAX} characters`),
    z.regex(/^(?:https?:\/\/|tel:|mailto:)/i, 'must be an http, https, tel or mailto URL'),
    z.refine(isSafeLink, 'must be a valid http, https, tel or mailto URL'),
  );

/** A web page address: http or https only. */
export const webUrlSchema = /* @__PURE__ */ z
  .string()
  .check(
    z.maxLength(URL_MAX, `must be at most ${URL_MAX} characters`),
    z.regex(/^https?:\/\//i, 'must be an http or https URL'),
    z.refine(isSafeLink, 'must be a valid http or https URL'),
  );

/** A phone number as people write it: digits, spaces, `+`, `(`, `)`, `.`, `-`, optional extension. */
export const phoneSchema = /* @__PURE__ */ z
  .string()
  .check(
    z.regex(/^\+?[0-9 ().-]{3,32}(?:\s*(?:x|ext\.?)\s*[0-9]{1,6})?$/i, 'must be a phone number'),
  );

/** An email address. */
export const emailSchema = /* @__PURE__ */ z
  .string()
  .check(
    z.maxLength(254),
    z.regex(
      /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/,
      'must be an email address',
    ),
  );

/** A local wall-clock time `HH:MM` (24-hour). */
export const localTimeSchema = /* @__PURE__ */ z
  .string()
  .check(z.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'must be a 24-hour time "HH:MM"'));

function isCalendarDate(text: string): boolean {
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(5, 7));
  const day = Number(text.slice(8, 10));
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const monthLengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= (monthLengths[month - 1] as number);
}

function isInstant(text: string): boolean {
  return isCalendarDate(text.slice(0, 10)) && !Number.isNaN(Date.parse(text));
}

// Dates and instants are checked with plain patterns rather than zod's ISO string formats,
// which would cost the widget's bundle several KB for the same answers.

/** A calendar date `YYYY-MM-DD` with no time zone. */
export const localDateSchema = /* @__PURE__ */ z
  .string()
  .check(
    z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date "YYYY-MM-DD"'),
    z.refine(isCalendarDate, 'must be a date "YYYY-MM-DD"'),
  );

/** An exact instant in ISO 8601 with a UTC offset, e.g. `2026-03-10T18:30:00-05:00`. */
export const instantSchema = /* @__PURE__ */ z
  .string()
  .check(
    z.regex(
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/,
      'must be an ISO 8601 date-time with an offset',
    ),
    z.refine(isInstant, 'must be an ISO 8601 date-time with an offset'),
  );

const timeZoneCache = new Map<string, boolean>();

/**
 * Whether `name` is an IANA time zone this runtime knows (`America/New_York`, `UTC`).
 * Numeric offsets such as `-05:00` are refused: they break across daylight saving time.
 */
export function isIanaTimeZone(name: string): boolean {
  const known = timeZoneCache.get(name);
  if (known !== undefined) return known;
  let valid = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/.test(name);
  if (valid) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: name });
    } catch {
      valid = false;
    }
  }
  timeZoneCache.set(name, valid);
  return valid;
}

/** An IANA time zone name such as `America/Denver`. */
export const timeZoneSchema = /* @__PURE__ */ z
  .string()
  .check(
    z.maxLength(64),
    z.refine(isIanaTimeZone, 'must be an IANA time zone such as "America/New_York"'),
  );

function isLanguageTag(tag: string): boolean {
  if (!/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/.test(tag)) return false;
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** A BCP 47 language tag such as `en`, `es-MX` or `ase` (American Sign Language). */
export const languageTagSchema = /* @__PURE__ */ z
  .string()
  .check(
    z.maxLength(35),
    z.refine(isLanguageTag, 'must be a BCP 47 language tag such as "en" or "es-MX"'),
  );

/** Geographic coordinates in WGS 84 decimal degrees. */
export const coordinatesSchema = /* @__PURE__ */ z.object({
  lat: /* @__PURE__ */ z
    .number()
    .check(
      z.gte(-90, 'latitude must be between -90 and 90'),
      z.lte(90, 'latitude must be between -90 and 90'),
    ),
  lng: /* @__PURE__ */ z
    .number()
    .check(
      z.gte(-180, 'longitude must be between -180 and 180'),
      z.lte(180, 'longitude must be between -180 and 180'),
    ),
});
/** Geographic coordinates in WGS 84 decimal degrees. */
export type Coordinates = z.infer<typeof coordinatesSchema>;

/** Whether every item of `list` is distinct. */
export function isUnique(list: readonly unknown[]): boolean {
  return new Set(list).size === list.length;
}
