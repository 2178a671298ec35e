import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dayNumber,
  formatDay,
  formatInstant,
  isInLastWeekOfMonth,
  nthWeekdayOfMonth,
  weekdayOfDay,
  weekOfMonthOfDay,
} from '../src/days.js';

const FRIDAY = 4;
const WEDNESDAY = 2;

describe('day numbers', () => {
  it('counts from 1970-01-01, a Thursday', () => {
    expect(dayNumber(1970, 1, 1)).toBe(0);
    expect(weekdayOfDay(0)).toBe('thu');
    expect(formatDay(dayNumber(2026, 11, 22))).toBe('2026-11-22');
    expect(weekdayOfDay(dayNumber(2026, 11, 22))).toBe('sun');
  });

  it('finds ordinal and last weekdays of a month', () => {
    expect(formatDay(nthWeekdayOfMonth(2026, 11, WEDNESDAY, 2))).toBe('2026-11-11');
    expect(formatDay(nthWeekdayOfMonth(2026, 11, WEDNESDAY, 4))).toBe('2026-11-25');
    expect(formatDay(nthWeekdayOfMonth(2026, 11, FRIDAY, -1))).toBe('2026-11-27');
    expect(formatDay(nthWeekdayOfMonth(2027, 2, FRIDAY, -1))).toBe('2027-02-26');
  });

  it('tells the week of the month as listings count it', () => {
    expect(weekOfMonthOfDay(dayNumber(2026, 11, 7))).toBe(1);
    expect(weekOfMonthOfDay(dayNumber(2026, 11, 8))).toBe(2);
    expect(weekOfMonthOfDay(dayNumber(2026, 11, 29))).toBe(5);
    expect(isInLastWeekOfMonth(dayNumber(2026, 11, 24))).toBe(true);
    expect(isInLastWeekOfMonth(dayNumber(2026, 11, 23))).toBe(false);
  });
});

describe('formatInstant', () => {
  it('writes exactly what toISOString writes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 253_402_300_799_999 }), (epochMs) => {
        return formatInstant(epochMs) === new Date(epochMs).toISOString();
      }),
      { numRuns: 2000 },
    );
  });
});
