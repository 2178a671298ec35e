import { scheduleSchema } from '@peer-groups/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatSchedule,
  formatScheduleText,
  parseScheduleText,
  ScheduleTextError,
} from '../../src/interop/csv/schedule-text.js';

const weekday = fc.constantFrom('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun' as const);
const clock = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(
    ([hours, minutes]) => `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`,
  );
const date = fc
  .date({
    min: new Date('2020-01-01T00:00:00Z'),
    max: new Date('2035-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((value) => value.toISOString().slice(0, 10));
const note = fc.string({ unit: 'grapheme', maxLength: 40 });

const schedule = fc
  .record(
    {
      monthly: fc.boolean(),
      days: fc.uniqueArray(weekday, { minLength: 1, maxLength: 7 }),
      weeks: fc.uniqueArray(fc.constantFrom(1, 2, 3, 4, 5, -1 as const), {
        minLength: 1,
        maxLength: 6,
      }),
      times: fc.uniqueArray(clock, { minLength: 2, maxLength: 2 }),
      interval: fc.option(fc.integer({ min: 1, max: 8 }), { nil: undefined }),
      validFrom: date,
      validUntil: fc.option(date, { nil: undefined }),
      cancelled: fc.option(fc.uniqueArray(date, { maxLength: 3 }), { nil: undefined }),
      note: fc.option(note, { nil: undefined }),
    },
    { requiredKeys: ['monthly', 'days', 'weeks', 'times', 'validFrom'] },
  )
  .map((drawn) => {
    const [first = '00:00', second = '00:01'] = [...drawn.times].sort();
    const result: Record<string, unknown> = {
      frequency: drawn.monthly ? 'monthly' : 'weekly',
      days: drawn.days,
      startTime: first,
      endTime: second,
      timeZone: 'Europe/Madrid',
      validFrom: drawn.validFrom,
    };
    if (drawn.monthly) result.weeksOfMonth = drawn.weeks;
    else if (drawn.interval !== undefined) result.interval = drawn.interval;
    if (drawn.validUntil !== undefined && drawn.validUntil >= drawn.validFrom)
      result.validUntil = drawn.validUntil;
    if (drawn.cancelled !== undefined && drawn.cancelled.length > 0)
      result.cancelledDates = drawn.cancelled;
    if (drawn.note !== undefined && !/Ends at/.test(drawn.note)) result.note = drawn.note;
    return scheduleSchema.parse(result);
  });

describe('schedule text', () => {
  it('reads back every schedule it writes', () => {
    fc.assert(
      fc.property(fc.array(schedule, { minLength: 1, maxLength: 4 }), (schedules) => {
        const text = formatScheduleText(schedules);
        expect(parseScheduleText(text, 'Europe/Madrid')).toEqual(schedules);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws anything but ScheduleTextError, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        try {
          parseScheduleText(text, 'UTC');
        } catch (error) {
          expect(error).toBeInstanceOf(ScheduleTextError);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('reads the forms people type: full names, am/pm, "and", en dashes', () => {
    expect(parseScheduleText('Monday and Thursday 6:30pm – 8pm', 'UTC')).toEqual([
      {
        frequency: 'weekly',
        days: ['mon', 'thu'],
        startTime: '18:30',
        endTime: '20:00',
        timeZone: 'UTC',
      },
    ]);
    expect(parseScheduleText('last Fri 12pm-1:30pm', 'UTC')[0]).toMatchObject({
      frequency: 'monthly',
      weeksOfMonth: [-1],
      startTime: '12:00',
      endTime: '13:30',
    });
  });

  it('writes a meeting past midnight with its true end and reads it back', () => {
    const [overnight] = parseScheduleText('Sat 22:00-01:00', 'UTC');
    expect(overnight).toMatchObject({ endTime: '23:59', note: 'Ends at 01:00 the next day.' });
    expect(formatSchedule(overnight as never)).toBe('Sat 22:00-01:00');
  });

  it.each([
    '',
    'Tue',
    'Tue 25:00-26:00',
    'Funday 10:00-11:00',
    '2nd Tue 10:00-11:00 every 2 weeks',
    'Tue 10:00-11:00 (open',
  ])('refuses %j with a ScheduleTextError', (text) => {
    expect(() => parseScheduleText(text, 'UTC')).toThrow(ScheduleTextError);
  });
});
