import { formatOccurrence } from '@peer-groups/core';
import { formatDistance } from './distance.js';
import { languageName } from './language.js';
import { zoneOfViewer } from './next-meeting.js';

const HOUR_MS = 3_600_000;

/**
 * Builds the `Intl` formatters a page of result cards needs (a meeting's day and times in the
 * viewer's zone, a distance, a language name) by formatting one sample of each. The first
 * formatters of a page load the runtime's locale and zone data, tens of milliseconds on a
 * phone: built while a search is in flight, that cost no longer falls between the answer and
 * the first results painted.
 */
export function warmFormatters(locale: string, now = Date.now()): void {
  const timeZone = zoneOfViewer();
  formatOccurrence(
    { start: now + HOUR_MS, end: now + 2 * HOUR_MS, timeZone, scheduleIndex: 0 },
    { locale, now, timeZone },
  );
  formatDistance(1, locale);
  languageName(locale, locale);
}
