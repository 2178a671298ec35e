import fc from 'fast-check';
import { type Schedule, WEEKDAYS, type WeekOfMonth } from '../src/schemas/index.js';
import { civilFromDays, daysFromCivil, formatCivilDate } from '../src/time/index.js';

/** Zones with northern and southern DST, none, midnight transitions and odd offsets. */
export const ZONES = [
  'America/New_York',
  'Europe/London',
  'Australia/Sydney',
  'Asia/Kolkata',
  'America/Phoenix',
  'America/Santiago',
  'America/Havana',
  'Pacific/Chatham',
  'Australia/Lord_Howe',
] as const;

/** 2020-01-01 to 2040-12-31 as day numbers: modern rules in every zone above. */
export const FIRST_TEST_DAY = daysFromCivil({ year: 2020, month: 1, day: 1 });
export const LAST_TEST_DAY = daysFromCivil({ year: 2040, month: 12, day: 31 });

const localDate = (days: number) => formatCivilDate(civilFromDays(days));

const localTime = fc
  .record({ hour: fc.integer({ min: 0, max: 23 }), minute: fc.constantFrom(0, 15, 30, 45) })
  .map(({ hour, minute }) => hour * 60 + minute);

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** A valid schedule as `scheduleSchema` accepts it, weekly or monthly, bounded or not. */
export const scheduleArbitrary: fc.Arbitrary<Schedule> = fc
  .record({
    frequency: fc.constantFrom('weekly', 'monthly'),
    interval: fc.integer({ min: 1, max: 4 }),
    days: fc.uniqueArray(fc.constantFrom(...WEEKDAYS), { minLength: 1, maxLength: 3 }),
    weeksOfMonth: fc.uniqueArray(fc.constantFrom<WeekOfMonth>(1, 2, 3, 4, 5, -1), {
      minLength: 1,
      maxLength: 3,
    }),
    times: fc
      .tuple(localTime, localTime)
      .filter(([start, end]) => start !== end)
      .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const),
    timeZone: fc.constantFrom(...ZONES),
    validFrom: fc.option(fc.integer({ min: FIRST_TEST_DAY, max: FIRST_TEST_DAY + 3000 }), {
      nil: undefined,
    }),
    validFor: fc.option(fc.integer({ min: 0, max: 2000 }), { nil: undefined }),
    cancelled: fc.array(fc.integer({ min: FIRST_TEST_DAY, max: FIRST_TEST_DAY + 5000 }), {
      maxLength: 40,
    }),
  })
  .map((drawn): Schedule => {
    const weekly = drawn.frequency === 'weekly';
    const interval = weekly ? drawn.interval : 1;
    // Every few weeks needs an anchor; draw one when the schedule has none.
    const validFrom = interval > 1 ? (drawn.validFrom ?? FIRST_TEST_DAY + 17) : drawn.validFrom;
    const validUntil =
      drawn.validFor === undefined ? undefined : (validFrom ?? FIRST_TEST_DAY) + drawn.validFor;
    const [start, end] = drawn.times;
    return {
      frequency: drawn.frequency,
      ...(weekly && interval > 1 ? { interval } : {}),
      days: drawn.days,
      ...(weekly ? {} : { weeksOfMonth: drawn.weeksOfMonth }),
      startTime: hhmm(start),
      endTime: hhmm(end),
      timeZone: drawn.timeZone,
      ...(validFrom === undefined ? {} : { validFrom: localDate(validFrom) }),
      ...(validUntil === undefined ? {} : { validUntil: localDate(validUntil) }),
      cancelledDates: [...new Set(drawn.cancelled)].map(localDate),
    };
  });
