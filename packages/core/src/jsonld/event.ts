/**
 * A group as schema.org JSON-LD: an `EventSeries` standing for its series of meetings.
 *
 * @packageDocumentation
 */
import { toEpochMs } from '../ical/date-time.js';
import { ExportOptionError } from '../ical/errors.js';
import { webHref } from '../ical/links.js';
import { firstMeeting } from '../ical/meetings.js';
import type { InvalidScheduleError, Occurrence } from '../schedule/index.js';
import type { Group } from '../schemas/group.js';
import { AUDIENCES, type TaxonomyTerm, TOPICS, termLabel } from '../schemas/taxonomy.js';
import type { UnknownTimeZoneError } from '../time/index.js';
import { toOffsetIso } from '../time/zone.js';
import { attendanceModeOf, locationsOf } from './location.js';
import { scheduleToJsonLd } from './schedule.js';
import type { JsonLdAudience, JsonLdEvent } from './types.js';

/** Options of {@link groupToJsonLd}. */
export interface JsonLdOptions {
  /** The listing's page, an http or https URL. Default: the group's website, if any. */
  url?: string;
  /**
   * The reference instant for `startDate` of schedules without `validFrom`: the first meeting
   * on or after its local date (in each schedule's zone, so the object changes once a day). An
   * ISO 8601 instant, epoch milliseconds or a `Date`. Default: the group's `createdAt`, so the
   * same listing always gives the same object; a page that shows the group now passes now.
   */
  now?: string | number | Date;
  /** The language of topic and audience labels (`en`, `es`). Default `en`. */
  locale?: string;
  /** Topic terms for labels, for directories that extend the taxonomy. Default: the built-in topics. */
  topics?: readonly TaxonomyTerm[];
  /** Audience terms for labels. Default: the built-in audiences. */
  audiences?: readonly TaxonomyTerm[];
}

function referenceMsOf(group: Group, now: JsonLdOptions['now']): number {
  const referenceMs = toEpochMs(now ?? group.createdAt);
  if (referenceMs === undefined) {
    throw new ExportOptionError(
      'now',
      now === undefined
        ? `group "${group.id}" has no valid createdAt to date its schedules from; pass the now option`
        : 'now must be an ISO 8601 instant, epoch milliseconds or a valid Date',
    );
  }
  return referenceMs;
}

/** The earliest first meeting of all schedules, ISO 8601 with its zone's offset. */
function firstMeetingIso(group: Group, referenceMs: number): string | undefined {
  let earliest: Occurrence | undefined;
  for (const schedule of group.schedules) {
    const first = firstMeeting(schedule, referenceMs);
    if (first !== undefined && (earliest === undefined || first.start < earliest.start)) {
      earliest = first;
    }
  }
  return earliest === undefined ? undefined : toOffsetIso(earliest.start, earliest.timeZone);
}

/** The last date of the series, when every schedule has one. */
function lastDate(group: Group): string | undefined {
  let last: string | undefined;
  for (const schedule of group.schedules) {
    if (schedule.validUntil === undefined) return undefined;
    if (last === undefined || schedule.validUntil > last) last = schedule.validUntil;
  }
  return last;
}

function audienceOf(group: Group, terms: readonly TaxonomyTerm[], locale: string) {
  const audience: JsonLdAudience = { '@type': 'PeopleAudience' };
  if (group.audiences.length > 0) {
    audience.audienceType = group.audiences.map((id) => termLabel(terms, id, locale)).join(', ');
  }
  if (group.ageRange?.min !== undefined) audience.suggestedMinAge = group.ageRange.min;
  if (group.ageRange?.max !== undefined) audience.suggestedMaxAge = group.ageRange.max;
  return Object.keys(audience).length > 1 ? audience : undefined;
}

/**
 * A group as schema.org JSON-LD, ready for {@link jsonLdScriptText}: an `EventSeries` that
 * stands for the group's whole series of meetings, with one `Schedule` per meeting pattern
 * (`eventSchedule`), its attendance mode, a `Place` and/or `VirtualLocation`, the organizer,
 * languages, topics (`about`, `keywords`), audience and cost. `startDate` is the first meeting
 * left (on or after `validFrom`, else on or after `options.now`, by default `createdAt`);
 * `endDate` is written only when every schedule ends. Only http and https links are written.
 *
 * @throws {@link ExportOptionError} when `options.url` is not an http or https URL, or
 * `options.now` is not a date.
 * @throws {@link InvalidScheduleError} or {@link UnknownTimeZoneError} when a schedule breaks a
 * rule of `scheduleSchema`: parse groups with `groupSchema` first.
 */
export function groupToJsonLd(group: Group, options: JsonLdOptions = {}): JsonLdEvent {
  const locale = options.locale ?? 'en';
  const topicLabels = group.topics.map((id) => termLabel(options.topics ?? TOPICS, id, locale));
  const jsonLd: JsonLdEvent = {
    '@context': 'https://schema.org',
    '@type': 'EventSeries',
    name: group.name,
    description: group.description,
    eventSchedule: group.schedules.map(scheduleToJsonLd),
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: attendanceModeOf(group),
    location: locationsOf(group),
    isAccessibleForFree: group.cost !== 'fee',
    inLanguage:
      group.languages.length === 1 ? (group.languages[0] as string) : [...group.languages],
    about: topicLabels.map((name) => ({ '@type': 'Thing', name })),
    keywords: topicLabels.join(', '),
  };
  const startDate = firstMeetingIso(group, referenceMsOf(group, options.now));
  if (startDate !== undefined) jsonLd.startDate = startDate;
  const endDate = lastDate(group);
  if (endDate !== undefined) jsonLd.endDate = endDate;
  if (group.organization !== undefined) {
    const url = webHref(group.organization.url);
    jsonLd.organizer = {
      '@type': 'Organization',
      name: group.organization.name,
      ...(url && { url }),
    };
  }
  const audience = audienceOf(group, options.audiences ?? AUDIENCES, locale);
  if (audience !== undefined) jsonLd.audience = audience;
  const url = listingUrl(group, options.url);
  if (url !== undefined) jsonLd.url = url;
  return jsonLd;
}

function listingUrl(group: Group, url: string | undefined): string | undefined {
  if (url === undefined) return webHref(group.website);
  const href = webHref(url);
  if (href === undefined) {
    throw new ExportOptionError(
      'url',
      `url must be an http or https address of the listing's page; got "${url.slice(0, 100)}"`,
    );
  }
  return href;
}
