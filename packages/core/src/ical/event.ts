/**
 * One VEVENT: a group's schedule as a recurring event.
 *
 * @packageDocumentation
 */
import type { Group } from '../schemas/group.js';
import type { Location } from '../schemas/location.js';
import type { Schedule } from '../schemas/schedule.js';
import { termLabel } from '../schemas/taxonomy.js';
import { civilFromDays } from '../time/civil.js';
import { escapeText } from './content-line.js';
import { formatLocalDateTime, formatUtcDateTime, toEpochMs } from './date-time.js';
import { webHref } from './links.js';
import type { ResolvedICalendarOptions } from './options.js';
import type { Recurrence } from './recurrence.js';

function locationText(location: Location): string {
  const { address } = location;
  const regionLine = [address.region, address.postalCode].filter(Boolean).join(' ');
  return [
    location.venue,
    location.room,
    address.street,
    address.locality,
    regionLine,
    address.country,
  ]
    .filter((part): part is string => part !== undefined && part !== '')
    .join(', ');
}

function coordinate(value: number): string {
  // Six decimals is about 10 cm; rounding there also keeps exponents out of the value.
  return String(Number(value.toFixed(6)));
}

function descriptionText(group: Group, schedule: Schedule): string {
  const online = group.attendance === 'inPerson' ? undefined : group.online;
  const parts = [
    group.description,
    schedule.note,
    group.attendance === 'online' ? undefined : group.location?.directions,
    online?.instructions,
    webHref(online?.joinUrl),
    online?.dialIn,
  ];
  return parts
    .filter((part): part is string => part !== undefined && part.trim() !== '')
    .join('\n\n');
}

/** The event's URL: the listing page, else the join link of an online group, else its website. */
function eventUrl(group: Group, options: ResolvedICalendarOptions): string | undefined {
  const listing = options.listingUrl(group);
  if (listing !== undefined) return listing;
  const join = group.attendance === 'online' ? webHref(group.online?.joinUrl) : undefined;
  return join ?? webHref(group.website);
}

function utcStamp(instant: string): string | undefined {
  const epochMs = toEpochMs(instant);
  return epochMs === undefined ? undefined : formatUtcDateTime(epochMs);
}

/**
 * The content lines of the VEVENT for schedule `index` of `group`, whose series is
 * `recurrence`. DTSTAMP comes from `updatedAt`, so an unchanged listing exports unchanged text.
 */
export function veventLines(
  group: Group,
  index: number,
  recurrence: Recurrence,
  options: ResolvedICalendarOptions,
): string[] {
  const schedule = group.schedules[index] as Schedule;
  const zone = schedule.timeZone;
  const firstDate = civilFromDays(recurrence.firstDay);
  const lines = [
    'BEGIN:VEVENT',
    // The id is escaped like any text: a group that skipped validation must not break the line.
    `UID:${escapeText(`${group.id}.${index}@${options.domain}`)}`,
    `DTSTAMP:${utcStamp(group.updatedAt) ?? formatUtcDateTime(options.referenceMs(group))}`,
  ];
  const created = utcStamp(group.createdAt);
  if (created !== undefined) lines.push(`CREATED:${created}`);
  const modified = utcStamp(group.updatedAt);
  if (modified !== undefined) lines.push(`LAST-MODIFIED:${modified}`);
  lines.push(
    `DTSTART;TZID=${zone}:${formatLocalDateTime(firstDate, schedule.startTime)}`,
    `DTEND;TZID=${zone}:${formatLocalDateTime(firstDate, schedule.endTime)}`,
    `RRULE:${recurrence.rrule}`,
  );
  if (recurrence.exceptDays.length > 0) {
    const values = recurrence.exceptDays.map((day) =>
      formatLocalDateTime(civilFromDays(day), schedule.startTime),
    );
    lines.push(`EXDATE;TZID=${zone}:${values.join(',')}`);
  }
  lines.push(`SUMMARY:${escapeText(group.name)}`);
  const description = descriptionText(group, schedule);
  if (description !== '') lines.push(`DESCRIPTION:${escapeText(description)}`);
  const location = group.attendance === 'online' ? undefined : group.location;
  if (location !== undefined) {
    lines.push(`LOCATION:${escapeText(locationText(location))}`);
    const { lat, lng } = location.coordinates;
    if (Number.isFinite(lat) && Number.isFinite(lng)) {
      lines.push(`GEO:${coordinate(lat)};${coordinate(lng)}`);
    }
  }
  const url = eventUrl(group, options);
  if (url !== undefined) lines.push(`URL:${url}`);
  if (group.topics.length > 0) {
    const labels = group.topics.map((topic) =>
      escapeText(termLabel(options.topics, topic, options.locale)),
    );
    lines.push(`CATEGORIES:${labels.join(',')}`);
  }
  lines.push('STATUS:CONFIRMED', 'END:VEVENT');
  return lines;
}
