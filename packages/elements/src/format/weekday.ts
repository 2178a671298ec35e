import { WEEKDAYS, type Weekday } from '@peer-groups/core';
import { dateFormat } from './intl-cache.js';

/** Monday 2024-01-01, the anchor the weekday names are read from. */
const MONDAY_UTC = Date.UTC(2024, 0, 1);

/** The name of `day` in `locale` ("Tuesday", "martes"), from `Intl` rather than a string table. */
export function weekdayName(day: Weekday, locale: string): string {
  const offset = WEEKDAYS.indexOf(day);
  return dateFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(
    MONDAY_UTC + offset * 86_400_000,
  );
}
