/**
 * A schedule in words, in the group's own wall-clock time: "Every 2nd and 4th Wednesday,
 * 6:30 – 8:00 PM", "Cada 2.º y 4.º miércoles, 18:30–20:00".
 *
 * @packageDocumentation
 */
import type { Schedule, WeekOfMonth } from '../schemas/schedule.js';
import { MS_PER_DAY } from '../time/civil.js';
import { capitalize } from './capitalize.js';
import { dateTimeFormat, listFormat, numberFormat } from './intl-cache.js';
import { type ResolvedLocale, resolveLocale } from './locales/resolve-locale.js';
import type { DayList } from './locales/schedule-text.js';
import { planSchedule, type SchedulePlan } from './schedule-plan.js';

/** Options of {@link describeSchedule}. */
export interface DescribeScheduleOptions {
  /**
   * Append the name of the schedule's zone in the locale's words ("Eastern Time", "hora
   * oriental"), for readers who may be elsewhere. Default: false.
   */
  withTimeZone?: boolean;
}

/** 2024-01-01 was a Monday: day `i` after it has weekday index `i`. */
const A_MONDAY_MS = Date.UTC(2024, 0, 1);
/** Any instant works for a zone's generic name ("Eastern Time"); a fixed one keeps output stable. */
const ZONE_NAME_INSTANT = Date.UTC(2026, 0, 1);

function weekdayName(locale: string, weekday: number): string {
  const format = dateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  return format.format(A_MONDAY_MS + weekday * MS_PER_DAY);
}

function dayList({ tag, text }: ResolvedLocale, weekdays: readonly number[]): DayList {
  const names = weekdays.map((weekday) => weekdayName(tag, weekday));
  const list = listFormat(tag);
  return {
    singular: list.format(names),
    plural: list.format(names.map((name) => text.pluralWeekday(name))),
  };
}

/** Weeks in reading order: first to fifth, then last. */
function weeksInOrder(weeks: readonly WeekOfMonth[]): WeekOfMonth[] {
  const order = (week: WeekOfMonth) => (week === -1 ? 6 : week);
  return [...new Set(weeks)].sort((left, right) => order(left) - order(right));
}

function daysPhrase(locale: ResolvedLocale, plan: SchedulePlan): string {
  const { tag, text } = locale;
  const days = dayList(locale, plan.weekdays);
  if (plan.frequency === 'monthly') {
    const weeks = weeksInOrder(plan.weeksOfMonth).map((week) => text.weekOfMonth[week]);
    const [onlyWeek] = weeks;
    if (weeks.length === 1 && onlyWeek !== undefined) return text.monthlyOnce(onlyWeek, days);
    return text.monthlyMany(listFormat(tag).format(weeks), days);
  }
  if (plan.interval === 2) return text.everyOtherWeek(days);
  if (plan.interval > 2) return text.everyFewWeeks(numberFormat(tag).format(plan.interval), days);
  if (plan.weekdays.length === 7) return text.everyDay;
  return text.weekly(days);
}

function timePhrase(
  { tag, text }: ResolvedLocale,
  plan: SchedulePlan,
  options: DescribeScheduleOptions,
): string {
  // Wall-clock times formatted as UTC instants on 1970-01-01: no zone, so no daylight saving
  // change can move them.
  const format = dateTimeFormat(tag, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
  const range = format.formatRange(plan.startMs, plan.endMs);
  if (options.withTimeZone !== true) return range;
  const zoneFormat = dateTimeFormat(tag, { timeZone: plan.timeZone, timeZoneName: 'longGeneric' });
  const zoneName = zoneFormat
    .formatToParts(ZONE_NAME_INSTANT)
    .find((part) => part.type === 'timeZoneName')?.value;
  return zoneName === undefined ? range : text.withTimeZone(range, zoneName);
}

/**
 * `schedule` in words, with its times in the group's own zone: "Every 2nd and 4th Wednesday,
 * 6:30 – 8:00 PM", "Every other Tuesday, 7:00 – 8:30 PM", "Mondays and Thursdays, 12:00 –
 * 1:00 PM", "Last Friday of the month, 7:00 – 8:30 PM"; in Spanish "Cada 2.º y 4.º miércoles,
 * 18:30–20:00".
 *
 * Weekday names, times, ranges and lists come from `Intl` in `locale` (so `en-GB` gets
 * "18:30–20:00"); the remaining words from the locale's table. A language without a table
 * (only English and Spanish so far), or an invalid tag, falls back to English.
 *
 * @param locale A BCP 47 tag such as `en`, `es` or `es-MX`. Default: `en`.
 * @throws {InvalidScheduleError} when `schedule` breaks a rule of `scheduleSchema`.
 * @throws {UnknownTimeZoneError} with `withTimeZone`, when the runtime does not know the zone.
 */
export function describeSchedule(
  schedule: Schedule,
  locale?: string,
  options: DescribeScheduleOptions = {},
): string {
  const plan = planSchedule(schedule);
  const resolved = resolveLocale(locale);
  const sentence = resolved.text.daysAndTime(
    daysPhrase(resolved, plan),
    timePhrase(resolved, plan, options),
  );
  return capitalize(sentence, resolved.tag);
}
