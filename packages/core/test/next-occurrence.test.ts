import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  groupOccurrencesBetween,
  InvalidScheduleError,
  nextOccurrence,
  toMeetingOccurrence,
} from '../src/schedule/index.js';
import type { Schedule } from '../src/schemas/index.js';
import { InvalidInstantError, MS_PER_DAY } from '../src/time/index.js';
import { FIRST_TEST_DAY, LAST_TEST_DAY, scheduleArbitrary } from './schedule-arbitraries.js';

const MINUTE = 60_000;

const tuesdays: Schedule = {
  frequency: 'weekly',
  days: ['tue'],
  startTime: '19:00',
  endTime: '20:30',
  timeZone: 'America/New_York',
};
// 2026-03-10 19:00-20:30 EDT.
const start = Date.UTC(2026, 2, 10, 23);
const end = Date.UTC(2026, 2, 11, 0, 30);

const startOf = (schedules: Schedule[], after: number) => {
  const next = nextOccurrence(schedules, after);
  return next && toMeetingOccurrence(next).start;
};

describe('nextOccurrence', () => {
  it('finds the next meeting before it starts', () => {
    expect(nextOccurrence([tuesdays], start - 3 * MS_PER_DAY)).toEqual({
      start,
      end,
      timeZone: 'America/New_York',
      scheduleIndex: 0,
    });
  });

  it('counts a meeting in progress, so a listing can say "happening now"', () => {
    expect(nextOccurrence([tuesdays], start + 45 * MINUTE)?.start).toBe(start);
    expect(nextOccurrence([tuesdays], end - 1)?.start).toBe(start);
  });

  it('moves on once the meeting has ended', () => {
    expect(startOf([tuesdays], end)).toBe('2026-03-17T19:00:00-04:00');
  });

  it('counts a meeting starting exactly now', () => {
    expect(nextOccurrence([tuesdays], start)?.start).toBe(start);
  });

  it('skips cancelled dates', () => {
    const withHoliday = { ...tuesdays, cancelledDates: ['2026-03-10', '2026-03-17'] };
    expect(startOf([withHoliday], start - MS_PER_DAY)).toBe('2026-03-24T19:00:00-04:00');
  });

  it('waits for validFrom', () => {
    const cohort = { ...tuesdays, validFrom: '2026-09-01', validUntil: '2026-10-20' };
    expect(startOf([cohort], start)).toBe('2026-09-01T19:00:00-04:00');
  });

  it('gives null when validUntil has passed', () => {
    const cohort = { ...tuesdays, validFrom: '2026-01-06', validUntil: '2026-02-24' };
    expect(nextOccurrence([cohort], start)).toBeNull();
  });

  it('gives null when the last meeting is cancelled', () => {
    const cohort = { ...tuesdays, validUntil: '2026-03-17', cancelledDates: ['2026-03-17'] };
    expect(nextOccurrence([cohort], end)).toBeNull();
  });

  it('gives null for a group without schedules', () => {
    expect(nextOccurrence([], start)).toBeNull();
  });

  it('picks the earliest of several schedules, with its position', () => {
    const saturdays: Schedule = {
      ...tuesdays,
      days: ['sat'],
      startTime: '10:00',
      endTime: '11:00',
    };
    const thirdThursday: Schedule = {
      frequency: 'monthly',
      days: ['thu'],
      weeksOfMonth: [3],
      startTime: '12:00',
      endTime: '13:00',
      timeZone: 'Europe/London',
    };
    const next = nextOccurrence([saturdays, thirdThursday, tuesdays], end);
    expect(next && toMeetingOccurrence(next)).toEqual({
      start: '2026-03-14T10:00:00-04:00',
      end: '2026-03-14T11:00:00-04:00',
      timeZone: 'America/New_York',
      scheduleIndex: 0,
    });
    expect(nextOccurrence([saturdays, thirdThursday], Date.UTC(2026, 2, 17))?.scheduleIndex).toBe(
      1,
    );
  });

  it('breaks a tie in favour of the earlier schedule', () => {
    expect(nextOccurrence([tuesdays, { ...tuesdays }], end)?.scheduleIndex).toBe(0);
  });

  it('jumps months ahead for a 5th-week schedule without scanning day by day', () => {
    const fifthThursday: Schedule = {
      frequency: 'monthly',
      days: ['thu'],
      weeksOfMonth: [5],
      startTime: '18:30',
      endTime: '20:00',
      timeZone: 'America/New_York',
    };
    expect(startOf([fifthThursday], Date.UTC(2026, 4, 1))).toBe('2026-07-30T18:30:00-04:00');
  });

  it('finds the next meeting of an every-third-week schedule from an off week', () => {
    const everyThird = { ...tuesdays, interval: 3, validFrom: '2026-01-06' };
    expect(startOf([everyThird], Date.UTC(2026, 1, 18, 12))).toBe('2026-03-10T19:00:00-04:00');
  });

  it('refuses an instant that is not one', () => {
    expect(() => nextOccurrence([tuesdays], Number.NaN)).toThrow(InvalidInstantError);
  });

  it('refuses a schedule that breaks the schema', () => {
    expect(() => nextOccurrence([{ ...tuesdays, endTime: '19:00' }], start)).toThrow(
      InvalidScheduleError,
    );
  });
});

describe('nextOccurrence properties', () => {
  const after = fc
    .integer({ min: FIRST_TEST_DAY, max: LAST_TEST_DAY - 900 })
    .chain((day) => fc.integer({ min: day * MS_PER_DAY, max: (day + 1) * MS_PER_DAY - 1 }));

  it('equals the first occurrence of the window that starts at `after`', () => {
    fc.assert(
      fc.property(
        fc.array(scheduleArbitrary, { minLength: 1, maxLength: 3 }),
        after,
        (schedules, instant) => {
          // 4000 days reach past the latest drawn validFrom, and past the longest wait after
          // it: a 5th-week schedule behind 40 cancellations.
          const [first] = groupOccurrencesBetween(schedules, instant, instant + 4000 * MS_PER_DAY, {
            limit: 1,
          });
          expect(nextOccurrence(schedules, instant)).toEqual(first ?? null);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never gives a meeting that has ended', () => {
    fc.assert(
      fc.property(scheduleArbitrary, after, (schedule, instant) => {
        const next = nextOccurrence([schedule], instant);
        if (next !== null) expect(next.end).toBeGreaterThan(instant);
      }),
      { numRuns: 200 },
    );
  });
});
