/**
 * One concrete meeting of a schedule as exact instants, and how a local meeting day becomes one.
 *
 * @packageDocumentation
 */
import { MS_PER_DAY } from '../time/civil.js';
import { instantOfLocalMs } from '../time/zone.js';
import type { SchedulePlan } from './schedule-plan.js';

/** One concrete meeting: exact instants in epoch milliseconds, with its zone and schedule. */
export interface Occurrence {
  /** When the meeting starts, in epoch milliseconds. */
  start: number;
  /** When the meeting ends, in epoch milliseconds; always after `start`. */
  end: number;
  /** The IANA zone of the schedule, whose wall clock the meeting keeps. */
  timeZone: string;
  /** The position of the schedule in the group's `schedules`. */
  scheduleIndex: number;
}

/**
 * The meeting of `plan` on local day `day`. Wall times follow RFC 5545 across daylight saving
 * changes (see `instantOfWallTime`).
 */
export function occurrenceOnDay(
  plan: SchedulePlan,
  day: number,
  scheduleIndex: number,
): Occurrence {
  const midnight = day * MS_PER_DAY;
  const start = instantOfLocalMs(plan.timeZone, midnight + plan.startMs);
  let end = instantOfLocalMs(plan.timeZone, midnight + plan.endMs);
  // A start pushed forward by a spring-forward gap can land on or after an end past the gap
  // (02:30 to 03:00 on the night 02:00 becomes 03:00); the meeting then keeps its listed length.
  if (end <= start) end = start + (plan.endMs - plan.startMs);
  return { start, end, timeZone: plan.timeZone, scheduleIndex };
}
