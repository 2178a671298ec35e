/**
 * Exact instants and the wall-clock time of an IANA zone, in both directions, using only the
 * runtime's `Intl` time zone data: no bundled tz database, correct across daylight saving time.
 *
 * @packageDocumentation
 */
import { daysFromCivil, MS_PER_DAY } from './civil.js';

/** A wall-clock time in some zone. `month` is 1-12. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
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
      era: 'short',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock time in `timeZone` at the instant `epochMs`. */
export function wallTimeAt(timeZone: string, epochMs: number): WallTime {
  const wall: WallTime = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  let beforeCommonEra = false;
  for (const part of formatterFor(timeZone).formatToParts(epochMs)) {
    switch (part.type) {
      case 'year':
        wall.year = Number(part.value);
        break;
      case 'month':
        wall.month = Number(part.value);
        break;
      case 'day':
        wall.day = Number(part.value);
        break;
      case 'hour':
        wall.hour = Number(part.value);
        break;
      case 'minute':
        wall.minute = Number(part.value);
        break;
      case 'second':
        wall.second = Number(part.value);
        break;
      case 'era':
        beforeCommonEra = part.value === 'BC' || part.value === 'B';
        break;
    }
  }
  if (beforeCommonEra) wall.year = 1 - wall.year;
  return wall;
}

/** The wall time read as if it were UTC, in epoch milliseconds. */
function wallTimeAsUtc(wall: WallTime): number {
  return (
    daysFromCivil(wall) * MS_PER_DAY + wall.hour * 3_600_000 + wall.minute * 60_000 + wall.second * 1000
  );
}

/** The offset of `timeZone` from UTC at the instant `epochMs`, in minutes (New York in winter: -300). */
export function offsetMinutesAt(timeZone: string, epochMs: number): number {
  const wholeSeconds = Math.floor(epochMs / 1000) * 1000;
  return Math.round((wallTimeAsUtc(wallTimeAt(timeZone, wholeSeconds)) - wholeSeconds) / 60_000);
}

/**
 * The instant at which the clocks of `timeZone` show `wall`.
 *
 * Across daylight saving changes it follows RFC 5545: a wall time skipped by a spring-forward
 * gap is read with the offset before the gap (02:30 on the day New York springs forward is
 * 03:30 EDT), and a wall time that happens twice in a fall-back overlap is the first of the two.
 */
export function instantOfWallTime(timeZone: string, wall: WallTime): number {
  const asUtc = wallTimeAsUtc(wall);
  // The offsets a day either side of the wall time bound every offset in between, so trying
  // both finds every instant that shows this wall time.
  const offsetBefore = offsetMinutesAt(timeZone, asUtc - MS_PER_DAY);
  const offsetAfter = offsetMinutesAt(timeZone, asUtc + MS_PER_DAY);
  const candidates = [asUtc - offsetBefore * 60_000, asUtc - offsetAfter * 60_000].sort(
    (left, right) => left - right,
  );
  for (const candidate of candidates) {
    if (asUtc - offsetMinutesAt(timeZone, candidate) * 60_000 === candidate) return candidate;
  }
  // In a gap: no instant shows this wall time; use the offset in force before the gap.
  return asUtc - offsetBefore * 60_000;
}

/** Formats an offset in minutes as `+HH:MM` / `-HH:MM`. */
export function formatOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const absolute = Math.abs(offsetMinutes);
  const hours = String(Math.floor(absolute / 60)).padStart(2, '0');
  const minutes = String(absolute % 60).padStart(2, '0');
  return `${sign}${hours}:${minutes}`;
}

/**
 * The instant `epochMs` in ISO 8601 with the offset of `timeZone` at that instant, to the
 * second: `2026-03-10T18:30:00-04:00`.
 */
export function toOffsetIso(epochMs: number, timeZone: string): string {
  const wall = wallTimeAt(timeZone, epochMs);
  const offset = offsetMinutesAt(timeZone, epochMs);
  const pad = (value: number) => String(value).padStart(2, '0');
  return (
    `${String(wall.year).padStart(4, '0')}-${pad(wall.month)}-${pad(wall.day)}` +
    `T${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}${formatOffset(offset)}`
  );
}
