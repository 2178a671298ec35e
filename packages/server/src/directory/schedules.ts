/**
 * The directory's use of core's schedule arithmetic and iCalendar export: next meetings for the
 * search index, meeting lists and calendars for a group.
 *
 * @packageDocumentation
 */
import {
  type Group,
  groupOccurrencesBetween,
  groupToICalendar,
  type MeetingList,
  type MeetingsQuery,
  type NextMeeting,
  nextOccurrence,
  toMeetingOccurrence,
} from '@peer-groups/core';
import type { NextMeetingTimes } from '../search/types.js';

const DAY_MS = 86_400_000;
/** The window length when `to` is left out, in days (as core's meetings query documents). */
const DEFAULT_WINDOW_DAYS = 30;
/** Most meetings one answer lists: a year of a daily meeting with a few schedules. */
const MAX_MEETINGS = 2000;

/** Core's next meeting of a group, in the index's form; `null` when none is left. */
export function nextMeetingOf(group: Group, now: number): NextMeetingTimes | null {
  const next = nextOccurrence(group.schedules, now);
  return next === null ? null : { start: next.start, end: next.end, timeZone: next.timeZone };
}

/** The wire form of a next meeting: ISO 8601 with the offset of the group's zone. */
export function toNextMeeting(times: NextMeetingTimes): NextMeeting {
  const occurrence = toMeetingOccurrence({ ...times, scheduleIndex: 0 });
  return { start: occurrence.start, end: occurrence.end };
}

function isDate(bound: string): boolean {
  return bound.length === 10;
}

/**
 * The meetings of `group` in the window of `query`. Date bounds are local dates of each
 * meeting's own zone: the window is widened by a day on each side in UTC and meetings are then
 * kept by the local date they start on, so no zone table is needed here.
 */
export function meetingsOf(group: Group, query: MeetingsQuery, now: number): MeetingList {
  const from = query.from ?? new Date(now).toISOString();
  const fromMs = isDate(from) ? Date.parse(from) - DAY_MS : Date.parse(from);
  const toMs =
    query.to === undefined
      ? fromMs + (isDate(from) ? DAY_MS : 0) + DEFAULT_WINDOW_DAYS * DAY_MS
      : Date.parse(query.to) + (isDate(query.to) ? 2 * DAY_MS : 0);
  const occurrences = groupOccurrencesBetween(group.schedules, fromMs, toMs, {
    limit: MAX_MEETINGS,
  });
  const items = occurrences.map(toMeetingOccurrence).filter((meeting) => {
    const localDate = meeting.start.slice(0, 10);
    if (isDate(from) && localDate < from) return false;
    if (query.to !== undefined && isDate(query.to) && localDate > query.to) return false;
    return true;
  });
  return { items };
}

/** The iCalendar text of `group`, its event UIDs made unique by `domain`. */
export function calendarOf(group: Group, domain: string): string {
  return groupToICalendar(group, { domain });
}
