import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatOffset,
  InvalidInstantError,
  instantOfLocalMs,
  instantOfWallTime,
  localDayAt,
  localMsOfWallTime,
  offsetMinutesAt,
  offsetMsAt,
  toOffsetIso,
  UnknownTimeZoneError,
  wallTimeAt,
} from '../src/time/index.js';

const HOUR = 3_600_000;

/** Zones with northern and southern DST, none, half-hour and 45-minute offsets, 30-minute DST. */
const ZONES = [
  'America/New_York',
  'Europe/London',
  'Australia/Sydney',
  'Asia/Kolkata',
  'America/Phoenix',
  'America/Santiago',
  'Pacific/Chatham',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
  'Europe/Madrid',
  'UTC',
] as const;

const oracleFormatters = new Map<string, Intl.DateTimeFormat>();

/** The offset straight from Intl, bypassing every cache: the oracle for the cached answers. */
function intlOffsetMinutes(timeZone: string, epochMs: number): number {
  let formatter = oracleFormatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    oracleFormatters.set(timeZone, formatter);
  }
  const parts = formatter.formatToParts(epochMs);
  const field = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const wallAsUtc = Date.UTC(
    field('year'),
    field('month') - 1,
    field('day'),
    field('hour') % 24,
    field('minute'),
    field('second'),
  );
  return Math.round((wallAsUtc - Math.floor(epochMs / 1000) * 1000) / 60_000);
}

/** The first whole second in (low, high] whose offset differs from that at `low`, by bisection. */
function oracleTransition(timeZone: string, low: number, high: number): number {
  const before = intlOffsetMinutes(timeZone, low);
  let [from, to] = [low, high];
  while (to - from > 1000) {
    const middle = from + Math.floor((to - from) / 2000) * 1000;
    if (intlOffsetMinutes(timeZone, middle) === before) from = middle;
    else to = middle;
  }
  return to;
}

/** Instants from 1990 to 2060, where every zone above has modern rules and Intl agrees. */
const modernInstant = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2060, 0, 1) });

describe('offsetMinutesAt', () => {
  it('knows New York in winter and summer', () => {
    expect(offsetMinutesAt('America/New_York', Date.UTC(2026, 0, 15))).toBe(-300);
    expect(offsetMinutesAt('America/New_York', Date.UTC(2026, 6, 15))).toBe(-240);
  });

  it('knows the southern hemisphere has summer time in January', () => {
    expect(offsetMinutesAt('Australia/Sydney', Date.UTC(2026, 0, 15))).toBe(660);
    expect(offsetMinutesAt('Australia/Sydney', Date.UTC(2026, 6, 15))).toBe(600);
  });

  it('keeps half-hour and 45-minute offsets', () => {
    expect(offsetMinutesAt('Asia/Kolkata', Date.UTC(2026, 6, 15))).toBe(330);
    expect(offsetMinutesAt('Asia/Kathmandu', Date.UTC(2026, 6, 15))).toBe(345);
  });

  it('switches at the exact millisecond of a transition', () => {
    // New York springs forward at 2026-03-08T07:00:00Z (02:00 EST).
    const transition = Date.UTC(2026, 2, 8, 7);
    expect(offsetMinutesAt('America/New_York', transition - 1)).toBe(-300);
    expect(offsetMinutesAt('America/New_York', transition)).toBe(-240);
    // London falls back at 2026-10-25T01:00:00Z.
    const fallBack = Date.UTC(2026, 9, 25, 1);
    expect(offsetMinutesAt('Europe/London', fallBack - 1)).toBe(60);
    expect(offsetMinutesAt('Europe/London', fallBack)).toBe(0);
  });

  it('gives the same answer in milliseconds', () => {
    expect(offsetMsAt('Asia/Kolkata', 0)).toBe(330 * 60_000);
  });

  it('agrees with Intl at any instant in any zone', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), modernInstant, (timeZone, epochMs) => {
        expect(offsetMinutesAt(timeZone, epochMs)).toBe(intlOffsetMinutes(timeZone, epochMs));
      }),
      { numRuns: 400 },
    );
  });

  it('agrees with Intl a millisecond either side of every transition of a year', () => {
    let transitions = 0;
    for (const timeZone of ['America/New_York', 'Australia/Lord_Howe', 'America/Santiago']) {
      for (let instant = Date.UTC(2026, 0, 1); instant < Date.UTC(2027, 0, 1); instant += HOUR) {
        if (intlOffsetMinutes(timeZone, instant) === intlOffsetMinutes(timeZone, instant + HOUR)) {
          continue;
        }
        const transition = oracleTransition(timeZone, instant, instant + HOUR);
        transitions += 1;
        expect(offsetMinutesAt(timeZone, transition - 1)).toBe(
          intlOffsetMinutes(timeZone, transition - 1),
        );
        expect(offsetMinutesAt(timeZone, transition)).toBe(intlOffsetMinutes(timeZone, transition));
      }
    }
    // Two a year in each zone: the scan found them all.
    expect(transitions).toBe(6);
  });
});

describe('wallTimeAt', () => {
  it('reads the wall clock of the zone', () => {
    expect(wallTimeAt('America/New_York', Date.UTC(2026, 2, 10, 22, 30, 15))).toEqual({
      year: 2026,
      month: 3,
      day: 10,
      hour: 18,
      minute: 30,
      second: 15,
    });
  });

  it('crosses the date line', () => {
    expect(wallTimeAt('Australia/Sydney', Date.UTC(2026, 0, 31, 20))).toMatchObject({
      month: 2,
      day: 1,
      hour: 7,
    });
  });

  it('gives the local date as a day number', () => {
    const lateEvening = Date.UTC(2026, 2, 11, 3, 30);
    expect(localDayAt('America/Denver', lateEvening)).toBe(localDayAt('UTC', lateEvening) - 1);
  });
});

describe('instantOfWallTime', () => {
  const wall = (year: number, month: number, day: number, hour: number, minute: number) => ({
    year,
    month,
    day,
    hour,
    minute,
    second: 0,
  });

  it('finds the instant of an ordinary wall time', () => {
    expect(instantOfWallTime('America/New_York', wall(2026, 3, 10, 18, 30))).toBe(
      Date.UTC(2026, 2, 10, 22, 30),
    );
  });

  it('moves a time in a spring-forward gap forward by the gap (RFC 5545)', () => {
    // 02:30 does not exist in New York on 2026-03-08; it is read as 02:30 EST, i.e. 03:30 EDT.
    expect(instantOfWallTime('America/New_York', wall(2026, 3, 8, 2, 30))).toBe(
      Date.UTC(2026, 2, 8, 7, 30),
    );
    // Sydney skips 02:00-03:00 on 2026-10-04.
    expect(instantOfWallTime('Australia/Sydney', wall(2026, 10, 4, 2, 15))).toBe(
      Date.UTC(2026, 9, 3, 16, 15),
    );
  });

  it('takes the first of two instants in a fall-back overlap', () => {
    // 01:30 happens twice in New York on 2026-11-01: first at EDT (05:30Z), then EST (06:30Z).
    expect(instantOfWallTime('America/New_York', wall(2026, 11, 1, 1, 30))).toBe(
      Date.UTC(2026, 10, 1, 5, 30),
    );
    // 02:30 happens twice in Sydney on 2026-04-05: first at +11 (15:30Z the day before).
    expect(instantOfWallTime('Australia/Sydney', wall(2026, 4, 5, 2, 30))).toBe(
      Date.UTC(2026, 3, 4, 15, 30),
    );
  });

  it('round-trips instants through wall times, outside overlaps', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), modernInstant, (timeZone, epochMs) => {
        const instant = Math.floor(epochMs / 1000) * 1000;
        const back = instantOfWallTime(timeZone, wallTimeAt(timeZone, instant));
        if (back !== instant) {
          // Only the second pass through a fall-back overlap maps back to the first.
          expect(back).toBeLessThan(instant);
          expect(wallTimeAt(timeZone, back)).toEqual(wallTimeAt(timeZone, instant));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('round-trips wall times through instants, outside gaps', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), modernInstant, (timeZone, epochMs) => {
        const wallTime = wallTimeAt('UTC', Math.floor(epochMs / 1000) * 1000);
        const shown = wallTimeAt(timeZone, instantOfWallTime(timeZone, wallTime));
        if (localMsOfWallTime(shown) !== localMsOfWallTime(wallTime)) {
          // In a gap the clock shows a later time, moved by the size of the gap.
          const moved = localMsOfWallTime(shown) - localMsOfWallTime(wallTime);
          expect(moved).toBeGreaterThan(0);
          expect(moved).toBeLessThanOrEqual(2 * HOUR);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('has a fast form on local milliseconds', () => {
    const local = localMsOfWallTime(wall(2026, 3, 10, 18, 30));
    expect(instantOfLocalMs('America/New_York', local)).toBe(Date.UTC(2026, 2, 10, 22, 30));
  });
});

describe('toOffsetIso', () => {
  it('writes the offset in force at the instant', () => {
    expect(toOffsetIso(Date.UTC(2026, 2, 10, 22, 30), 'America/New_York')).toBe(
      '2026-03-10T18:30:00-04:00',
    );
    expect(toOffsetIso(Date.UTC(2026, 0, 10, 23, 30), 'America/New_York')).toBe(
      '2026-01-10T18:30:00-05:00',
    );
    expect(toOffsetIso(Date.UTC(2026, 0, 10, 13), 'Asia/Kolkata')).toBe(
      '2026-01-10T18:30:00+05:30',
    );
    expect(toOffsetIso(0, 'UTC')).toBe('1970-01-01T00:00:00+00:00');
  });

  it('names the same instant Date.parse reads back', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), modernInstant, (timeZone, epochMs) => {
        const instant = Math.floor(epochMs / 1000) * 1000;
        expect(Date.parse(toOffsetIso(instant, timeZone))).toBe(instant);
      }),
      { numRuns: 300 },
    );
  });

  it('formats offsets with sign, hours and minutes', () => {
    expect(formatOffset(-300)).toBe('-05:00');
    expect(formatOffset(345)).toBe('+05:45');
    expect(formatOffset(0)).toBe('+00:00');
    expect(formatOffset(-30)).toBe('-00:30');
  });
});

describe('bad input', () => {
  it('refuses an unknown zone with a typed error that says what to use', () => {
    expect(() => offsetMinutesAt('Mars/Olympus_Mons', 0)).toThrow(UnknownTimeZoneError);
    expect(() => wallTimeAt('-05:00', 0)).toThrow(/IANA zone name/);
  });

  it('refuses instants a Date cannot hold', () => {
    expect(() => offsetMinutesAt('UTC', Number.NaN)).toThrow(InvalidInstantError);
    expect(() => wallTimeAt('UTC', Number.POSITIVE_INFINITY)).toThrow(InvalidInstantError);
    expect(() => toOffsetIso(9e15, 'UTC')).toThrow(/Date.now\(\)/);
  });

  it('refuses a wall time with a field that is not a number', () => {
    const broken = { year: 2026, month: 3, day: Number.NaN, hour: 1, minute: 0, second: 0 };
    expect(() => instantOfWallTime('UTC', broken)).toThrow(InvalidInstantError);
  });
});
