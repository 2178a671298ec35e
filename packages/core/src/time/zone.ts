/**
 * Exact instants and the wall-clock time of an IANA zone, in both directions, using only the
 * runtime's `Intl` time zone data: no bundled tz database, correct across daylight saving time.
 * Offsets are cached per zone (see `zone-offsets.ts`), so only the first query near an instant
 * pays for `Intl`.
 *
 * @packageDocumentation
 */
import { civilFromDays, daysFromCivil, MS_PER_DAY } from './civil.js';
import { assertInstant, InvalidInstantError } from './errors.js';
import { zoneOffsets } from './zone-offsets.js';

/** A wall-clock time in some zone. `month` is 1-12. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** Milliseconds in one hour. */
const MS_PER_HOUR = 3_600_000;
/** Milliseconds in one minute. */
const MS_PER_MINUTE = 60_000;

/**
 * The offset of `timeZone` from UTC at the instant `epochMs`, in milliseconds (New York in
 * winter: -18 000 000). Historic local mean times keep their odd seconds.
 *
 * @throws {UnknownTimeZoneError} when the runtime does not know the zone.
 * @throws {InvalidInstantError} when `epochMs` is not an instant a `Date` can hold.
 */
export function offsetMsAt(timeZone: string, epochMs: number): number {
  assertInstant(epochMs);
  return zoneOffsets(timeZone).offsetMsAt(epochMs);
}

/**
 * The offset of `timeZone` from UTC at the instant `epochMs`, in whole minutes (New York in
 * winter: -300).
 *
 * @throws {UnknownTimeZoneError} when the runtime does not know the zone.
 * @throws {InvalidInstantError} when `epochMs` is not an instant a `Date` can hold.
 */
export function offsetMinutesAt(timeZone: string, epochMs: number): number {
  return Math.round(offsetMsAt(timeZone, epochMs) / MS_PER_MINUTE);
}

/**
 * The wall clock of `timeZone` at `epochMs`, as milliseconds since 1970-01-01T00:00 on that
 * wall clock ("local milliseconds"). Day arithmetic on it needs no further zone lookups.
 *
 * @throws {UnknownTimeZoneError} when the runtime does not know the zone.
 * @throws {InvalidInstantError} when `epochMs` is not an instant a `Date` can hold.
 */
export function localMsAt(timeZone: string, epochMs: number): number {
  return epochMs + offsetMsAt(timeZone, epochMs);
}

/**
 * The local date in `timeZone` at `epochMs`, as a day number (days since 1970-01-01; see
 * `daysFromCivil`).
 *
 * @throws {UnknownTimeZoneError} when the runtime does not know the zone.
 * @throws {InvalidInstantError} when `epochMs` is not an instant a `Date` can hold.
 */
export function localDayAt(timeZone: string, epochMs: number): number {
  return Math.floor(localMsAt(timeZone, epochMs) / MS_PER_DAY);
}

/**
 * The wall-clock time in `timeZone` at the instant `epochMs`, to the second.
 *
 * @throws {UnknownTimeZoneError} when the runtime does not know the zone.
 * @throws {InvalidInstantError} when `epochMs` is not an instant a `Date` can hold.
 */
export function wallTimeAt(timeZone: string, epochMs: number): WallTime {
  return wallTimeOfLocalMs(localMsAt(timeZone, epochMs));
}

/** Splits local milliseconds (see {@link localMsAt}) into a wall time, to the second. */
export function wallTimeOfLocalMs(localMs: number): WallTime {
  const days = Math.floor(localMs / MS_PER_DAY);
  const msOfDay = localMs - days * MS_PER_DAY;
  const { year, month, day } = civilFromDays(days);
  return {
    year,
    month,
    day,
    hour: Math.floor(msOfDay / MS_PER_HOUR),
    minute: Math.floor((msOfDay % MS_PER_HOUR) / MS_PER_MINUTE),
    second: Math.floor((msOfDay % MS_PER_MINUTE) / 1000),
  };
}

/** A wall time as local milliseconds (see {@link localMsAt}): the wall time read as if UTC. */
export function localMsOfWallTime(wall: WallTime): number {
  return (
    daysFromCivil(wall) * MS_PER_DAY +
    wall.hour * MS_PER_HOUR +
    wall.minute * MS_PER_MINUTE +
    wall.second * 1000
  );
}

/**
 * The instant at which the clocks of `timeZone` show the local milliseconds `localMs` (see
 * {@link localMsAt}); the fast form of {@link instantOfWallTime}, with the same rules.
 *
 * @throws {UnknownTimeZoneError} when the runtime does not know the zone.
 * @throws {InvalidInstantError} when `localMs` is not finite or lies outside what a `Date` holds.
 */
export function instantOfLocalMs(timeZone: string, localMs: number): number {
  assertInstant(localMs, 'local time');
  const zone = zoneOffsets(timeZone);
  // The offsets a day either side of the wall time bound every offset in between, so trying
  // both finds every instant that shows this wall time.
  const offsetBefore = zone.offsetMsAt(localMs - MS_PER_DAY);
  const offsetAfter = zone.offsetMsAt(localMs + MS_PER_DAY);
  const viaBefore = localMs - offsetBefore;
  if (offsetBefore === offsetAfter) {
    if (zone.offsetMsAt(viaBefore) === offsetBefore) return viaBefore;
  } else {
    const viaAfter = localMs - offsetAfter;
    // Of two instants showing the same wall time in a fall-back overlap, the earlier wins.
    const earlier = Math.min(viaBefore, viaAfter);
    const later = Math.max(viaBefore, viaAfter);
    if (earlier + zone.offsetMsAt(earlier) === localMs) return earlier;
    if (later + zone.offsetMsAt(later) === localMs) return later;
  }
  // In a gap: no instant shows this wall time; use the offset in force before the gap.
  return viaBefore;
}

/**
 * The instant at which the clocks of `timeZone` show `wall`.
 *
 * Across daylight saving changes it follows RFC 5545: a wall time skipped by a spring-forward
 * gap is read with the offset before the gap (02:30 on the day New York springs forward is
 * 03:30 EDT), and a wall time that happens twice in a fall-back overlap is the first of the two.
 *
 * @throws {UnknownTimeZoneError} when the runtime does not know the zone.
 * @throws {InvalidInstantError} when a field of `wall` is not a finite number.
 */
export function instantOfWallTime(timeZone: string, wall: WallTime): number {
  const localMs = localMsOfWallTime(wall);
  if (!Number.isFinite(localMs)) throw new InvalidInstantError(JSON.stringify(wall), 'wall time');
  return instantOfLocalMs(timeZone, localMs);
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
 *
 * @throws {UnknownTimeZoneError} when the runtime does not know the zone.
 * @throws {InvalidInstantError} when `epochMs` is not an instant a `Date` can hold.
 */
export function toOffsetIso(epochMs: number, timeZone: string): string {
  const offsetMinutes = offsetMinutesAt(timeZone, epochMs);
  // The wall time is shifted by the printed (whole-minute) offset, so the string names exactly
  // `epochMs` even in the historic zones whose true offset has seconds.
  const wall = wallTimeOfLocalMs(epochMs + offsetMinutes * MS_PER_MINUTE);
  const pad = (value: number) => String(value).padStart(2, '0');
  return (
    `${String(wall.year).padStart(4, '0')}-${pad(wall.month)}-${pad(wall.day)}` +
    `T${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}${formatOffset(offsetMinutes)}`
  );
}
