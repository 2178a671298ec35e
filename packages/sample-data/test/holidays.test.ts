import { describe, expect, it } from 'vitest';
import { dayNumber, formatDay } from '../src/days.js';
import { easterSunday, holidayRanges } from '../src/holidays.js';

describe('easterSunday', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
  ])('puts Easter %i on %s', (year, date) => {
    expect(formatDay(easterSunday(year))).toBe(date);
  });
});

describe('holidayRanges', () => {
  const november = dayNumber(2026, 11, 1);
  const endOfJanuary = dayNumber(2027, 1, 31);
  const format = (ranges: ReturnType<typeof holidayRanges>) =>
    ranges.map(([first, last]) => `${formatDay(first)}/${formatDay(last)}`);

  it('gives US Thanksgiving with its Friday and the winter break', () => {
    expect(format(holidayRanges('US', november, endOfJanuary))).toEqual([
      '2026-11-26/2026-11-27',
      '2026-12-24/2027-01-01',
    ]);
  });

  it('gives the holidays of Mexico in date order', () => {
    expect(format(holidayRanges('MX', november, endOfJanuary))).toEqual([
      '2026-11-01/2026-11-02',
      '2026-12-12/2026-12-12',
      '2026-12-24/2027-01-01',
    ]);
  });

  it('gives Good Friday to Easter Monday in the UK', () => {
    const spring = format(holidayRanges('GB', dayNumber(2027, 3, 1), dayNumber(2027, 4, 30)));
    expect(spring).toEqual(['2027-03-26/2027-03-29']);
  });

  it('includes a winter break that began the year before the window', () => {
    const ranges = format(holidayRanges('CA', dayNumber(2027, 1, 1), dayNumber(2027, 1, 5)));
    expect(ranges).toEqual(['2026-12-24/2027-01-01']);
  });

  it('gives only the winter break for a country it has no calendar for', () => {
    expect(format(holidayRanges('NZ', november, endOfJanuary))).toEqual(['2026-12-24/2027-01-01']);
  });
});
