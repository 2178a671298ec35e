/**
 * Schedule arithmetic: the occurrences of a group's schedules as exact instants, its next
 * meeting, the wire form of a meeting, and schedules and meetings in words.
 *
 * @packageDocumentation
 */
export type { DescribeScheduleOptions } from './describe-schedule.js';
export { describeSchedule } from './describe-schedule.js';
export { InvalidOptionError, InvalidScheduleError } from './errors.js';
export type {
  FormatOccurrenceOptions,
  FormattedOccurrence,
  OccurrenceStatus,
} from './format-occurrence.js';
export { formatOccurrence } from './format-occurrence.js';
export { toMeetingOccurrence } from './meeting-occurrence.js';
export { nextOccurrence } from './next-occurrence.js';
export type { Occurrence } from './occurrence.js';
export { DEFAULT_OCCURRENCE_LIMIT } from './occurrence-window.js';
export type { OccurrencesOptions, ScheduleOccurrencesOptions } from './occurrences.js';
export { compareOccurrences, groupOccurrencesBetween, occurrencesBetween } from './occurrences.js';
