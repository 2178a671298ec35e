/**
 * The next meeting of a group: what every search result shows.
 *
 * @packageDocumentation
 */
import type { Schedule } from '../schemas/schedule.js';
import { assertInstant } from '../time/errors.js';
import { localDayAt } from '../time/zone.js';
import { NO_DAY, nextMeetingDay } from './meeting-days.js';
import { type Occurrence, occurrenceOnDay } from './occurrence.js';
import { FIRST_REPRESENTABLE_DAY, LAST_REPRESENTABLE_DAY } from './occurrence-window.js';
import { planSchedule } from './schedule-plan.js';

/**
 * Meeting days that may have ended by `after` although they are not cancelled: the day before
 * its local date, its local date, and one more for starts moved by a transition.
 */
const DAYS_THAT_MAY_HAVE_ENDED = 3;

function nextOfSchedule(
  schedule: Schedule,
  scheduleIndex: number,
  after: number,
): Occurrence | null {
  const plan = planSchedule(schedule);
  let day = Math.max(localDayAt(plan.timeZone, after) - 1, FIRST_REPRESENTABLE_DAY);
  const turns = plan.cancelled.size + DAYS_THAT_MAY_HAVE_ENDED + 1;
  for (let turn = 0; turn < turns; turn++) {
    day = nextMeetingDay(plan, day);
    if (day === NO_DAY || day > LAST_REPRESENTABLE_DAY) return null;
    if (!plan.cancelled.has(day)) {
      const occurrence = occurrenceOnDay(plan, day, scheduleIndex);
      if (occurrence.end > after) return occurrence;
    }
    day += 1;
  }
  return null;
}

/**
 * The first occurrence of any of a group's `schedules` that has not ended at `after` (epoch
 * milliseconds), or `null` when none is left (every schedule's `validUntil` has passed).
 *
 * A meeting in progress at `after` counts, so a listing can say "happening now". Ties go to
 * the earlier schedule. The result equals the first occurrence of
 * `groupOccurrencesBetween(schedules, after, …)` but costs a few arithmetic steps and cached
 * offset lookups per schedule, however far away the meeting is.
 *
 * @throws {InvalidScheduleError} when a schedule breaks a rule of `scheduleSchema`.
 * @throws {UnknownTimeZoneError} when the runtime does not know a schedule's zone.
 * @throws {InvalidInstantError} when `after` is not an instant a `Date` can hold.
 */
export function nextOccurrence(schedules: readonly Schedule[], after: number): Occurrence | null {
  assertInstant(after, 'instant "after"');
  let next: Occurrence | null = null;
  for (const [scheduleIndex, schedule] of schedules.entries()) {
    const candidate = nextOfSchedule(schedule, scheduleIndex, after);
    if (candidate !== null && (next === null || candidate.start < next.start)) next = candidate;
  }
  return next;
}
