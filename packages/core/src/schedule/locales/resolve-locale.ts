/**
 * Picks the words table and the `Intl` locale for a requested locale, falling back to English.
 *
 * @packageDocumentation
 */
import { en } from './en.js';
import { es } from './es.js';
import type { ScheduleText } from './schedule-text.js';

/** The languages with a words table, by primary language subtag. */
const TABLES: Readonly<Record<string, ScheduleText>> = { en, es };

/** The locale the schedule texts fall back to. */
export const FALLBACK_LOCALE = 'en';

/** A locale ready for use: the tag to hand to `Intl` and the words table of its language. */
export interface ResolvedLocale {
  /** A canonical BCP 47 tag that `Intl` supports, e.g. `es-MX`. */
  readonly tag: string;
  readonly text: ScheduleText;
}

const resolved = new Map<string, ResolvedLocale>();
/** Locales remembered before the cache starts over; callers pass a handful in practice. */
const MAX_REMEMBERED = 100;

function resolveUncached(locale: string): ResolvedLocale {
  let tag: string | undefined;
  try {
    tag = Intl.getCanonicalLocales(locale)[0];
  } catch {
    tag = undefined;
  }
  const text = tag === undefined ? undefined : TABLES[tag.split('-')[0]?.toLowerCase() ?? ''];
  // A language without a table, or one the runtime's Intl lacks data for, would mix English
  // sentences with another language's names: the whole text falls back to English instead.
  if (tag === undefined || text === undefined) return { tag: FALLBACK_LOCALE, text: en };
  if (Intl.DateTimeFormat.supportedLocalesOf(tag).length === 0) {
    return { tag: FALLBACK_LOCALE, text: en };
  }
  return { tag, text };
}

/**
 * The `Intl` tag and words table for `locale` (`es-MX` uses the Spanish table and Mexican
 * formats). A language without a table, a tag `Intl` refuses, or none at all gives English.
 */
export function resolveLocale(locale: string | undefined): ResolvedLocale {
  const key = locale ?? FALLBACK_LOCALE;
  let answer = resolved.get(key);
  if (answer === undefined) {
    answer = resolveUncached(key);
    if (resolved.size >= MAX_REMEMBERED) resolved.clear();
    resolved.set(key, answer);
  }
  return answer;
}
