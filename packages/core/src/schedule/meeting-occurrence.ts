/**
 * The wire form of an occurrence.
 *
 * @packageDocumentation
 */
import type { MeetingOccurrence } from '../schemas/schedule.js';
import { toOffsetIso } from '../time/zone.js';
import type { Occurrence } from './occurrence.js';

/**
 * The wire form of `occurrence` (`MeetingOccurrence`): start and end in ISO 8601 with the offset
 * of the group's zone at each instant, e.g. `2026-03-10T18:30:00-04:00`, so a reader sees the
 * group's own wall clock.
 *
 * @throws {UnknownTimeZoneError} when the runtime does not know the occurrence's zone.
 * @throws {InvalidInstantError} when `start` or `end` is not an instant a `Date` can hold.
 */
export function toMeetingOccurrence(occurrence: Occurrence): MeetingOccurrence {
  return {
    start: toOffsetIso(occurrence.start, occurrence.timeZone),
    end: toOffsetIso(occurrence.end, occurrence.timeZone),
    timeZone: occurrence.timeZone,
    scheduleIndex: occurrence.scheduleIndex,
  };
}
