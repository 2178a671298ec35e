/**
 * Which local dates a schedule meets on, as day numbers: enough to anchor an exported
 * recurrence at its first real meeting and to keep only the cancellations that matter.
 *
 * @packageDocumentation
 */
import type { Schedule } from '../schemas/schedule.js';
import {
  civilFromDays,
  daysFromCivil,
  daysInMonth,
  parseCivilDate,
  weekdayIndex,
  weekdayOfDays,
} from '../time/civil.js';
import { wallTimeAt } from '../time/zone.js';

/**
 * How far ahead {@link firstMeetingDay} looks, in days. Eight years cover the sparsest pattern
 * (every 8th week with a year of cancellations) many times over.
 */
export const MEETING_SEARCH_DAYS = 8 * 366;

/** The day number of a `YYYY-MM-DD` date. */
export function dayNumberOf(date: string): number {
  return daysFromCivil(parseCivilDate(date));
}

/**
 * Whether the pattern of `schedule` (days, weeks of the month, interval) falls on `day`,
 * regardless of its validity window and cancellations.
 */
export function patternMeetsOn(schedule: Schedule, day: number): boolean {
  if (!schedule.days.includes(weekdayOfDays(day))) return false;
  if (schedule.frequency === 'monthly') {
    const { year, month, day: dayOfMonth } = civilFromDays(day);
    const weeks = schedule.weeksOfMonth ?? [];
    const isLast = dayOfMonth + 7 > daysInMonth(year, month);
    return weeks.some((week) => (week === -1 ? isLast : Math.ceil(dayOfMonth / 7) === week));
  }
  const interval = schedule.interval ?? 1;
  if (interval === 1 || schedule.validFrom === undefined) return true;
  // Weeks run Monday to Sunday and are counted from the week that holds validFrom.
  const anchor = dayNumberOf(schedule.validFrom);
  const anchorMonday = anchor - weekdayIndex(weekdayOfDays(anchor));
  const monday = day - weekdayIndex(weekdayOfDays(day));
  const weeksSince = Math.round((monday - anchorMonday) / 7);
  return weeksSince >= 0 && weeksSince % interval === 0;
}

/** Whether `day` lies inside the validity window of `schedule`. */
export function isWithinValidity(schedule: Schedule, day: number): boolean {
  if (schedule.validFrom !== undefined && day < dayNumberOf(schedule.validFrom)) return false;
  return schedule.validUntil === undefined || day <= dayNumberOf(schedule.validUntil);
}

/**
 * The first day on or after `fromDay` (and on or after `validFrom`) on which `schedule` really
 * meets (in its pattern, inside its validity, not cancelled), or `undefined` when it never does
 * within {@link MEETING_SEARCH_DAYS}.
 */
export function firstMeetingDay(schedule: Schedule, fromDay: number): number | undefined {
  const cancelled = new Set((schedule.cancelledDates ?? []).map(dayNumberOf));
  const start =
    schedule.validFrom === undefined ? fromDay : Math.max(fromDay, dayNumberOf(schedule.validFrom));
  const last =
    schedule.validUntil === undefined
      ? start + MEETING_SEARCH_DAYS
      : Math.min(start + MEETING_SEARCH_DAYS, dayNumberOf(schedule.validUntil));
  for (let day = start; day <= last; day += 1) {
    if (patternMeetsOn(schedule, day) && !cancelled.has(day)) return day;
  }
  return undefined;
}

/**
 * The day an exported series starts from: `validFrom` when the schedule has one, otherwise the
 * local date of `referenceMs` in the schedule's zone.
 */
export function seriesStartDay(schedule: Schedule, referenceMs: number): number {
  if (schedule.validFrom !== undefined) return dayNumberOf(schedule.validFrom);
  return daysFromCivil(wallTimeAt(schedule.timeZone, referenceMs));
}
