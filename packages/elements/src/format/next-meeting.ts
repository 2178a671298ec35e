import { formatOccurrence, nextOccurrence, type Occurrence } from '@peer-groups/core';
import type { Listing } from '../listing.js';

/** A group's next meeting as the viewer reads it. */
export interface NextMeetingText {
  /** "Tomorrow, 7:00 – 8:30 PM", in the viewer's own time zone. */
  text: string;
  /** "happening now" or "starts within the hour" when worth saying, else `null`. */
  status: string | null;
}

let viewerZone: string | undefined;

/** The viewer's IANA zone. Reading it builds a whole DateTimeFormat; once per page is enough. */
export function zoneOfViewer(): string {
  viewerZone ??= new Intl.DateTimeFormat().resolvedOptions().timeZone;
  return viewerZone;
}

function upcoming(group: Listing, now: number): Occurrence | null {
  const reported = group.nextMeeting;
  if (reported === undefined) return nextOccurrence(group.schedules, now);
  if (reported === null) return null;
  // The search reports instants only; the zone and schedule index do not change the wording.
  return {
    start: Date.parse(reported.start),
    end: Date.parse(reported.end),
    timeZone: group.schedules[0]?.timeZone ?? 'UTC',
    scheduleIndex: 0,
  };
}

/**
 * The next meeting of `group` in words for `locale`: the one the search reported, else the
 * first left in its schedules; `undefined` when none is.
 */
export function describeNext(
  group: Listing,
  locale: string,
  now = Date.now(),
): NextMeetingText | undefined {
  const next = upcoming(group, now);
  if (next === null) return undefined;
  const formatted = formatOccurrence(next, { locale, now, timeZone: zoneOfViewer() });
  return { text: `${formatted.day}, ${formatted.time}`, status: formatted.statusText };
}
