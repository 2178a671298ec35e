/**
 * The meetings of a schedule as an export needs them: where a series starts, and whether a
 * cancelled date is a meeting at all. Built on the package's schedule arithmetic, so an
 * exported calendar starts where the directory says the group next meets.
 *
 * @packageDocumentation
 */

import { type Occurrence, occurrencesBetween } from '../schedule/index.js';
import type { Schedule } from '../schemas/schedule.js';
import { daysFromCivil, MS_PER_DAY, parseCivilDate } from '../time/civil.js';
import { instantOfLocalMs, localDayAt } from '../time/zone.js';

/**
 * How far ahead {@link firstMeeting} looks, in days. Eight years cover the sparsest pattern
 * (every 8th week with a year of cancellations) many times over.
 */
export const MEETING_SEARCH_DAYS = 8 * 366;

/** The day number of a `YYYY-MM-DD` date. */
export function dayNumberOf(date: string): number {
  return daysFromCivil(parseCivilDate(date));
}

/** The first instant of local day `day` in `timeZone`. */
function startOfDay(timeZone: string, day: number): number {
  return instantOfLocalMs(timeZone, day * MS_PER_DAY);
}

/**
 * The day an exported series starts from: `validFrom` when the schedule has one, otherwise the
 * local date of `referenceMs` in the schedule's zone.
 */
export function seriesStartDay(schedule: Schedule, referenceMs: number): number {
  if (schedule.validFrom !== undefined) return dayNumberOf(schedule.validFrom);
  return localDayAt(schedule.timeZone, referenceMs);
}

/**
 * The first real meeting of `schedule` (not cancelled, inside its validity) on or after its
 * series start day (see {@link seriesStartDay}), or `undefined` when there is none within
 * {@link MEETING_SEARCH_DAYS}.
 */
export function firstMeeting(schedule: Schedule, referenceMs: number): Occurrence | undefined {
  // No meeting runs past midnight (endTime is after startTime), so none is in progress at the
  // start of the day and the first occurrence found starts that day or later.
  const from = startOfDay(schedule.timeZone, seriesStartDay(schedule, referenceMs));
  const [first] = occurrencesBetween(schedule, from, from + MEETING_SEARCH_DAYS * MS_PER_DAY, {
    limit: 1,
  });
  return first;
}

/** The local day of a meeting's start in its zone. */
export function meetingDay(meeting: Occurrence): number {
  return localDayAt(meeting.timeZone, meeting.start);
}

/**
 * Whether `schedule` would meet on local day `day` were it not cancelled: the day fits its
 * pattern and its validity window.
 */
export function isScheduledDay(schedule: Schedule, day: number): boolean {
  const uncancelled: Schedule = { ...schedule, cancelledDates: [] };
  const from = startOfDay(schedule.timeZone, day);
  const to = startOfDay(schedule.timeZone, day + 1);
  return occurrencesBetween(uncancelled, from, to, { limit: 1 }).length > 0;
}
