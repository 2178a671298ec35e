/**
 * A schedule as an RFC 5545 recurrence: where the series starts, its RRULE and its EXDATEs.
 *
 * @packageDocumentation
 */
import type { Weekday } from '../schemas/primitives.js';
import type { Schedule } from '../schemas/schedule.js';
import { parseCivilDate, weekdayIndex } from '../time/civil.js';
import { instantOfWallTime } from '../time/zone.js';
import { formatUtcDateTime } from './date-time.js';
import { dayNumberOf, firstMeeting, isScheduledDay, meetingDay } from './meetings.js';

const BYDAY_CODES: Record<Weekday, string> = {
  mon: 'MO',
  tue: 'TU',
  wed: 'WE',
  thu: 'TH',
  fri: 'FR',
  sat: 'SA',
  sun: 'SU',
};

/** A schedule's series, ready to write. */
export interface Recurrence {
  /** The day number of the first real meeting, the series' DTSTART. */
  firstDay: number;
  /** The RRULE value. */
  rrule: string;
  /** Day numbers of cancelled meetings after the first, ascending. */
  exceptDays: number[];
}

function byDayList(schedule: Schedule): string {
  const days = [...schedule.days].sort((left, right) => weekdayIndex(left) - weekdayIndex(right));
  if (schedule.frequency === 'weekly') return days.map((day) => BYDAY_CODES[day]).join(',');
  // Ordinals first, the last week after them: "2WE,4WE", "1TU,-1TU".
  const rank = (week: number) => (week === -1 ? 6 : week);
  const weeks = [...(schedule.weeksOfMonth ?? [])].sort((left, right) => rank(left) - rank(right));
  return weeks.flatMap((week) => days.map((day) => `${week}${BYDAY_CODES[day]}`)).join(',');
}

/** The RRULE value of a schedule, `UNTIL` being the end of `validUntil` in its zone, in UTC. */
export function rruleOf(schedule: Schedule): string {
  let rule: string;
  if (schedule.frequency === 'weekly') {
    const interval = schedule.interval ?? 1;
    rule = `FREQ=WEEKLY;INTERVAL=${interval};BYDAY=${byDayList(schedule)}`;
    // Weeks are counted Monday to Sunday; WKST only matters, and is only written, when some
    // weeks are skipped.
    if (interval > 1) rule += ';WKST=MO';
  } else {
    rule = `FREQ=MONTHLY;BYDAY=${byDayList(schedule)}`;
  }
  if (schedule.validUntil !== undefined) {
    // RFC 5545 requires UNTIL in UTC when DTSTART has a TZID; the last second of the local day
    // keeps a meeting on validUntil, whatever its start time.
    const lastSecond = instantOfWallTime(schedule.timeZone, {
      ...parseCivilDate(schedule.validUntil),
      hour: 23,
      minute: 59,
      second: 59,
    });
    rule += `;UNTIL=${formatUtcDateTime(lastSecond)}`;
  }
  return rule;
}

/**
 * The series of `schedule` starting from `validFrom`, or from the local date of `referenceMs`
 * when it has none; `undefined` when it never meets from then on (it ended, or every date left
 * is cancelled).
 */
export function recurrenceOf(schedule: Schedule, referenceMs: number): Recurrence | undefined {
  const first = firstMeeting(schedule, referenceMs);
  if (first === undefined) return undefined;
  const firstDay = meetingDay(first);
  const exceptDays = new Set<number>();
  for (const date of schedule.cancelledDates ?? []) {
    const day = dayNumberOf(date);
    // A cancellation that is not a meeting of the series would be noise to every reader.
    if (day > firstDay && !exceptDays.has(day) && isScheduledDay(schedule, day)) {
      exceptDays.add(day);
    }
  }
  return {
    firstDay,
    rrule: rruleOf(schedule),
    exceptDays: [...exceptDays].sort((left, right) => left - right),
  };
}
