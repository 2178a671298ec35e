/**
 * How a viewer sees one meeting, in the viewer's own zone and language: "Tomorrow, 2:30 –
 * 4:00 AM", "Hoy, 18:30–20:00 (en curso)", "Wednesday, March 11, 6:30 – 8:00 PM".
 *
 * @packageDocumentation
 */
import type { MeetingOccurrence } from '../schemas/schedule.js';
import { civilFromDays } from '../time/civil.js';
import { InvalidInstantError } from '../time/errors.js';
import { localDayAt } from '../time/zone.js';
import { capitalize } from './capitalize.js';
import { dateTimeFormat, relativeTimeFormat } from './intl-cache.js';
import { resolveLocale } from './locales/resolve-locale.js';
import type { Occurrence } from './occurrence.js';

/** What a meeting is doing at the moment of viewing. */
export type OccurrenceStatus = 'ended' | 'in-progress' | 'starting-soon' | 'upcoming';

/** Options of {@link formatOccurrence}. */
export interface FormatOccurrenceOptions {
  /** The viewer's language, a BCP 47 tag such as `en` or `es-MX`. Default: `en`. */
  locale?: string;
  /** The viewer's IANA zone, in which the times are shown. Default: the runtime's zone. */
  timeZone?: string;
  /** The moment of viewing, in epoch milliseconds. Default: `Date.now()`. */
  now?: number;
  /** Append the viewer zone's short name ("MST", "CET") to the time in `text`. Default: false. */
  withTimeZone?: boolean;
}

/** One meeting as a viewer sees it, in parts for a UI and as one plain string. */
export interface FormattedOccurrence {
  /** The day: "Today", "Tomorrow" (relative words where the locale has them) or "Wednesday, March 11". */
  day: string;
  /** Local days from the viewer's today to the meeting's start: 0 today, 1 tomorrow, -1 yesterday. */
  daysFromToday: number;
  /** The time range in the viewer's zone: "6:30 – 8:00 PM". */
  time: string;
  /** The short name of the viewer's zone: "MST", "CET", "GMT+5:30". */
  timeZoneName: string;
  /** What the meeting is doing at `now`. */
  status: OccurrenceStatus;
  /** Words for a status worth showing ("happening now", "starts within the hour"), else null. */
  statusText: string | null;
  /** Everything in one line: "Today, 6:30 – 8:00 PM (happening now)". */
  text: string;
}

/** How soon before its start a meeting counts as starting soon. */
const SOON_MS = 3_600_000;
/** Days for which `Intl.RelativeTimeFormat` with `numeric: 'auto'` has words in every locale. */
const RELATIVE_DAYS_IN_WORDS = new Set([-1, 0, 1]);

function toEpochMs(value: number | string, what: string): number {
  const epochMs = typeof value === 'string' ? Date.parse(value) : value;
  if (!Number.isFinite(epochMs)) throw new InvalidInstantError(value, what);
  return epochMs;
}

function statusAt(start: number, end: number, now: number): OccurrenceStatus {
  if (now >= end) return 'ended';
  if (now >= start) return 'in-progress';
  return start - now <= SOON_MS ? 'starting-soon' : 'upcoming';
}

function viewerZone(timeZone: string | undefined): string {
  return timeZone ?? new Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/**
 * How `occurrence` reads for a viewer in `options.timeZone` speaking `options.locale`: an
 * online group in Denver seen from Madrid shows Madrid times. The day is in words where
 * `Intl.RelativeTimeFormat` has them ("Today", "Tomorrow", "Hoy", "Mañana"), otherwise the
 * weekday and date (with the year when it is not the viewer's current year). The status says
 * whether the meeting is in progress or starts within the hour.
 *
 * Accepts an {@link Occurrence} or its wire form, `MeetingOccurrence`.
 *
 * @throws {InvalidInstantError} when a start, end or `now` is not a valid instant.
 * @throws {UnknownTimeZoneError} when the runtime does not know `options.timeZone`.
 */
export function formatOccurrence(
  occurrence: Occurrence | MeetingOccurrence,
  options: FormatOccurrenceOptions = {},
): FormattedOccurrence {
  const start = toEpochMs(occurrence.start, 'occurrence start');
  const end = toEpochMs(occurrence.end, 'occurrence end');
  const now = toEpochMs(options.now ?? Date.now(), 'option now');
  const timeZone = viewerZone(options.timeZone);
  const { tag, text } = resolveLocale(options.locale);

  const startDay = localDayAt(timeZone, start);
  const today = localDayAt(timeZone, now);
  const daysFromToday = startDay - today;
  const sameYear = civilFromDays(startDay).year === civilFromDays(today).year;
  const day = RELATIVE_DAYS_IN_WORDS.has(daysFromToday)
    ? relativeTimeFormat(tag).format(daysFromToday, 'day')
    : dateTimeFormat(tag, {
        weekday: 'long',
        month: 'long',
        day: 'numeric',
        ...(sameYear ? {} : { year: 'numeric' }),
        timeZone,
      }).format(start);

  const clock = dateTimeFormat(tag, { hour: 'numeric', minute: '2-digit', timeZone });
  // formatRange spells out both dates for a range past midnight; the day is already said.
  const time =
    localDayAt(timeZone, end - 1) === startDay
      ? clock.formatRange(start, end)
      : text.overnightRange(clock.format(start), clock.format(end));
  const timeZoneName =
    dateTimeFormat(tag, { timeZone, timeZoneName: 'short' })
      .formatToParts(start)
      .find((part) => part.type === 'timeZoneName')?.value ?? timeZone;

  const status = statusAt(start, end, now);
  const statusText =
    status === 'in-progress' || status === 'starting-soon' ? text.status[status] : null;
  const capitalizedDay = capitalize(day, tag);
  const when = text.daysAndTime(
    capitalizedDay,
    options.withTimeZone === true ? text.withTimeZone(time, timeZoneName) : time,
  );
  return {
    day: capitalizedDay,
    daysFromToday,
    time,
    timeZoneName,
    status,
    statusText,
    text: statusText === null ? when : text.withStatus(when, statusText),
  };
}
