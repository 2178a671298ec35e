/**
 * Public holidays around which real groups cancel meetings, by country, as day-number ranges.
 *
 * @packageDocumentation
 */
import { dayNumber, nthWeekdayOfMonth, yearOfDay } from './days.js';

/** An inclusive range of day numbers. */
export type DayRange = readonly [first: number, last: number];

const MONDAY = 0;
const THURSDAY = 3;

/** Easter Sunday of `year` (Gregorian), by the anonymous Gregorian algorithm. */
export function easterSunday(year: number): number {
  const golden = year % 19;
  const century = Math.floor(year / 100);
  const yearOfCentury = year % 100;
  const leapCenturies = Math.floor(century / 4);
  const centuryRemainder = century % 4;
  const correction = Math.floor((century + 8) / 25);
  const moonCorrection = Math.floor((century - correction + 1) / 3);
  const epact = (19 * golden + century - leapCenturies - moonCorrection + 15) % 30;
  const leapYears = Math.floor(yearOfCentury / 4);
  const yearRemainder = yearOfCentury % 4;
  const weekday = (32 + 2 * centuryRemainder + 2 * leapYears - epact - yearRemainder) % 7;
  const shift = Math.floor((golden + 11 * epact + 22 * weekday) / 451);
  const month = Math.floor((epact + weekday - 7 * shift + 114) / 31);
  const day = ((epact + weekday - 7 * shift + 114) % 31) + 1;
  return dayNumber(year, month, day);
}

function single(day: number): DayRange {
  return [day, day];
}

/** The holiday ranges of `country` in `year`; the winter break runs from 24 December to 1 January. */
function holidaysOfYear(country: string, year: number): DayRange[] {
  const winterBreak: DayRange = [dayNumber(year, 12, 24), dayNumber(year + 1, 1, 1)];
  const goodFriday = easterSunday(year) - 2;
  switch (country) {
    case 'US': {
      const thanksgiving = nthWeekdayOfMonth(year, 11, THURSDAY, 4);
      return [
        single(nthWeekdayOfMonth(year, 5, MONDAY, -1)),
        single(dayNumber(year, 7, 4)),
        single(nthWeekdayOfMonth(year, 9, MONDAY, 1)),
        [thanksgiving, thanksgiving + 1],
        winterBreak,
      ];
    }
    case 'CA':
      return [
        single(dayNumber(year, 7, 1)),
        single(nthWeekdayOfMonth(year, 9, MONDAY, 1)),
        single(nthWeekdayOfMonth(year, 10, MONDAY, 2)),
        winterBreak,
      ];
    case 'GB':
      return [
        [goodFriday, goodFriday + 3],
        single(nthWeekdayOfMonth(year, 5, MONDAY, -1)),
        single(nthWeekdayOfMonth(year, 8, MONDAY, -1)),
        winterBreak,
      ];
    case 'AU':
      return [
        single(dayNumber(year, 1, 26)),
        [goodFriday, goodFriday + 3],
        single(dayNumber(year, 4, 25)),
        single(nthWeekdayOfMonth(year, 10, MONDAY, 1)),
        winterBreak,
      ];
    case 'ES':
      return [
        single(dayNumber(year, 1, 6)),
        [goodFriday - 1, goodFriday],
        single(dayNumber(year, 8, 15)),
        single(dayNumber(year, 11, 1)),
        [dayNumber(year, 12, 6), dayNumber(year, 12, 8)],
        winterBreak,
      ];
    case 'MX':
      return [
        [goodFriday - 1, goodFriday],
        single(dayNumber(year, 9, 16)),
        [dayNumber(year, 11, 1), dayNumber(year, 11, 2)],
        single(dayNumber(year, 12, 12)),
        winterBreak,
      ];
    default:
      return [winterBreak];
  }
}

/** Every holiday range of `country` that overlaps the days `from` to `to`, in date order. */
export function holidayRanges(country: string, from: number, to: number): DayRange[] {
  const ranges: DayRange[] = [];
  // The winter break of the year before can reach into `from`'s year.
  for (let year = yearOfDay(from) - 1; year <= yearOfDay(to); year += 1) {
    for (const range of holidaysOfYear(country, year)) {
      if (range[1] >= from && range[0] <= to) ranges.push(range);
    }
  }
  return ranges.sort((left, right) => left[0] - right[0]);
}
