import { formatOccurrence, nextOccurrence } from '@peer-groups/core';
import type { Listing } from '../listing.js';

/** A group's next meeting as the viewer reads it. */
export interface NextMeetingText {
  /** "Tomorrow 7:00 PM", in the viewer's own time zone. */
  text: string;
  /** The meeting is under way. */
  happeningNow: boolean;
  /** The meeting starts within the hour. */
  startsWithinHour: boolean;
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
  let start: number;
  let end: number;
  if (group.nextMeeting === null) return undefined;
  if (group.nextMeeting !== undefined) {
    start = Date.parse(group.nextMeeting.start);
    end = Date.parse(group.nextMeeting.end);
  } else {
    const next = nextOccurrence(group.schedules, now);
    if (next === null) return undefined;
    start = next.start;
    end = next.end;
  }
  return formatOccurrence({ start, end }, { locale, now });
}
