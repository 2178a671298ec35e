import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_OCCURRENCE_LIMIT,
  groupOccurrencesBetween,
  InvalidOptionError,
  InvalidScheduleError,
  type Occurrence,
  occurrencesBetween,
  toMeetingOccurrence,
} from '../src/schedule/index.js';
import { meetingOccurrenceSchema, type Schedule, scheduleSchema } from '../src/schemas/index.js';
import {
  civilFromDays,
  daysFromCivil,
  daysInMonth,
  formatCivilDate,
  InvalidInstantError,
  instantOfWallTime,
  localDayAt,
  MS_PER_DAY,
  minutesOfLocalTime,
  parseCivilDate,
  UnknownTimeZoneError,
  wallTimeAt,
  weekdayIndexOfDays,
  weekdayOfDays,
} from '../src/time/index.js';
import { FIRST_TEST_DAY, LAST_TEST_DAY, scheduleArbitrary } from './schedule-arbitraries.js';

const HOUR = 3_600_000;

/** Starts of `occurrences` as ISO 8601 with the group zone's offset. */
const starts = (occurrences: Occurrence[]) =>
  occurrences.map((occurrence) => toMeetingOccurrence(occurrence).start);

const weekly = (days: Schedule['days'], timeZone: string, extra: Partial<Schedule> = {}) =>
  ({
    frequency: 'weekly',
    days,
    startTime: '19:00',
    endTime: '20:30',
    timeZone,
    ...extra,
  }) satisfies Schedule;

const monthly = (
  days: Schedule['days'],
  weeksOfMonth: NonNullable<Schedule['weeksOfMonth']>,
  extra: Partial<Schedule> = {},
) =>
  ({
    frequency: 'monthly',
    days,
    weeksOfMonth,
    startTime: '18:30',
    endTime: '20:00',
    timeZone: 'America/New_York',
    ...extra,
  }) satisfies Schedule;

describe('weekly schedules across daylight saving changes', () => {
  it('keeps 7 PM in New York through spring forward and fall back', () => {
    const tuesdays = weekly(['tue'], 'America/New_York');
    expect(
      starts(occurrencesBetween(tuesdays, Date.UTC(2026, 1, 28), Date.UTC(2026, 2, 18))),
    ).toEqual([
      '2026-03-03T19:00:00-05:00',
      '2026-03-10T19:00:00-04:00',
      '2026-03-17T19:00:00-04:00',
    ]);
    expect(
      starts(occurrencesBetween(tuesdays, Date.UTC(2026, 9, 25), Date.UTC(2026, 10, 8))),
    ).toEqual(['2026-10-27T19:00:00-04:00', '2026-11-03T19:00:00-05:00']);
  });

  it('keeps 7 PM in London, whose changes fall on other weeks', () => {
    const thursdays = weekly(['thu'], 'Europe/London');
    expect(
      starts(occurrencesBetween(thursdays, Date.UTC(2026, 2, 20), Date.UTC(2026, 3, 3))),
    ).toEqual(['2026-03-26T19:00:00+00:00', '2026-04-02T19:00:00+01:00']);
    expect(
      starts(occurrencesBetween(thursdays, Date.UTC(2026, 9, 20), Date.UTC(2026, 10, 1))),
    ).toEqual(['2026-10-22T19:00:00+01:00', '2026-10-29T19:00:00+00:00']);
  });

  it('keeps 6 PM in Sydney, where summer time ends in April and starts in October', () => {
    const mondays = weekly(['mon'], 'Australia/Sydney', { startTime: '18:00', endTime: '19:00' });
    expect(
      starts(occurrencesBetween(mondays, Date.UTC(2026, 2, 29), Date.UTC(2026, 3, 7))),
    ).toEqual(['2026-03-30T18:00:00+11:00', '2026-04-06T18:00:00+10:00']);
    expect(
      starts(occurrencesBetween(mondays, Date.UTC(2026, 8, 27), Date.UTC(2026, 9, 6))),
    ).toEqual(['2026-09-28T18:00:00+10:00', '2026-10-05T18:00:00+11:00']);
  });

  it('never moves in a zone without daylight saving', () => {
    for (const timeZone of ['Asia/Kolkata', 'America/Phoenix']) {
      const occurrences = occurrencesBetween(
        weekly(['fri'], timeZone),
        Date.UTC(2026, 0, 1),
        Date.UTC(2027, 0, 1),
      );
      expect(occurrences).toHaveLength(52);
      const offsets = new Set(starts(occurrences).map((start) => start.slice(-6)));
      expect([...offsets]).toEqual([timeZone === 'Asia/Kolkata' ? '+05:30' : '-07:00']);
    }
  });

  it('moves a start in the spring-forward gap forward by the gap, keeping its length', () => {
    const earlyHours = weekly(['sun'], 'America/New_York', {
      startTime: '02:30',
      endTime: '03:00',
    });
    const [springForward] = occurrencesBetween(
      earlyHours,
      Date.UTC(2026, 2, 8),
      Date.UTC(2026, 2, 9),
    );
    expect(springForward && toMeetingOccurrence(springForward)).toMatchObject({
      start: '2026-03-08T03:30:00-04:00',
      end: '2026-03-08T04:00:00-04:00',
    });
  });

  it('shortens a meeting that spans the spring-forward gap, as the clocks do', () => {
    const overnight = weekly(['sun'], 'America/New_York', { startTime: '01:30', endTime: '03:30' });
    const [occurrence] = occurrencesBetween(overnight, Date.UTC(2026, 2, 8), Date.UTC(2026, 2, 9));
    expect(occurrence && occurrence.end - occurrence.start).toBe(HOUR);
  });

  it('starts at the first 01:30 on the fall-back night and lasts until 02:30 standard time', () => {
    const overnight = weekly(['sun'], 'America/New_York', { startTime: '01:30', endTime: '02:30' });
    const [occurrence] = occurrencesBetween(
      overnight,
      Date.UTC(2026, 10, 1),
      Date.UTC(2026, 10, 2),
    );
    expect(occurrence && toMeetingOccurrence(occurrence)).toMatchObject({
      start: '2026-11-01T01:30:00-04:00',
      end: '2026-11-01T02:30:00-05:00',
    });
  });
});

describe('every few weeks', () => {
  it('counts weeks Monday to Sunday from the week of validFrom', () => {
    // validFrom is a Wednesday: that week's Monday is before it and is skipped; its Thursday is
    // the first meeting; then every other week.
    const everyOther = weekly(['mon', 'thu'], 'America/Chicago', {
      interval: 2,
      validFrom: '2026-03-04',
    });
    expect(
      starts(occurrencesBetween(everyOther, Date.UTC(2026, 2, 1), Date.UTC(2026, 3, 4))).map(
        (start) => start.slice(0, 10),
      ),
    ).toEqual(['2026-03-05', '2026-03-16', '2026-03-19', '2026-03-30', '2026-04-02']);
  });

  it('stays on its weeks when the window starts in an off week', () => {
    const everyThird = weekly(['tue'], 'Europe/London', { interval: 3, validFrom: '2026-01-06' });
    expect(
      starts(occurrencesBetween(everyThird, Date.UTC(2026, 1, 1), Date.UTC(2026, 3, 1))).map(
        (start) => start.slice(0, 10),
      ),
    ).toEqual(['2026-02-17', '2026-03-10', '2026-03-31']);
  });
});

describe('monthly schedules', () => {
  it('meets on the 2nd and 4th Wednesday', () => {
    expect(
      starts(
        occurrencesBetween(monthly(['wed'], [2, 4]), Date.UTC(2026, 2, 1), Date.UTC(2026, 4, 1)),
      ),
    ).toEqual([
      '2026-03-11T18:30:00-04:00',
      '2026-03-25T18:30:00-04:00',
      '2026-04-08T18:30:00-04:00',
      '2026-04-22T18:30:00-04:00',
    ]);
  });

  it('meets on the last Friday, whether the month has four or five', () => {
    expect(
      starts(
        occurrencesBetween(monthly(['fri'], [-1]), Date.UTC(2026, 0, 1), Date.UTC(2026, 3, 1)),
      ).map((start) => start.slice(0, 10)),
    ).toEqual(['2026-01-30', '2026-02-27', '2026-03-27']);
  });

  it('skips months without a 5th Thursday instead of spilling into the next month', () => {
    expect(
      starts(
        occurrencesBetween(monthly(['thu'], [5]), Date.UTC(2026, 0, 1), Date.UTC(2026, 7, 1)),
      ).map((start) => start.slice(0, 10)),
    ).toEqual(['2026-01-29', '2026-04-30', '2026-07-30']);
  });

  it('lists a day that is both the 5th and the last once', () => {
    expect(
      occurrencesBetween(monthly(['thu'], [5, -1]), Date.UTC(2026, 0, 1), Date.UTC(2026, 1, 1)),
    ).toHaveLength(1);
  });

  it('meets on several weekdays of the same weeks, in date order', () => {
    expect(
      starts(
        occurrencesBetween(
          monthly(['fri', 'tue'], [1]),
          Date.UTC(2026, 3, 1),
          Date.UTC(2026, 5, 1),
        ),
      ).map((start) => start.slice(0, 10)),
    ).toEqual(['2026-04-03', '2026-04-07', '2026-05-01', '2026-05-05']);
  });
});

describe('exceptions and validity', () => {
  it('leaves out cancelled dates', () => {
    const tuesdays = weekly(['tue'], 'America/New_York', { cancelledDates: ['2026-03-10'] });
    expect(
      starts(occurrencesBetween(tuesdays, Date.UTC(2026, 2, 1), Date.UTC(2026, 2, 20))).map(
        (start) => start.slice(0, 10),
      ),
    ).toEqual(['2026-03-03', '2026-03-17']);
  });

  it('gives an 8-week cohort exactly its eight sessions', () => {
    const cohort = weekly(['tue'], 'America/Denver', {
      validFrom: '2026-03-03',
      validUntil: '2026-04-21',
    });
    const sessions = occurrencesBetween(cohort, Date.UTC(2025, 0, 1), Date.UTC(2028, 0, 1));
    expect(starts(sessions).map((start) => start.slice(0, 10))).toEqual([
      '2026-03-03',
      '2026-03-10',
      '2026-03-17',
      '2026-03-24',
      '2026-03-31',
      '2026-04-07',
      '2026-04-14',
      '2026-04-21',
    ]);
  });

  it('gives nothing outside the validity window', () => {
    const cohort = weekly(['tue'], 'America/Denver', { validUntil: '2026-04-21' });
    expect(occurrencesBetween(cohort, Date.UTC(2026, 4, 1), Date.UTC(2027, 0, 1))).toEqual([]);
  });
});

describe('the window', () => {
  const tuesdays = weekly(['tue'], 'America/New_York');
  // 2026-03-10 19:00-20:30 EDT is 23:00-00:30 UTC.
  const start = Date.UTC(2026, 2, 10, 23);
  const end = Date.UTC(2026, 2, 11, 0, 30);

  it('includes a meeting in progress at its start', () => {
    expect(occurrencesBetween(tuesdays, start + HOUR, start + 2 * HOUR)).toEqual([
      { start, end, timeZone: 'America/New_York', scheduleIndex: 0 },
    ]);
  });

  it('excludes a meeting that ends at its start or starts at its end', () => {
    expect(occurrencesBetween(tuesdays, end, end + 6 * MS_PER_DAY)).toEqual([]);
    expect(occurrencesBetween(tuesdays, start - MS_PER_DAY, start)).toEqual([]);
  });

  it('is empty when it is empty or reversed', () => {
    expect(occurrencesBetween(tuesdays, start, start)).toEqual([]);
    expect(occurrencesBetween(tuesdays, end, start)).toEqual([]);
  });

  it('stops at the limit, keeping the earliest', () => {
    const all = occurrencesBetween(tuesdays, Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1));
    expect(
      occurrencesBetween(tuesdays, Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1), { limit: 3 }),
    ).toEqual(all.slice(0, 3));
  });

  it('cannot run away over centuries', () => {
    const daily = weekly(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], 'UTC');
    expect(occurrencesBetween(daily, -8e15, 8e15)).toHaveLength(DEFAULT_OCCURRENCE_LIMIT);
  });

  it('stamps the schedule index it is given', () => {
    const [first] = occurrencesBetween(tuesdays, start, end, { scheduleIndex: 2 });
    expect(first?.scheduleIndex).toBe(2);
  });
});

describe("all of a group's schedules", () => {
  it('merges them in start order with their positions', () => {
    const merged = groupOccurrencesBetween(
      [weekly(['thu'], 'America/New_York'), weekly(['mon'], 'America/New_York')],
      Date.UTC(2026, 2, 1),
      Date.UTC(2026, 2, 14),
    );
    expect(merged.map((occurrence) => occurrence.scheduleIndex)).toEqual([1, 0, 1, 0]);
    expect(starts(merged).map((start) => start.slice(0, 10))).toEqual([
      '2026-03-02',
      '2026-03-05',
      '2026-03-09',
      '2026-03-12',
    ]);
  });

  it('applies the limit to the merged list', () => {
    const merged = groupOccurrencesBetween(
      [weekly(['thu'], 'America/New_York'), weekly(['mon'], 'America/New_York')],
      Date.UTC(2026, 2, 1),
      Date.UTC(2027, 2, 1),
      { limit: 5 },
    );
    expect(merged).toHaveLength(5);
    expect(merged.map((occurrence) => occurrence.scheduleIndex)).toEqual([1, 0, 1, 0, 1]);
  });

  it('gives nothing for a group without schedules', () => {
    expect(groupOccurrencesBetween([], 0, Date.UTC(2030, 0, 1))).toEqual([]);
  });
});

describe('bad input', () => {
  const tuesdays = weekly(['tue'], 'America/New_York');

  it('refuses a window that is not made of instants', () => {
    expect(() => occurrencesBetween(tuesdays, Number.NaN, 0)).toThrow(InvalidInstantError);
    expect(() => groupOccurrencesBetween([], 0, Number.POSITIVE_INFINITY)).toThrow(/window end/);
  });

  it('refuses a limit that is not a positive whole number', () => {
    for (const limit of [0, -1, 1.5, Number.NaN]) {
      expect(() => occurrencesBetween(tuesdays, 0, 1, { limit })).toThrow(InvalidOptionError);
    }
  });

  it('names the field of a schedule that breaks the schema', () => {
    const cases: [Partial<Schedule> | Record<string, unknown>, string][] = [
      [{ startTime: '7pm' }, 'startTime'],
      [{ endTime: '18:00' }, 'endTime'],
      [{ days: [] }, 'days'],
      [{ days: ['tue', 'someday'] }, 'days.1'],
      [{ validFrom: '2026-02-30' }, 'validFrom'],
      [{ cancelledDates: ['2026-03-10', 'soon'] }, 'cancelledDates.1'],
      [{ interval: 2 }, 'validFrom'],
      [{ frequency: 'monthly' }, 'weeksOfMonth'],
      [{ frequency: 'monthly', weeksOfMonth: [6] }, 'weeksOfMonth.0'],
      [{ frequency: 'daily' }, 'frequency'],
    ];
    for (const [change, field] of cases) {
      const broken = { ...tuesdays, ...change } as Schedule;
      expect(() => occurrencesBetween(broken, 0, 1)).toThrow(
        expect.objectContaining({ name: 'InvalidScheduleError', field }),
      );
    }
    expect(() => occurrencesBetween({ ...tuesdays, startTime: '25:00' }, 0, 1)).toThrow(
      InvalidScheduleError,
    );
  });

  it('refuses an unknown zone', () => {
    expect(() =>
      occurrencesBetween({ ...tuesdays, timeZone: 'Atlantis/Capital' }, 0, MS_PER_DAY),
    ).toThrow(UnknownTimeZoneError);
  });
});

/** Whether `schedule` meets on local day `day`, by the plain definitions, one day at a time. */
function meetsOn(schedule: Schedule, day: number): boolean {
  const dayOf = (text: string) => daysFromCivil(parseCivilDate(text));
  if (schedule.validFrom !== undefined && day < dayOf(schedule.validFrom)) return false;
  if (schedule.validUntil !== undefined && day > dayOf(schedule.validUntil)) return false;
  if (schedule.cancelledDates?.includes(formatCivilDate(civilFromDays(day)))) return false;
  if (!schedule.days.includes(weekdayOfDays(day))) return false;
  if (schedule.frequency === 'weekly') {
    const interval = schedule.interval ?? 1;
    if (interval === 1 || schedule.validFrom === undefined) return true;
    const anchor = dayOf(schedule.validFrom);
    const weeks = (day - weekdayIndexOfDays(day) - (anchor - weekdayIndexOfDays(anchor))) / 7;
    return weeks % interval === 0;
  }
  const { year, month, day: dayOfMonth } = civilFromDays(day);
  const weeks = schedule.weeksOfMonth ?? [];
  const isLast = dayOfMonth + 7 > daysInMonth(year, month);
  return weeks.some((week) => (week === -1 ? isLast : Math.ceil(dayOfMonth / 7) === week));
}

/** The occurrences of `schedule` in [from, to), found by testing every local day. */
function oracleOccurrences(schedule: Schedule, from: number, to: number): number[] {
  const startsFound: number[] = [];
  const [startMinutes, endMinutes] = [schedule.startTime, schedule.endTime].map(minutesOfLocalTime);
  for (
    let day = localDayAt(schedule.timeZone, from) - 1;
    day <= localDayAt(schedule.timeZone, to) + 1;
    day++
  ) {
    if (!meetsOn(schedule, day)) continue;
    const date = civilFromDays(day);
    const at = (minutes = 0) =>
      instantOfWallTime(schedule.timeZone, {
        ...date,
        hour: Math.floor(minutes / 60),
        minute: minutes % 60,
        second: 0,
      });
    const start = at(startMinutes);
    const end = Math.max(
      at(endMinutes),
      start + ((endMinutes ?? 0) - (startMinutes ?? 0)) * 60_000,
    );
    if (start < to && end > from && start !== startsFound[startsFound.length - 1]) {
      startsFound.push(start);
    }
  }
  return startsFound;
}

const windowArbitrary = fc
  .tuple(
    fc.integer({ min: FIRST_TEST_DAY, max: LAST_TEST_DAY - 200 }),
    fc.integer({ min: 0, max: MS_PER_DAY - 1 }),
    fc.integer({ min: 1, max: 150 * MS_PER_DAY }),
  )
  .map(
    ([day, time, length]) => [day * MS_PER_DAY + time, day * MS_PER_DAY + time + length] as const,
  );

describe('properties', () => {
  it('draws schedules the schema accepts', () => {
    fc.assert(
      fc.property(scheduleArbitrary, (schedule) => {
        expect(scheduleSchema.safeParse(schedule).success).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('finds exactly the meetings a day-by-day scan finds', () => {
    fc.assert(
      fc.property(scheduleArbitrary, windowArbitrary, (schedule, [from, to]) => {
        const found = occurrencesBetween(schedule, from, to, { limit: 10_000 });
        expect(found.map((occurrence) => occurrence.start)).toEqual(
          oracleOccurrences(schedule, from, to),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('puts every meeting on a meeting day at its start time, unless the time does not exist', () => {
    fc.assert(
      fc.property(scheduleArbitrary, windowArbitrary, (schedule, [from, to]) => {
        for (const occurrence of occurrencesBetween(schedule, from, to)) {
          const wall = wallTimeAt(schedule.timeZone, occurrence.start);
          const shown = `${String(wall.hour).padStart(2, '0')}:${String(wall.minute).padStart(2, '0')}`;
          const day = daysFromCivil(wall);
          if (shown === schedule.startTime) {
            expect(meetsOn(schedule, day)).toBe(true);
          } else {
            // A start in a spring-forward gap: its wall time never shows on its day.
            const startMinutes = minutesOfLocalTime(schedule.startTime);
            const listed = {
              ...wall,
              hour: Math.floor(startMinutes / 60),
              minute: startMinutes % 60,
            };
            const instant = instantOfWallTime(schedule.timeZone, listed);
            expect(wallTimeAt(schedule.timeZone, instant)).not.toEqual(listed);
          }
          expect(schedule.cancelledDates).not.toContain(formatCivilDate(wall));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('lists starts strictly increasing, each meeting ending after it starts, all overlapping the window', () => {
    fc.assert(
      fc.property(scheduleArbitrary, windowArbitrary, (schedule, [from, to]) => {
        const found = occurrencesBetween(schedule, from, to);
        for (const [index, occurrence] of found.entries()) {
          expect(occurrence.end).toBeGreaterThan(occurrence.start);
          expect(occurrence.start).toBeLessThan(to);
          expect(occurrence.end).toBeGreaterThan(from);
          const previous = found[index - 1];
          if (previous !== undefined) expect(occurrence.start).toBeGreaterThan(previous.start);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('gives wire forms the schema accepts, naming the same instants', () => {
    fc.assert(
      fc.property(scheduleArbitrary, windowArbitrary, (schedule, [from, to]) => {
        for (const occurrence of occurrencesBetween(schedule, from, to, { limit: 20 })) {
          const wire = toMeetingOccurrence(occurrence);
          expect(meetingOccurrenceSchema.safeParse(wire).success).toBe(true);
          expect([Date.parse(wire.start), Date.parse(wire.end)]).toEqual([
            occurrence.start,
            occurrence.end,
          ]);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('returns a prefix of the full list under any limit', () => {
    fc.assert(
      fc.property(
        scheduleArbitrary,
        windowArbitrary,
        fc.integer({ min: 1, max: 20 }),
        (schedule, [from, to], limit) => {
          const all = occurrencesBetween(schedule, from, to);
          expect(occurrencesBetween(schedule, from, to, { limit })).toEqual(all.slice(0, limit));
        },
      ),
      { numRuns: 100 },
    );
  });
});
