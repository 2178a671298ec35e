/**
 * A schedule checked and turned into numbers once (day numbers, weekday indexes, milliseconds
 * of the day), so the occurrence arithmetic never parses text in its loops.
 *
 * @packageDocumentation
 */
import type { Weekday } from '../schemas/primitives.js';
import type { Schedule, WeekOfMonth } from '../schemas/schedule.js';
import {
  daysFromCivil,
  daysInMonth,
  minutesOfLocalTime,
  parseCivilDate,
  weekdayIndex,
  weekdayIndexOfDays,
} from '../time/civil.js';
import { InvalidScheduleError } from './errors.js';

/** A schedule in numbers. Day numbers count days since 1970-01-01 (see `daysFromCivil`). */
export interface SchedulePlan {
  readonly timeZone: string;
  readonly frequency: Schedule['frequency'];
  /** Weeks between meeting weeks of a weekly schedule; 1 for monthly ones. */
  readonly interval: number;
  /** Weekday indexes (Monday 0 to Sunday 6), ascending. */
  readonly weekdays: readonly number[];
  /** Weeks of the month of a monthly schedule (1-5, -1 for the last); empty for weekly ones. */
  readonly weeksOfMonth: readonly WeekOfMonth[];
  /** The start time as milliseconds after local midnight. */
  readonly startMs: number;
  /** The end time as milliseconds after local midnight; always after `startMs`. */
  readonly endMs: number;
  /** The first local day on which the schedule may meet (`validFrom`), or -Infinity. */
  readonly firstDay: number;
  /** The last local day on which the schedule may meet (`validUntil`), or +Infinity. */
  readonly lastDay: number;
  /** The Monday of the week that weekly intervals count from. */
  readonly anchorMonday: number;
  /** Local days on which the meeting is cancelled. */
  readonly cancelled: ReadonlySet<number>;
}

const LOCAL_TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$/;
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const WEEKS_OF_MONTH: ReadonlySet<unknown> = new Set([1, 2, 3, 4, 5, -1]);
/** A Monday (1970-01-05) for schedules that meet every week, where the anchor is immaterial. */
const ANY_MONDAY = 4;

function localTimeMs(field: string, text: unknown): number {
  if (typeof text !== 'string' || !LOCAL_TIME.test(text)) {
    throw new InvalidScheduleError(field, `must be a 24-hour time "HH:MM", got ${String(text)}`);
  }
  return minutesOfLocalTime(text) * 60_000;
}

function localDay(field: string, text: unknown): number {
  if (typeof text === 'string' && LOCAL_DATE.test(text)) {
    const date = parseCivilDate(text);
    if (date.month >= 1 && date.month <= 12 && date.day >= 1) {
      if (date.day <= daysInMonth(date.year, date.month)) return daysFromCivil(date);
    }
  }
  throw new InvalidScheduleError(field, `must be a date "YYYY-MM-DD", got ${String(text)}`);
}

function weekdayIndexes(days: Schedule['days']): number[] {
  if (!Array.isArray(days) || days.length === 0) {
    throw new InvalidScheduleError('days', 'must name at least one day');
  }
  let mask = 0;
  for (let position = 0; position < days.length; position++) {
    const index = weekdayIndex(days[position] as Weekday);
    if (index < 0) {
      throw new InvalidScheduleError(
        `days.${position}`,
        `must be mon … sun, got ${days[position]}`,
      );
    }
    mask |= 1 << index;
  }
  const indexes: number[] = [];
  for (let index = 0; index < 7; index++) {
    if (mask & (1 << index)) indexes.push(index);
  }
  return indexes;
}

const NO_WEEKS: readonly WeekOfMonth[] = [];

function monthWeeks(schedule: Schedule): readonly WeekOfMonth[] {
  if (schedule.frequency === 'weekly') return NO_WEEKS;
  const weeks = schedule.weeksOfMonth;
  if (!Array.isArray(weeks) || weeks.length === 0) {
    throw new InvalidScheduleError('weeksOfMonth', 'must list the weeks a monthly schedule meets');
  }
  for (let position = 0; position < weeks.length; position++) {
    if (!WEEKS_OF_MONTH.has(weeks[position])) {
      throw new InvalidScheduleError(
        `weeksOfMonth.${position}`,
        `must be 1-5 or -1, got ${weeks[position]}`,
      );
    }
  }
  return weeks;
}

function weekInterval(schedule: Schedule): number {
  const interval = schedule.interval ?? 1;
  if (schedule.frequency === 'monthly' || interval === 1) return 1;
  if (!Number.isInteger(interval) || interval < 1) {
    throw new InvalidScheduleError('interval', `must be a whole number of weeks, got ${interval}`);
  }
  if (schedule.validFrom === undefined) {
    throw new InvalidScheduleError(
      'validFrom',
      'must be set to anchor a schedule of every few weeks',
    );
  }
  return interval;
}

const NO_DAYS: ReadonlySet<number> = new Set();

function cancelledDays(dates: Schedule['cancelledDates']): ReadonlySet<number> {
  if (dates === undefined || dates.length === 0) return NO_DAYS;
  const days = new Set<number>();
  for (let position = 0; position < dates.length; position++) {
    days.add(localDay(`cancelledDates.${position}`, dates[position]));
  }
  return days;
}

/**
 * Checks `schedule` and turns it into a {@link SchedulePlan}.
 *
 * @throws {InvalidScheduleError} naming the first field that breaks the schema's rules.
 */
export function planSchedule(schedule: Schedule): SchedulePlan {
  if (schedule.frequency !== 'weekly' && schedule.frequency !== 'monthly') {
    throw new InvalidScheduleError('frequency', 'must be "weekly" or "monthly"');
  }
  if (typeof schedule.timeZone !== 'string' || schedule.timeZone === '') {
    throw new InvalidScheduleError('timeZone', 'must be an IANA zone such as "America/New_York"');
  }
  const startMs = localTimeMs('startTime', schedule.startTime);
  const endMs = localTimeMs('endTime', schedule.endTime);
  if (endMs <= startMs) throw new InvalidScheduleError('endTime', 'must be after startTime');
  const firstDay =
    schedule.validFrom === undefined
      ? Number.NEGATIVE_INFINITY
      : localDay('validFrom', schedule.validFrom);
  const lastDay =
    schedule.validUntil === undefined
      ? Number.POSITIVE_INFINITY
      : localDay('validUntil', schedule.validUntil);
  const cancelled = cancelledDays(schedule.cancelledDates);
  const interval = weekInterval(schedule);
  return {
    timeZone: schedule.timeZone,
    frequency: schedule.frequency,
    interval,
    weekdays: weekdayIndexes(schedule.days),
    weeksOfMonth: monthWeeks(schedule),
    startMs,
    endMs,
    firstDay,
    lastDay,
    anchorMonday: interval === 1 ? ANY_MONDAY : firstDay - weekdayIndexOfDays(firstDay),
    cancelled,
  };
}
