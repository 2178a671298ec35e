import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WEEKDAYS } from '../src/schemas/index.js';
import {
  civilFromDays,
  daysFromCivil,
  daysInMonth,
  formatCivilDate,
  isLeapYear,
  MS_PER_DAY,
  minutesOfLocalTime,
  parseCivilDate,
  weekdayIndex,
  weekdayIndexOfDays,
  weekdayOfDays,
} from '../src/time/index.js';

/** Any day from year -9999 to 9999, as a day number. */
const anyDay = fc.integer({ min: -4_371_587, max: 2_932_896 });

describe('daysFromCivil', () => {
  it('counts from 1970-01-01', () => {
    expect(daysFromCivil({ year: 1970, month: 1, day: 1 })).toBe(0);
    expect(daysFromCivil({ year: 1969, month: 12, day: 31 })).toBe(-1);
    expect(daysFromCivil({ year: 2000, month: 3, day: 1 })).toBe(11_017);
  });

  it('agrees with Date.UTC on leap days and century years', () => {
    for (const [year, month, day] of [
      [2000, 2, 29],
      [2024, 2, 29],
      [1900, 3, 1],
      [2100, 2, 28],
      [1, 1, 1],
    ] as const) {
      const utc = new Date(0);
      utc.setUTCFullYear(year, month - 1, day);
      expect(daysFromCivil({ year, month, day })).toBe(Math.floor(utc.getTime() / MS_PER_DAY));
    }
  });

  it('round-trips every day number through civilFromDays', () => {
    fc.assert(
      fc.property(anyDay, (days) => {
        expect(daysFromCivil(civilFromDays(days))).toBe(days);
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips every valid date through civilFromDays', () => {
    const anyDate = fc
      .record({
        year: fc.integer({ min: -9999, max: 9999 }),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 31 }),
      })
      .filter(({ year, month, day }) => day <= daysInMonth(year, month));
    fc.assert(
      fc.property(anyDate, (date) => {
        expect(civilFromDays(daysFromCivil(date))).toEqual(date);
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with Date for every day a Date can hold', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000_000, max: 100_000_000 }), (days) => {
        const date = new Date(days * MS_PER_DAY);
        expect(civilFromDays(days)).toEqual({
          year: date.getUTCFullYear(),
          month: date.getUTCMonth() + 1,
          day: date.getUTCDate(),
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe('weekdays', () => {
  it('knows 1970-01-01 was a Thursday', () => {
    expect(weekdayOfDays(0)).toBe('thu');
    expect(weekdayIndexOfDays(0)).toBe(3);
  });

  it('handles days before 1970', () => {
    expect(weekdayOfDays(-1)).toBe('wed');
    expect(weekdayOfDays(-4)).toBe('sun');
  });

  it('agrees with Date#getUTCDay', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000_000, max: 100_000_000 }), (days) => {
        const sundayFirst = new Date(days * MS_PER_DAY).getUTCDay();
        expect(weekdayIndexOfDays(days)).toBe((sundayFirst + 6) % 7);
      }),
      { numRuns: 300 },
    );
  });

  it('indexes weekdays from Monday', () => {
    expect(WEEKDAYS.map(weekdayIndex)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(weekdayOfDays(daysFromCivil({ year: 2026, month: 3, day: 9 }))).toBe('mon');
  });
});

describe('month lengths', () => {
  it('follows the Gregorian leap rule', () => {
    expect([1900, 2000, 2024, 2025, 2100].map(isLeapYear)).toEqual([
      false,
      true,
      true,
      false,
      false,
    ]);
  });

  it('gives February 29 days only in leap years', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2026, 2)).toBe(28);
    expect([1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((month) => daysInMonth(2026, month))).toEqual([
      31, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
  });
});

describe('text forms', () => {
  it('parses and formats YYYY-MM-DD', () => {
    expect(parseCivilDate('2026-03-08')).toEqual({ year: 2026, month: 3, day: 8 });
    expect(formatCivilDate({ year: 987, month: 1, day: 2 })).toBe('0987-01-02');
  });

  it('round-trips dates through text', () => {
    fc.assert(
      fc.property(fc.integer({ min: -719_162, max: 2_932_896 }), (days) => {
        const date = civilFromDays(days);
        expect(parseCivilDate(formatCivilDate(date))).toEqual(date);
      }),
      { numRuns: 300 },
    );
  });

  it('gives NaN for a date that is not digits', () => {
    expect(parseCivilDate('20x6-03-08').year).toBeNaN();
  });

  it('reads HH:MM as minutes after midnight', () => {
    expect(minutesOfLocalTime('00:00')).toBe(0);
    expect(minutesOfLocalTime('18:30')).toBe(1110);
    expect(minutesOfLocalTime('23:59')).toBe(1439);
  });
});
