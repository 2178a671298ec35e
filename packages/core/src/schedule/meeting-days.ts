/**
 * The local days a schedule meets on, found by arithmetic rather than by testing day after day:
 * a weekly schedule jumps straight to its next meeting week, a monthly one computes its ordinal
 * weekdays month by month.
 *
 * @packageDocumentation
 */
import { civilFromDays, daysFromCivil, daysInMonth, weekdayIndexOfDays } from '../time/civil.js';
import type { SchedulePlan } from './schedule-plan.js';

/** The answer of {@link nextMeetingDay} when the schedule never meets again. */
export const NO_DAY = Number.POSITIVE_INFINITY;

/**
 * Months searched for a monthly meeting before giving up. Every weekday falls in a fifth week
 * four or five times a year, so even a "5th Monday" schedule meets within any seven months;
 * the bound only guards the loop.
 */
const MAX_MONTHS_SEARCHED = 24;

function modulo(value: number, divisor: number): number {
  return ((value % divisor) + divisor) % divisor;
}

function nextWeeklyDay(plan: SchedulePlan, fromDay: number): number {
  let day = fromDay;
  // Three turns suffice: the week of `fromDay`, then at most one jump to a meeting week, whose
  // first meeting day is then found.
  for (let turn = 0; turn < 3; turn++) {
    const monday = day - weekdayIndexOfDays(day);
    const weekInCycle = modulo((monday - plan.anchorMonday) / 7, plan.interval);
    if (weekInCycle === 0) {
      for (const weekday of plan.weekdays) {
        if (monday + weekday >= day) return monday + weekday;
      }
      day = monday + 7 * plan.interval;
    } else {
      day = monday + 7 * (plan.interval - weekInCycle);
    }
  }
  return day;
}

/** The earliest meeting day in the month starting on `firstOfMonth` that is on or after `fromDay`. */
function firstMeetingDayInMonth(
  plan: SchedulePlan,
  firstOfMonth: number,
  monthLength: number,
  fromDay: number,
): number {
  const endOfMonth = firstOfMonth + monthLength;
  const firstWeekday = weekdayIndexOfDays(firstOfMonth);
  let earliest = NO_DAY;
  for (const weekday of plan.weekdays) {
    const first = firstOfMonth + modulo(weekday - firstWeekday, 7);
    const last = first + 7 * Math.floor((endOfMonth - 1 - first) / 7);
    for (const week of plan.weeksOfMonth) {
      const day = week === -1 ? last : first + 7 * (week - 1);
      // A fifth week that this month does not have is skipped, not carried into the next.
      if (day < endOfMonth && day >= fromDay && day < earliest) earliest = day;
    }
  }
  return earliest;
}

function nextMonthlyDay(plan: SchedulePlan, fromDay: number): number {
  let { year, month } = civilFromDays(fromDay);
  let day = fromDay;
  for (let turn = 0; turn < MAX_MONTHS_SEARCHED; turn++) {
    const firstOfMonth = daysFromCivil({ year, month, day: 1 });
    const monthLength = daysInMonth(year, month);
    const found = firstMeetingDayInMonth(plan, firstOfMonth, monthLength, day);
    if (found !== NO_DAY) return found;
    day = firstOfMonth + monthLength;
    if (day > plan.lastDay) return NO_DAY;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return NO_DAY;
}

/**
 * The first local day on or after `fromDay` on which `plan` meets, cancelled or not, within its
 * validity window; {@link NO_DAY} when there is none.
 */
export function nextMeetingDay(plan: SchedulePlan, fromDay: number): number {
  const day = Math.max(fromDay, plan.firstDay);
  if (day > plan.lastDay) return NO_DAY;
  const found = plan.frequency === 'weekly' ? nextWeeklyDay(plan, day) : nextMonthlyDay(plan, day);
  return found <= plan.lastDay ? found : NO_DAY;
}
