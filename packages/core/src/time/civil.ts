/**
 * Calendar arithmetic on local dates, with no time zone: day numbers, weekdays, month lengths.
 * Dates are proleptic Gregorian; day 0 is 1970-01-01.
 *
 * @packageDocumentation
 */
import type { Weekday } from '../schemas/primitives.js';

/** A calendar date with no time zone. `month` is 1-12. */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

/** Milliseconds in one day of UTC. */
export const MS_PER_DAY = 86_400_000;

const WEEKDAY_BY_INDEX: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** Days since 1970-01-01 of a civil date (negative before). Exact for every representable year. */
export function daysFromCivil({ year, month, day }: CivilDate): number {
  // Days-from-civil of Howard Hinnant's date algorithms: shift the year to start in March so
  // the leap day falls at its end.
  const shiftedYear = month <= 2 ? year - 1 : year;
  const era = Math.floor(shiftedYear / 400);
  const yearOfEra = shiftedYear - era * 400;
  const monthFromMarch = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The civil date `days` days after 1970-01-01. */
export function civilFromDays(days: number): CivilDate {
  const shifted = days + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

/** The weekday index of a day number (see {@link daysFromCivil}): Monday 0 to Sunday 6. */
export function weekdayIndexOfDays(days: number): number {
  // 1970-01-01 was a Thursday, index 3 from Monday.
  return (((days + 3) % 7) + 7) % 7;
}

/** The weekday of a day number (see {@link daysFromCivil}). */
export function weekdayOfDays(days: number): Weekday {
  return WEEKDAY_BY_INDEX[weekdayIndexOfDays(days)] as Weekday;
}

/** The index of a weekday, Monday 0 to Sunday 6. */
export function weekdayIndex(weekday: Weekday): number {
  return WEEKDAY_BY_INDEX.indexOf(weekday);
}

/** Whether `year` is a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The number of days in `month` (1-12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The digit at `index` of `text` as a number (NaN when it is not a digit). */
function digitAt(text: string, index: number): number {
  const digit = text.charCodeAt(index) - 48;
  return digit >= 0 && digit <= 9 ? digit : Number.NaN;
}

/**
 * Parses `YYYY-MM-DD`. The caller has validated the format; a non-digit gives NaN fields.
 * Reads character codes rather than slicing, as schedules are parsed on every search result.
 */
export function parseCivilDate(text: string): CivilDate {
  return {
    year:
      digitAt(text, 0) * 1000 + digitAt(text, 1) * 100 + digitAt(text, 2) * 10 + digitAt(text, 3),
    month: digitAt(text, 5) * 10 + digitAt(text, 6),
    day: digitAt(text, 8) * 10 + digitAt(text, 9),
  };
}

/** Formats a civil date as `YYYY-MM-DD`. */
export function formatCivilDate({ year, month, day }: CivilDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Minutes after midnight of a local time `HH:MM`. The caller has validated the format. */
export function minutesOfLocalTime(text: string): number {
  return (digitAt(text, 0) * 10 + digitAt(text, 1)) * 60 + digitAt(text, 3) * 10 + digitAt(text, 4);
}
