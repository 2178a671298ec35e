/**
 * Every occurrence of a schedule, or of all of a group's schedules, in a window of time.
 *
 * @packageDocumentation
 */
import type { Schedule } from '../schemas/schedule.js';
import { localDayAt } from '../time/zone.js';
import { nextMeetingDay } from './meeting-days.js';
import { type Occurrence, occurrenceOnDay } from './occurrence.js';
import {
  assertWindow,
  FIRST_REPRESENTABLE_DAY,
  LAST_REPRESENTABLE_DAY,
  resolveLimit,
} from './occurrence-window.js';
import { planSchedule } from './schedule-plan.js';

/** Options of {@link occurrencesBetween} and {@link groupOccurrencesBetween}. */
export interface OccurrencesOptions {
  /**
   * The most occurrences to return, earliest first; the rest of the window is dropped. A whole
   * number, at least 1. Default: 1000, a few years of a weekly meeting, so a window of centuries
   * cannot run away.
   */
  limit?: number;
}

/** Options of {@link occurrencesBetween}. */
export interface ScheduleOccurrencesOptions extends OccurrencesOptions {
  /** The `scheduleIndex` to stamp on each occurrence: the schedule's position in its group. Default: 0. */
  scheduleIndex?: number;
}

/**
 * Every occurrence of `schedule` that overlaps the window [`from`, `to`) (epoch milliseconds),
 * in start order: meetings in progress at `from` are included, meetings starting at `to` are
 * not. Cancelled dates are left out and the validity window is honoured; wall times stay put
 * across daylight saving changes in the schedule's zone (a 7 PM meeting is at 7 PM local all
 * year), and a start in a spring-forward gap moves forward by the gap, as RFC 5545 says.
 *
 * Weekly schedules of every few weeks count their weeks Monday to Sunday from the week of
 * `validFrom`, as iCalendar does by default (`WKST=MO`).
 *
 * @throws {InvalidScheduleError} when `schedule` breaks a rule of `scheduleSchema`.
 * @throws {UnknownTimeZoneError} when the runtime does not know the schedule's zone.
 * @throws {InvalidInstantError} when `from` or `to` is not an instant a `Date` can hold.
 * @throws {InvalidOptionError} when `limit` is not a whole number of at least 1.
 */
export function occurrencesBetween(
  schedule: Schedule,
  from: number,
  to: number,
  options: ScheduleOccurrencesOptions = {},
): Occurrence[] {
  assertWindow(from, to);
  const limit = resolveLimit(options.limit);
  const scheduleIndex = options.scheduleIndex ?? 0;
  const plan = planSchedule(schedule);
  const occurrences: Occurrence[] = [];
  if (to <= from) return occurrences;
  // A meeting overlapping `from` starts on its local day or the one before; a day of margin on
  // each side also covers starts moved across midnight by a transition.
  const lastDay = Math.min(localDayAt(plan.timeZone, to) + 1, LAST_REPRESENTABLE_DAY);
  let day = Math.max(localDayAt(plan.timeZone, from) - 1, FIRST_REPRESENTABLE_DAY);
  while (occurrences.length < limit) {
    day = nextMeetingDay(plan, day);
    if (day > lastDay) break;
    if (!plan.cancelled.has(day)) {
      const occurrence = occurrenceOnDay(plan, day, scheduleIndex);
      if (occurrence.start >= to) break;
      // A local date a zone skipped outright (Samoa leapt over 2011-12-30) reads, by the gap
      // rule, as the next day's meeting: it is the same meeting and is listed once.
      const previous = occurrences[occurrences.length - 1];
      const repeats = previous !== undefined && occurrence.start <= previous.start;
      if (occurrence.end > from && !repeats) occurrences.push(occurrence);
    }
    day += 1;
  }
  return occurrences;
}

/** Orders occurrences by start, then by schedule, so merged lists read in a stable order. */
export function compareOccurrences(left: Occurrence, right: Occurrence): number {
  return left.start - right.start || left.scheduleIndex - right.scheduleIndex;
}

/**
 * Every occurrence of all of a group's `schedules` that overlaps [`from`, `to`), merged in start
 * order (ties by schedule position), each stamped with the position of its schedule. The
 * `limit` applies to the merged list. See {@link occurrencesBetween} for the rules.
 *
 * @throws {InvalidScheduleError} when a schedule breaks a rule of `scheduleSchema`.
 * @throws {UnknownTimeZoneError} when the runtime does not know a schedule's zone.
 * @throws {InvalidInstantError} when `from` or `to` is not an instant a `Date` can hold.
 * @throws {InvalidOptionError} when `limit` is not a whole number of at least 1.
 */
export function groupOccurrencesBetween(
  schedules: readonly Schedule[],
  from: number,
  to: number,
  options: OccurrencesOptions = {},
): Occurrence[] {
  const limit = resolveLimit(options.limit);
  const merged: Occurrence[] = [];
  for (const [scheduleIndex, schedule] of schedules.entries()) {
    merged.push(...occurrencesBetween(schedule, from, to, { limit, scheduleIndex }));
  }
  if (schedules.length === 0) assertWindow(from, to);
  return merged.sort(compareOccurrences).slice(0, limit);
}
