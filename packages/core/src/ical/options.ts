/**
 * Options of the iCalendar export, and how their defaults are resolved.
 *
 * @packageDocumentation
 */
import type { Group } from '../schemas/group.js';
import { type TaxonomyTerm, TOPICS } from '../schemas/taxonomy.js';
import { toEpochMs } from './date-time.js';
import { ExportOptionError } from './errors.js';
import { webHref } from './links.js';

/** Options of {@link groupToICalendar} and {@link groupsToICalendar}. */
export interface ICalendarOptions {
  /**
   * The domain that makes each event's UID globally unique: `{group id}.{schedule index}@{domain}`.
   * Use the directory's own host so calendars that subscribe to two directories never confuse
   * their events. Default `peer-groups`.
   */
  domain?: string;
  /**
   * The listing's page, written as each event's URL: a string, or a function of the group when
   * several groups are exported. Must be http or https. Default: none, so online groups carry
   * their join link and the others their website.
   */
  url?: string | ((group: Group) => string | undefined);
  /**
   * The reference date of schedules without `validFrom`: each series starts at its first
   * meeting on or after the local date of this instant in the schedule's zone. An ISO 8601
   * instant, epoch milliseconds or a `Date`. Default: the group's `createdAt`, so the same
   * listing always gives the same calendar.
   */
  now?: string | number | Date;
  /** The language of topic labels in CATEGORIES (`en`, `es`). Default `en`. */
  locale?: string;
  /** The topic terms that label CATEGORIES, for directories that extend the taxonomy. Default: the built-in topics. */
  topics?: readonly TaxonomyTerm[];
  /** The calendar's display name (NAME and X-WR-CALNAME). Default: the group's name for one group, none for several. */
  calendarName?: string;
  /**
   * For how many years after the latest series start an open-ended series is covered by each
   * VTIMEZONE before its yearly rules are taken to go on unchanged. Default 10.
   */
  zoneHorizonYears?: number;
}

/** The default UID domain. */
export const DEFAULT_UID_DOMAIN = 'peer-groups';
/** The default number of years an open-ended VTIMEZONE is checked for. */
export const DEFAULT_ZONE_HORIZON_YEARS = 10;
/** The PRODID of every calendar this package writes. */
export const PRODUCT_ID = '-//peer-groups//Directory calendar export//EN';

/** Options with their defaults applied and checked. */
export interface ResolvedICalendarOptions {
  domain: string;
  listingUrl: (group: Group) => string | undefined;
  referenceMs: (group: Group) => number;
  locale: string;
  topics: readonly TaxonomyTerm[];
  calendarName: string | undefined;
  zoneHorizonYears: number;
}

const DOMAIN_PATTERN =
  /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;

function checkedListingUrl(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const href = webHref(value);
  if (href === undefined) {
    throw new ExportOptionError(
      'url',
      `url must be an http or https address of the listing's page; got "${value.slice(0, 100)}"`,
    );
  }
  return href;
}

function createdAtOf(group: Group): number {
  const createdAt = toEpochMs(group.createdAt);
  if (createdAt === undefined) {
    throw new ExportOptionError(
      'now',
      `group "${group.id}" has no valid createdAt to date its schedules from; pass the now option`,
    );
  }
  return createdAt;
}

/** Applies defaults to `options` and checks them; throws {@link ExportOptionError} on a bad one. */
export function resolveICalendarOptions(
  options: ICalendarOptions,
  defaultCalendarName: string | undefined,
): ResolvedICalendarOptions {
  const domain = options.domain ?? DEFAULT_UID_DOMAIN;
  if (!DOMAIN_PATTERN.test(domain)) {
    throw new ExportOptionError(
      'domain',
      `domain must be a host name such as "groups.example.org"; got "${domain.slice(0, 100)}"`,
    );
  }
  let referenceMs: number | undefined;
  if (options.now !== undefined) {
    referenceMs = toEpochMs(options.now);
    if (referenceMs === undefined) {
      throw new ExportOptionError(
        'now',
        'now must be an ISO 8601 instant, epoch milliseconds or a valid Date',
      );
    }
  }
  const horizon = options.zoneHorizonYears ?? DEFAULT_ZONE_HORIZON_YEARS;
  if (!Number.isInteger(horizon) || horizon < 1 || horizon > 100) {
    throw new ExportOptionError(
      'zoneHorizonYears',
      'zoneHorizonYears must be a whole number from 1 to 100',
    );
  }
  const { url } = options;
  const fixedUrl = typeof url === 'string' ? checkedListingUrl(url) : undefined;
  return {
    domain,
    listingUrl: (group) => (typeof url === 'function' ? checkedListingUrl(url(group)) : fixedUrl),
    referenceMs: (group) => referenceMs ?? createdAtOf(group),
    locale: options.locale ?? 'en',
    topics: options.topics ?? TOPICS,
    calendarName: options.calendarName ?? defaultCalendarName,
    zoneHorizonYears: horizon,
  };
}
