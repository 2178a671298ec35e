/**
 * Calendar dates as day numbers (days since 1970-01-01), computed in UTC so the result never
 * depends on the machine's own time zone.
 *
 * @packageDocumentation
 */
import type { Weekday } from '@peer-groups/core';

/** Milliseconds in a day of UTC. */
export const MS_PER_DAY = 86_400_000;

/** Weekdays indexed Monday 0 to Sunday 6. */
export const WEEKDAY_ORDER: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** The day number of a calendar date; `month` is 1-12. */
export function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

/** The day number of the UTC date of an instant. */
export function dayOfInstant(epochMs: number): number {
  return Math.floor(epochMs / MS_PER_DAY);
}

/** The year of a day number. */
export function yearOfDay(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

/** The weekday index of a day number, Monday 0 to Sunday 6. */
export function weekdayIndexOfDay(day: number): number {
  // 1970-01-01 was a Thursday: index 3.
  return (((day + 3) % 7) + 7) % 7;
}

/** The weekday of a day number. */
export function weekdayOfDay(day: number): Weekday {
  return WEEKDAY_ORDER[weekdayIndexOfDay(day)] as Weekday;
}

/** The weekday index (Monday 0) of `weekday`. */
export function indexOfWeekday(weekday: Weekday): number {
  return WEEKDAY_ORDER.indexOf(weekday);
}

const FORMATTED_DAYS_LIMIT = 20_000;
const formattedDays = new Map<number, string>();

/** A day number as `YYYY-MM-DD`. */
export function formatDay(day: number): string {
  let text = formattedDays.get(day);
  if (text === undefined) {
    text = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    // Generated dates cluster within a few years of "now"; the bound keeps memory flat even
    // when many different "now"s are used in one process.
    if (formattedDays.size >= FORMATTED_DAYS_LIMIT) formattedDays.clear();
    formattedDays.set(day, text);
  }
  return text;
}

function twoDigits(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/**
 * An instant as `YYYY-MM-DDTHH:MM:SS.mmmZ`, exactly as `Date.prototype.toISOString` writes it
 * for years 0 to 9999, but reusing the formatted date of the day.
 */
export function formatInstant(epochMs: number): string {
  const day = Math.floor(epochMs / MS_PER_DAY);
  let rest = epochMs - day * MS_PER_DAY;
  const hours = Math.floor(rest / 3_600_000);
  rest -= hours * 3_600_000;
  const minutes = Math.floor(rest / 60_000);
  rest -= minutes * 60_000;
  const seconds = Math.floor(rest / 1000);
  const millis = rest - seconds * 1000;
  const millisText = millis < 10 ? `00${millis}` : millis < 100 ? `0${millis}` : String(millis);
  return `${formatDay(day)}T${twoDigits(hours)}:${twoDigits(minutes)}:${twoDigits(seconds)}.${millisText}Z`;
}

/**
 * The week of the month a day falls in, counted the way listings say it: days 1-7 are the 1st
 * week, 8-14 the 2nd and so on.
 */
export function weekOfMonthOfDay(day: number): number {
  return Math.ceil(new Date(day * MS_PER_DAY).getUTCDate() / 7);
}

/** Whether a day is in the last seven days of its month ("last Friday"). */
export function isInLastWeekOfMonth(day: number): boolean {
  const date = new Date(day * MS_PER_DAY);
  const nextWeek = new Date((day + 7) * MS_PER_DAY);
  return nextWeek.getUTCMonth() !== date.getUTCMonth();
}

/**
 * The day number of the `ordinal`-th `weekday` (Monday 0) of a month: 1 to 5 from the start,
 * -1 for the last. May fall in the next month for a 5th weekday that does not exist.
 */
export function nthWeekdayOfMonth(
  year: number,
  month: number,
  weekday: number,
  ordinal: number,
): number {
  if (ordinal === -1) {
    const lastDay = dayNumber(year, month + 1, 0);
    return lastDay - ((weekdayIndexOfDay(lastDay) - weekday + 7) % 7);
  }
  const firstDay = dayNumber(year, month, 1);
  return firstDay + ((weekday - weekdayIndexOfDay(firstDay) + 7) % 7) + (ordinal - 1) * 7;
}
