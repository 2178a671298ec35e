/**
 * A meeting schedule as a schema.org `Schedule`.
 *
 * @packageDocumentation
 */
import type { Weekday } from '../schemas/primitives.js';
import type { Schedule } from '../schemas/schedule.js';
import { minutesOfLocalTime, weekdayIndex } from '../time/civil.js';
import type { JsonLdSchedule } from './types.js';

const DAY_OF_WEEK: Record<Weekday, string> = {
  mon: 'https://schema.org/Monday',
  tue: 'https://schema.org/Tuesday',
  wed: 'https://schema.org/Wednesday',
  thu: 'https://schema.org/Thursday',
  fri: 'https://schema.org/Friday',
  sat: 'https://schema.org/Saturday',
  sun: 'https://schema.org/Sunday',
};

const ICAL_DAY: Record<Weekday, string> = {
  mon: 'MO',
  tue: 'TU',
  wed: 'WE',
  thu: 'TH',
  fri: 'FR',
  sat: 'SA',
  sun: 'SU',
};

/** Minutes as an ISO 8601 duration: `PT1H30M`, `PT45M`, `PT2H`. */
function durationOf(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `PT${hours > 0 ? `${hours}H` : ''}${rest > 0 || hours === 0 ? `${rest}M` : ''}`;
}

/** The days and weeks of a schedule in the vocabulary that can say them. */
function daysOf(schedule: Schedule): Pick<JsonLdSchedule, 'byDay' | 'byMonthWeek'> {
  const days = [...schedule.days].sort((left, right) => weekdayIndex(left) - weekdayIndex(right));
  const weeks = [...(schedule.weeksOfMonth ?? [])].sort(
    (left, right) => (left === -1 ? 6 : left) - (right === -1 ? 6 : right),
  );
  if (schedule.frequency === 'weekly' || weeks.every((week) => week > 0)) {
    const byDay = days.map((day) => DAY_OF_WEEK[day]);
    return schedule.frequency === 'weekly' ? { byDay } : { byDay, byMonthWeek: weeks };
  }
  // byMonthWeek counts 1-5 from the start of the month only; "last" needs iCalendar's BYDAY.
  return { byDay: weeks.flatMap((week) => days.map((day) => `${week}${ICAL_DAY[day]}`)) };
}

/** A schedule as a schema.org `Schedule`. */
export function scheduleToJsonLd(schedule: Schedule): JsonLdSchedule {
  const repeatFrequency = schedule.frequency === 'monthly' ? 'P1M' : `P${schedule.interval ?? 1}W`;
  const jsonLd: JsonLdSchedule = {
    '@type': 'Schedule',
    repeatFrequency,
    ...daysOf(schedule),
    startTime: schedule.startTime,
    endTime: schedule.endTime,
    duration: durationOf(
      minutesOfLocalTime(schedule.endTime) - minutesOfLocalTime(schedule.startTime),
    ),
    scheduleTimezone: schedule.timeZone,
  };
  if (schedule.validFrom !== undefined) jsonLd.startDate = schedule.validFrom;
  if (schedule.validUntil !== undefined) jsonLd.endDate = schedule.validUntil;
  const cancelled = [...new Set(schedule.cancelledDates ?? [])].sort();
  if (cancelled.length > 0) jsonLd.exceptDate = cancelled;
  return jsonLd;
}
