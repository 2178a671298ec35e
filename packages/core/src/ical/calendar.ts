/**
 * Whole calendars: one group's schedules, or a referral handout of several groups, as the text
 * of one VCALENDAR.
 *
 * @packageDocumentation
 */
import type { InvalidScheduleError } from '../schedule/index.js';
import type { Group } from '../schemas/group.js';
import type { Schedule } from '../schemas/schedule.js';
import { civilFromDays } from '../time/civil.js';
import type { UnknownTimeZoneError } from '../time/index.js';
import { escapeText, serializeLines } from './content-line.js';
import { veventLines } from './event.js';
import {
  type ICalendarOptions,
  PRODUCT_ID,
  type ResolvedICalendarOptions,
  resolveICalendarOptions,
} from './options.js';
import { type Recurrence, recurrenceOf } from './recurrence.js';
import { vtimezoneLines, type ZoneCoverage } from './vtimezone.js';

interface PlannedEvent {
  group: Group;
  index: number;
  recurrence: Recurrence;
}

/** The years each zone must cover: from the year before its first series to its last meeting or horizon. */
function zoneCoverages(
  events: readonly PlannedEvent[],
  horizonYears: number,
): Map<string, ZoneCoverage> {
  const coverages = new Map<string, ZoneCoverage>();
  for (const { group, index, recurrence } of events) {
    const schedule = group.schedules[index] as Schedule;
    const startYear = civilFromDays(recurrence.firstDay).year;
    const endYear =
      schedule.validUntil === undefined
        ? startYear + horizonYears
        : Number(schedule.validUntil.slice(0, 4));
    // The year before the first series start makes every observance begin before any event.
    const fromYear = startYear - 1;
    const known = coverages.get(schedule.timeZone);
    coverages.set(schedule.timeZone, {
      fromYear: Math.min(known?.fromYear ?? fromYear, fromYear),
      toYear: Math.max(known?.toYear ?? endYear, endYear, startYear),
    });
  }
  return coverages;
}

function plannedEvents(
  groups: readonly Group[],
  options: ResolvedICalendarOptions,
): PlannedEvent[] {
  const events: PlannedEvent[] = [];
  for (const group of groups) {
    const referenceMs = options.referenceMs(group);
    group.schedules.forEach((schedule, index) => {
      const recurrence = recurrenceOf(schedule, referenceMs);
      if (recurrence !== undefined) events.push({ group, index, recurrence });
    });
  }
  return events;
}

function calendarText(groups: readonly Group[], options: ResolvedICalendarOptions): string {
  const events = plannedEvents(groups, options);
  const lines = [
    'BEGIN:VCALENDAR',
    `PRODID:${PRODUCT_ID}`,
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  if (options.calendarName !== undefined) {
    const name = escapeText(options.calendarName);
    lines.push(`NAME:${name}`, `X-WR-CALNAME:${name}`);
  }
  const coverages = [...zoneCoverages(events, options.zoneHorizonYears)].sort(([left], [right]) =>
    left < right ? -1 : left > right ? 1 : 0,
  );
  for (const [timeZone, coverage] of coverages) lines.push(...vtimezoneLines(timeZone, coverage));
  for (const { group, index, recurrence } of events) {
    lines.push(...veventLines(group, index, recurrence, options));
  }
  lines.push('END:VCALENDAR');
  return serializeLines(lines);
}

/**
 * The iCalendar (RFC 5545) text of one group: a VCALENDAR with one recurring VEVENT per
 * schedule and one VTIMEZONE per zone they use, derived from the runtime's `Intl` data. Each
 * series starts at its first real meeting (on or after `validFrom`, else on or after the local
 * date of `options.now`, by default the group's `createdAt`), repeats by RRULE, ends at
 * `validUntil` and skips cancelled dates by EXDATE. A schedule with no meeting left is left
 * out. The output is deterministic: the same group and options give the same text.
 *
 * Lines end with CRLF and are folded at 75 octets of UTF-8; directory text is escaped, and only
 * http and https links are written.
 *
 * @throws {@link ExportOptionError} when an option cannot be used.
 * @throws {@link InvalidScheduleError} or {@link UnknownTimeZoneError} when a schedule breaks a
 * rule of `scheduleSchema`: parse groups with `groupSchema` first.
 */
export function groupToICalendar(group: Group, options: ICalendarOptions = {}): string {
  return calendarText([group], resolveICalendarOptions(options, group.name));
}

/**
 * The iCalendar text of several groups in one VCALENDAR, for a referral handout: every
 * schedule of every group as in {@link groupToICalendar}, each zone described once. Pass
 * `options.url` as a function to give each group its listing page.
 *
 * @throws {@link ExportOptionError} when an option cannot be used.
 * @throws {@link InvalidScheduleError} or {@link UnknownTimeZoneError} when a schedule breaks a
 * rule of `scheduleSchema`.
 */
export function groupsToICalendar(
  groups: readonly Group[],
  options: ICalendarOptions = {},
): string {
  return calendarText(groups, resolveICalendarOptions(options, undefined));
}
