/**
 * Reading the CSV template: one row per group, one column per field (see `columns.ts`).
 *
 * @packageDocumentation
 */
import {
  accessibilityFeatureSchema,
  attendanceSchema,
  costSchema,
  facilitationSchema,
  isIanaTimeZone,
  opennessSchema,
  platformSchema,
  servesSchema,
} from '@peer-groups/core';
import { countryCodeOf } from '../country-code.js';
import { MalformedFeedError } from '../errors.js';
import { platformOf } from '../online-platform.js';
import type { DraftListing, FeedRecord, ReadOptions } from '../types.js';
import { CSV_COLUMNS, foldHeader } from './columns.js';
import { type CsvRow, parseCsv } from './parse-csv.js';
import { parseScheduleText, ScheduleTextError } from './schedule-text.js';

/** A row refused: the reason names the column and what it should hold. */
class RowError extends Error {}

type Cells = (name: string) => string | undefined;

function foldValue(value: string): string {
  return value.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

function enumReader<T extends string>(options: readonly T[]) {
  const byFolded = new Map(options.map((option) => [foldValue(option), option]));
  return (value: string, column: string): T => {
    const found = byFolded.get(foldValue(value));
    if (found === undefined) {
      throw new RowError(`${column} "${value}" is not one of: ${options.join(', ')}`);
    }
    return found;
  };
}

const readAttendance = enumReader(attendanceSchema.options);
const readFacilitation = enumReader(facilitationSchema.options);
const readCost = enumReader(costSchema.options);
const readOpenness = enumReader(opennessSchema.options);
const readServes = enumReader(servesSchema.options);
const readFeature = enumReader(accessibilityFeatureSchema.options);
const readPlatform = enumReader(platformSchema.options);

function list(value: string | undefined): string[] {
  if (value === undefined) return [];
  return value
    .split(/[,;]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

function yesNo(value: string | undefined, column: string, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  const folded = value.trim().toLowerCase();
  if (['yes', 'y', 'true', '1', 'sí', 'si'].includes(folded)) return true;
  if (['no', 'n', 'false', '0'].includes(folded)) return false;
  throw new RowError(`${column} "${value}" is not yes or no`);
}

function number(value: string | undefined, column: string): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value.replace(',', '.'));
  if (!Number.isFinite(parsed)) throw new RowError(`${column} "${value}" is not a number`);
  return parsed;
}

function lastVerifiedOf(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const text = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value;
  const instant = new Date(text);
  if (Number.isNaN(instant.getTime())) {
    throw new RowError(`last_verified "${value}" is not a date YYYY-MM-DD or an ISO 8601 instant`);
  }
  return instant.toISOString();
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function listingOf(cell: Cells, options: ReadOptions): DraftListing {
  const name = cell('name');
  if (name === undefined) throw new RowError('name is empty');
  const attendanceText = cell('attendance');
  if (attendanceText === undefined)
    throw new RowError('attendance is empty: write in person, online or hybrid');
  const attendance = readAttendance(attendanceText, 'attendance');
  const timeZone = cell('time_zone') ?? options.timeZone;
  if (timeZone === undefined) {
    throw new RowError(
      'time_zone is empty; write an IANA zone such as America/New_York, or import with --time-zone',
    );
  }
  if (!isIanaTimeZone(timeZone)) {
    throw new RowError(`time_zone "${timeZone}" is not an IANA zone such as America/New_York`);
  }
  const scheduleText = cell('schedule');
  if (scheduleText === undefined)
    throw new RowError('schedule is empty: write one such as "Tue 18:30-20:00"');
  let schedules: ReturnType<typeof parseScheduleText>;
  try {
    schedules = parseScheduleText(scheduleText, timeZone);
  } catch (error) {
    if (error instanceof ScheduleTextError) throw new RowError(`schedule: ${error.message}`);
    throw error;
  }
  const topics = list(cell('topics'));
  const listing: DraftListing = {
    name,
    description: cell('description') ?? '',
    topics: topics.length > 0 ? topics : [...(options.topics ?? [])],
    audiences: list(cell('audiences')),
    attendance,
    schedules,
    facilitation: readFacilitation(cell('facilitation') ?? 'peerLed', 'facilitation'),
    peerRun: yesNo(cell('peer_run'), 'peer_run', false),
    languages:
      list(cell('languages')).length > 0 ? list(cell('languages')) : [options.language ?? 'en'],
    cost: readCost(cell('cost') ?? 'free', 'cost'),
    ...optional('costNote', cell('cost_note')),
    openness: readOpenness(cell('openness') ?? 'open', 'openness'),
    acceptingNewMembers: yesNo(cell('accepting_new_members'), 'accepting_new_members', true),
    serves: list(cell('serves')).map((value) => readServes(value, 'serves')),
    ...optional(
      'anonymous',
      cell('anonymous') === undefined ? undefined : yesNo(cell('anonymous'), 'anonymous', false),
    ),
    referrals: {
      accepted: yesNo(cell('referrals'), 'referrals', false),
      ...optional('how', cell('referrals_how')),
      ...optional('url', cell('referrals_url')),
      ...optional('email', cell('referrals_email')),
      ...optional('phone', cell('referrals_phone')),
    },
    ...optional('website', cell('website')),
  };
  if (listing.serves.length === 0) listing.serves = ['livingWithCondition'];

  const city = cell('city');
  if (city !== undefined) {
    const lat = number(cell('latitude'), 'latitude');
    const lng = number(cell('longitude'), 'longitude');
    const country = cell('country');
    const countryCode = country === undefined ? (options.country ?? 'US') : countryCodeOf(country);
    if (countryCode === undefined)
      throw new RowError(`country "${country}" is not an ISO code such as US`);
    listing.location = {
      ...optional('venue', cell('venue')),
      ...optional('room', cell('room')),
      address: {
        ...optional('street', cell('street')),
        locality: city,
        ...optional('region', cell('region')),
        ...optional('postalCode', cell('postal_code')),
        country: countryCode,
      },
      ...(lat === undefined || lng === undefined ? {} : { coordinates: { lat, lng } }),
      ...optional('directions', cell('directions')),
      atHealthcareFacility: yesNo(cell('at_healthcare_facility'), 'at_healthcare_facility', false),
      accessibility: list(cell('accessibility')).map((value) =>
        readFeature(value, 'accessibility'),
      ),
    };
  }
  const joinUrl = cell('join_url');
  const dialIn = cell('dial_in');
  if (joinUrl !== undefined || dialIn !== undefined) {
    const platform = cell('platform');
    listing.online = {
      platform: platform === undefined ? platformOf(joinUrl) : readPlatform(platform, 'platform'),
      ...optional('joinUrl', joinUrl),
      ...optional('dialIn', dialIn),
      ...optional('accessCode', cell('access_code')),
      ...optional('instructions', cell('online_instructions')),
    };
  }
  const organization = cell('organization');
  if (organization !== undefined) {
    listing.organization = {
      name: organization,
      ...optional('url', cell('organization_url')),
      ...optional('network', cell('network')),
    };
  }
  const ageMin = number(cell('age_min'), 'age_min');
  const ageMax = number(cell('age_max'), 'age_max');
  if (ageMin !== undefined || ageMax !== undefined) {
    listing.ageRange = { ...optional('min', ageMin), ...optional('max', ageMax) };
  }
  const contact = {
    ...optional('name', cell('contact_name')),
    ...optional('role', cell('contact_role')),
    ...optional('phone', cell('contact_phone')),
    ...optional('email', cell('contact_email')),
    ...optional('url', cell('contact_url')),
  };
  if (Object.keys(contact).length > 0) listing.contact = contact;
  return listing;
}

/** Which column index holds each known column, by folded name. */
function headerIndex(header: CsvRow): Map<string, number> {
  const known = new Set(CSV_COLUMNS.map((column) => foldHeader(column.name)));
  const index = new Map<string, number>();
  header.cells.forEach((cell, position) => {
    const folded = foldHeader(cell);
    if (known.has(folded) && !index.has(folded)) index.set(folded, position);
  });
  const missing = ['id', 'name', 'schedule'].filter((name) => !index.has(name));
  if (missing.length > 0) {
    throw new MalformedFeedError(
      `The CSV header has no ${missing.join(', ')} column. Nothing was changed; start from the template (data/groups-template.csv), whose first row names every column.`,
    );
  }
  return index;
}

/**
 * The records of the CSV `text`, one per row after the header, each at the line its row
 * starts on.
 *
 * @throws {MalformedFeedError} before yielding anything, when a quote never closes or the
 * header lacks the id, name or schedule column.
 */
export function readCsv(text: string, options: ReadOptions = {}): Iterable<FeedRecord> {
  const [header, ...rows] = parseCsv(text);
  if (header === undefined) {
    throw new MalformedFeedError('The CSV is empty. Nothing was changed; start from the template.');
  }
  const index = headerIndex(header);
  return (function* () {
    for (const row of rows) {
      const cell: Cells = (name) => {
        const position = index.get(foldHeader(name));
        const value = position === undefined ? undefined : row.cells[position]?.trim();
        return value === undefined || value === '' ? undefined : value;
      };
      const position = { line: row.line };
      const externalId = cell('id');
      if (externalId === undefined) {
        yield { position, reason: 'id is empty; give every row its own id' };
        continue;
      }
      try {
        const lastVerified = lastVerifiedOf(cell('last_verified'));
        yield {
          position,
          draft: {
            externalId,
            listing: listingOf(cell, options),
            ...(lastVerified === undefined ? {} : { lastVerified }),
            warnings: [],
          },
        };
      } catch (error) {
        if (!(error instanceof RowError)) throw error;
        yield { position, externalId, reason: error.message };
      }
    }
  })();
}
