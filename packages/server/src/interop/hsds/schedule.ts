/**
 * HSDS schedules and directory schedules, in both directions. HSDS keeps a UTC offset where the
 * directory keeps an IANA zone: an import prefers the zone it is given, and otherwise reads the
 * offset as a fixed `Etc/GMT` zone and flags it.
 *
 * @packageDocumentation
 */
import {
  isIanaTimeZone,
  offsetMinutesAt,
  type Schedule,
  type Weekday,
  type WeekOfMonth,
} from '@peer-groups/core';
import { clockTime, noteWithoutOvernight, overnightEndOf, sameDayEnd } from '../overnight.js';
import { plainBlock } from '../plain-text.js';
import type { HsdsSchedule } from './service.js';

/** A schedule the directory cannot hold; the message says why. */
export class HsdsScheduleError extends Error {
  override readonly name = 'HsdsScheduleError';
}

const DAY_OF_CODE: Record<string, Weekday> = {
  MO: 'mon',
  TU: 'tue',
  WE: 'wed',
  TH: 'thu',
  FR: 'fri',
  SA: 'sat',
  SU: 'sun',
};
const CODE_OF_DAY: Record<Weekday, string> = {
  mon: 'MO',
  tue: 'TU',
  wed: 'WE',
  thu: 'TH',
  fri: 'FR',
  sat: 'SA',
  sun: 'SU',
};

function dateOf(value: string | null | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim());
  return match?.[1];
}

function textOf(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** The weeks of the month each 7-day run of month days is, as RRULE's BYMONTHDAY writes them. */
const WEEK_OF_DAYS: readonly [WeekOfMonth, readonly number[]][] = [
  [1, [1, 2, 3, 4, 5, 6, 7]],
  [2, [8, 9, 10, 11, 12, 13, 14]],
  [3, [15, 16, 17, 18, 19, 20, 21]],
  [4, [22, 23, 24, 25, 26, 27, 28]],
  [5, [29, 30, 31]],
  [-1, [-7, -6, -5, -4, -3, -2, -1]],
];

/**
 * The weeks of the month `bymonthday` stands for with a weekday, when it is made of whole runs
 * of them: `8,9,10,11,12,13,14` with `byday TU` is the RRULE idiom for the 2nd Tuesday, and
 * `-7,…,-1` for the last. Any other day list (such as `15`, one day of the month) has no
 * weekday form: `undefined`.
 */
function weeksOfMonthDays(value: string): WeekOfMonth[] | undefined {
  const days = new Set<number>();
  for (const part of value.split(',')) {
    const text = part.trim();
    if (!/^-?\d{1,2}$/.test(text)) return undefined;
    days.add(Number(text));
  }
  const weeks: WeekOfMonth[] = [];
  let covered = 0;
  for (const [week, run] of WEEK_OF_DAYS) {
    const inRun = run.filter((day) => days.has(day)).length;
    if (inRun === 0) continue;
    if (inRun !== run.length) return undefined;
    weeks.push(week);
    covered += inRun;
  }
  return weeks.length > 0 && covered === days.size ? weeks : undefined;
}

/** The IANA zone of a schedule, and a warning when it had to be made from an offset. */
function zoneOf(
  value: HsdsSchedule['timezone'],
  fallback: string | undefined,
): { timeZone: string; warning?: string } {
  if (typeof value === 'string' && isIanaTimeZone(value.trim())) return { timeZone: value.trim() };
  if (fallback !== undefined) return { timeZone: fallback };
  const offset = typeof value === 'string' ? Number(value) : value;
  if (typeof offset === 'number' && Number.isInteger(offset) && offset >= -12 && offset <= 14) {
    // Etc/GMT names have the sign the other way round: Etc/GMT+5 is five hours behind UTC.
    const timeZone =
      offset === 0 ? 'Etc/UTC' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
    return {
      timeZone,
      warning: `the schedule gives only the UTC offset ${offset}, read as ${timeZone} without daylight saving; import with --time-zone to give its IANA zone`,
    };
  }
  throw new HsdsScheduleError(
    'the schedule has no timezone; import with a default time zone (--time-zone America/Chicago)',
  );
}

/** The directory schedules of one HSDS schedule (several when monthly days have different weeks). */
export function scheduleFromHsds(
  schedule: HsdsSchedule,
  defaultZone: string | undefined,
): { schedules: Schedule[]; warnings: string[] } {
  const freq = (schedule.freq ?? '').toUpperCase();
  if (freq !== 'WEEKLY' && freq !== 'MONTHLY') {
    throw new HsdsScheduleError(
      `freq "${schedule.freq ?? ''}" is not WEEKLY or MONTHLY, the patterns a group meets in`,
    );
  }
  const monthDays = textOf(schedule.bymonthday);
  let weeksOfDays: WeekOfMonth[] | undefined;
  if (monthDays !== undefined) {
    weeksOfDays = freq === 'MONTHLY' ? weeksOfMonthDays(monthDays) : undefined;
    if (weeksOfDays === undefined) {
      throw new HsdsScheduleError(
        `bymonthday ${monthDays} (a day number of the month) cannot be listed, as groups are listed by weekday; describe it by weekday, such as byday 3TU`,
      );
    }
  }
  const startTime = clockTime(schedule.opens_at);
  const endText = clockTime(schedule.closes_at);
  if (startTime === undefined || endText === undefined) {
    throw new HsdsScheduleError('opens_at and closes_at must be times such as 18:30');
  }
  const { timeZone, warning } = zoneOf(schedule.timezone, defaultZone);
  const byWeeks = new Map<string, { weeks: WeekOfMonth[]; days: Weekday[] }>();
  for (const token of (schedule.byday ?? '').split(',')) {
    const match = /^\s*([+-]?\d)?([A-Za-z]{2})\s*$/.exec(token);
    if (match === null) {
      if (token.trim() === '') continue;
      throw new HsdsScheduleError(`byday "${token}" is not a day such as TU or 2TU`);
    }
    const day = DAY_OF_CODE[(match[2] as string).toUpperCase()];
    if (day === undefined) throw new HsdsScheduleError(`byday "${token}" names no weekday`);
    const ordinal = match[1] === undefined ? undefined : Number(match[1]);
    if (weeksOfDays !== undefined) {
      if (ordinal !== undefined) {
        throw new HsdsScheduleError(
          `byday "${token}" has a week and bymonthday gives weeks too; give one or the other`,
        );
      }
      const entry = byWeeks.get(day) ?? { weeks: [...weeksOfDays], days: [day] };
      byWeeks.set(day, entry);
      continue;
    }
    if (freq === 'MONTHLY' && ordinal === undefined) {
      throw new HsdsScheduleError(
        `monthly byday "${token}" needs an ordinal, such as 2${match[2]}`,
      );
    }
    if (ordinal !== undefined && ![1, 2, 3, 4, 5, -1].includes(ordinal)) {
      throw new HsdsScheduleError(
        `byday "${token}": only the 1st to 5th or the last (-1) week can be listed`,
      );
    }
    const entry = byWeeks.get(day) ?? { weeks: [], days: [day] };
    if (ordinal !== undefined && !entry.weeks.includes(ordinal as WeekOfMonth)) {
      entry.weeks.push(ordinal as WeekOfMonth);
    }
    byWeeks.set(day, entry);
  }
  if (byWeeks.size === 0) throw new HsdsScheduleError('byday names no day');
  const note =
    plainBlock(schedule.description ?? undefined) ?? plainBlock(schedule.notes ?? undefined);
  const validFrom = dateOf(schedule.valid_from) ?? dateOf(schedule.dtstart);
  const validUntil = dateOf(schedule.valid_to) ?? dateOf(schedule.until);
  const interval =
    schedule.interval === undefined || schedule.interval === null ? 1 : Number(schedule.interval);
  const base = {
    startTime,
    ...sameDayEnd(startTime, endText, note),
    timeZone,
    ...(validFrom === undefined ? {} : { validFrom }),
    ...(validUntil === undefined ? {} : { validUntil }),
  };
  const schedules: Schedule[] = [];
  if (freq === 'WEEKLY') {
    const days = [...byWeeks.values()].flatMap((entry) => entry.days);
    schedules.push({
      frequency: 'weekly',
      days,
      ...(interval === 1 ? {} : { interval }),
      ...base,
    });
  } else {
    // Days sharing the same weeks make one schedule: "2TU,2TH" is the 2nd Tuesday and Thursday.
    const byWeekSet = new Map<string, Schedule>();
    for (const { weeks, days } of byWeeks.values()) {
      const key = [...weeks].sort().join(',');
      const found = byWeekSet.get(key);
      if (found === undefined) {
        byWeekSet.set(key, { frequency: 'monthly', days: [...days], weeksOfMonth: weeks, ...base });
      } else {
        found.days.push(...days);
      }
    }
    schedules.push(...byWeekSet.values());
  }
  return { schedules, warnings: warning === undefined ? [] : [warning] };
}

/** The HSDS schedule of a directory schedule; the offset written is the one in force at `atMs`. */
export function scheduleToHsds(
  schedule: Schedule,
  id: string,
  serviceId: string,
  atMs: number,
): HsdsSchedule {
  const byday =
    schedule.frequency === 'monthly'
      ? schedule.days
          .flatMap((day) =>
            (schedule.weeksOfMonth ?? []).map((week) => `${week}${CODE_OF_DAY[day]}`),
          )
          .join(',')
      : schedule.days.map((day) => CODE_OF_DAY[day]).join(',');
  const note = noteWithoutOvernight(schedule.note);
  const hsds: HsdsSchedule = {
    id,
    service_id: serviceId,
    freq: schedule.frequency === 'monthly' ? 'MONTHLY' : 'WEEKLY',
    interval: schedule.interval ?? 1,
    byday,
    opens_at: schedule.startTime,
    closes_at: overnightEndOf(schedule.note) ?? schedule.endTime,
    timezone: offsetMinutesAt(schedule.timeZone, atMs) / 60,
    wkst: 'MO',
  };
  if (schedule.validFrom !== undefined) {
    hsds.valid_from = schedule.validFrom;
    hsds.dtstart = schedule.validFrom;
  }
  if (schedule.validUntil !== undefined) {
    hsds.valid_to = schedule.validUntil;
    hsds.until = schedule.validUntil;
  }
  if (note !== undefined) hsds.description = note;
  return hsds;
}
