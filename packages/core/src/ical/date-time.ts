/**
 * RFC 5545 date, date-time and UTC-offset values.
 *
 * @packageDocumentation
 */
import { type CivilDate, civilFromDays, MS_PER_DAY } from '../time/civil.js';

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** A civil date as an iCalendar DATE: `20261222`. */
export function formatDate({ year, month, day }: CivilDate): string {
  return `${pad(year, 4)}${pad(month)}${pad(day)}`;
}

/** A civil date and a local time `HH:MM` as a floating or TZID'd DATE-TIME: `20261222T183000`. */
export function formatLocalDateTime(date: CivilDate, localTime: string): string {
  return `${formatDate(date)}T${localTime.slice(0, 2)}${localTime.slice(3, 5)}00`;
}

/**
 * Epoch milliseconds read as fields of a clock: UTC fields of an instant, or the fields of a
 * wall time shifted into UTC. `20260308T020000`.
 */
export function formatClockFields(epochMs: number): string {
  const days = Math.floor(epochMs / MS_PER_DAY);
  const seconds = Math.floor((epochMs - days * MS_PER_DAY) / 1000);
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  return `${formatDate(civilFromDays(days))}T${pad(hours)}${pad(minutes)}${pad(seconds % 60)}`;
}

/** An instant as a UTC DATE-TIME: `20261231T235959Z`. */
export function formatUtcDateTime(epochMs: number): string {
  return `${formatClockFields(epochMs)}Z`;
}

/** A UTC offset in minutes as a UTC-OFFSET value: `-0500`, `+1030`; zero is `+0000`. */
export function formatUtcOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const absolute = Math.abs(offsetMinutes);
  return `${sign}${pad(Math.floor(absolute / 60))}${pad(absolute % 60)}`;
}

/** Parses an ISO 8601 instant, a `Date` or epoch milliseconds; `undefined` when it is not one. */
export function toEpochMs(value: string | number | Date): number | undefined {
  const epochMs =
    typeof value === 'number'
      ? value
      : typeof value === 'string'
        ? Date.parse(value)
        : value.getTime();
  return Number.isFinite(epochMs) ? epochMs : undefined;
}
