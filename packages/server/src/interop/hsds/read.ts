/**
 * Reading Open Referral HSDS 3.0 services as listings: from the HSDS API's JSON (a page of
 * services, an array of them or one) or from services assembled out of a datapackage.
 *
 * @packageDocumentation
 */
import {
  type AccessibilityFeature,
  type Attendance,
  type Cost,
  costSchema,
  type Facilitation,
  facilitationSchema,
  type OnlineAccess,
  type Openness,
  opennessSchema,
  platformSchema,
  type Schedule,
  type Serves,
  servesSchema,
} from '@peer-groups/core';
import { countryCodeOf } from '../country-code.js';
import { MalformedFeedError } from '../errors.js';
import { platformOf } from '../online-platform.js';
import { plainBlock, plainLine } from '../plain-text.js';
import type {
  DraftListing,
  DraftLocation,
  FeedRecord,
  ListingDraft,
  ReadOptions,
  RecordPosition,
} from '../types.js';
import { HsdsScheduleError, scheduleFromHsds } from './schedule.js';
import type { HsdsContact, HsdsLocation, HsdsSchedule, HsdsService } from './service.js';
import { REFERRALS_DEPARTMENT, type TermValues, termValues } from './taxonomy.js';

/** A service refused: the reason says what is wrong. */
class ServiceError extends Error {}

const ACCESSIBILITY_WORDS: readonly [RegExp, AccessibilityFeature][] = [
  [/wheelchair/i, 'wheelchair'],
  [/step[- ]?free|ramp|elevator|lift\b/i, 'stepFree'],
  [/restroom|bathroom|toilet/i, 'accessibleRestroom'],
  [/parking/i, 'accessibleParking'],
  [/hearing loop|induction loop|assistive listening/i, 'hearingLoop'],
  [/sign language|\basl\b|interpreter/i, 'signLanguage'],
  [/large print|braille/i, 'largePrint'],
  [/scent|fragrance/i, 'scentFree'],
  [/transit|\bbus\b|subway|train/i, 'publicTransit'],
  [/child ?care|babysit/i, 'childcare'],
];

function text(value: unknown): string | undefined {
  return plainLine(value);
}

function accessibilityOf(location: HsdsLocation): AccessibilityFeature[] {
  const features: AccessibilityFeature[] = [];
  for (const entry of location.accessibility ?? []) {
    const words = `${entry.description ?? ''} ${entry.details ?? ''}`;
    for (const [pattern, feature] of ACCESSIBILITY_WORDS) {
      if (pattern.test(words) && !features.includes(feature)) features.push(feature);
    }
  }
  return features;
}

function coordinate(value: unknown): number | undefined {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) ? number : undefined;
}

function locationOf(
  location: HsdsLocation,
  values: TermValues,
  options: ReadOptions,
): DraftLocation | undefined {
  const addresses = location.addresses ?? [];
  const address =
    addresses.find((candidate) => (candidate.address_type ?? 'physical') === 'physical') ??
    addresses[0];
  const locality = text(address?.city);
  if (address === undefined || locality === undefined) return undefined;
  const street = text(address.address_1);
  // The second line names a suite, floor or room within the building: the venue's room.
  const room = text(address.address_2);
  const region = text(address.state_province) ?? text(address.region);
  const postalCode = text(address.postal_code);
  const country = countryCodeOf(text(address.country)) ?? options.country ?? 'US';
  const lat = coordinate(location.latitude);
  const lng = coordinate(location.longitude);
  const venue = text(location.name);
  const directions = [
    plainBlock(location.transportation ?? undefined),
    plainBlock(location.description ?? undefined),
  ]
    .filter(Boolean)
    .join('\n\n');
  return {
    ...(venue === undefined ? {} : { venue }),
    ...(room === undefined ? {} : { room }),
    address: {
      ...(street === undefined ? {} : { street }),
      locality,
      ...(region === undefined ? {} : { region }),
      ...(postalCode === undefined ? {} : { postalCode }),
      country,
    },
    ...(lat === undefined || lng === undefined ? {} : { coordinates: { lat, lng } }),
    ...(directions === '' ? {} : { directions }),
    atHealthcareFacility: values.atHealthcareFacility?.includes('true') ?? false,
    accessibility: accessibilityOf(location),
  };
}

function onlineOf(virtual: HsdsLocation | undefined, values: TermValues): OnlineAccess | undefined {
  const joinUrl = text(virtual?.url);
  const phone = virtual?.phones?.[0];
  const dialIn = text(phone?.number);
  if (joinUrl === undefined && dialIn === undefined) return undefined;
  const instructions = plainBlock(virtual?.description ?? undefined);
  const accessCode = text(phone?.extension);
  return {
    platform: one(values.platform, platformSchema.options) ?? platformOf(joinUrl),
    ...(joinUrl === undefined ? {} : { joinUrl }),
    ...(dialIn === undefined ? {} : { dialIn }),
    ...(accessCode === undefined ? {} : { accessCode }),
    ...(instructions === undefined ? {} : { instructions }),
  };
}

function costOf(service: HsdsService, values: TermValues): { cost: Cost; costNote?: string } {
  const note = text(service.fees_description);
  const stated = one(values.cost, costSchema.options);
  if (stated !== undefined)
    return note === undefined ? { cost: stated } : { cost: stated, costNote: note };
  for (const option of service.cost_options ?? []) {
    const amount = coordinate(option.amount);
    if (amount !== undefined && amount > 0) {
      const described =
        text(option.amount_description) ?? `${amount} ${text(option.currency) ?? ''}`.trim();
      return { cost: 'fee', costNote: note ?? described };
    }
  }
  if (note !== undefined && /donat|contribut|suggested/i.test(note))
    return { cost: 'donation', costNote: note };
  if (
    note !== undefined &&
    /\$|fee|cost|charge/i.test(note) &&
    !/\bfree\b|no (?:fee|cost|charge)/i.test(note)
  ) {
    return { cost: 'fee', costNote: note };
  }
  return note === undefined || /^free\.?$/i.test(note)
    ? { cost: 'free' }
    : { cost: 'free', costNote: note };
}

/** Whether a contact is the one referrals go to: of the `Referrals` department. */
function isReferralsContact(contact: HsdsContact): boolean {
  return text(contact.department)?.toLowerCase() === REFERRALS_DEPARTMENT.toLowerCase();
}

function one<T extends string>(values: string[] | undefined, allowed: readonly T[]): T | undefined {
  return values?.find((value): value is T => (allowed as readonly string[]).includes(value));
}

function draftOf(service: HsdsService, externalId: string, options: ReadOptions): ListingDraft {
  const status = (service.status ?? 'active').toLowerCase();
  if (status !== 'active')
    throw new ServiceError(`the service status is "${service.status}", not active`);
  const name = text(service.name);
  if (name === undefined) throw new ServiceError('the service has no name');
  const values = termValues(service.attributes);
  const warnings: string[] = [];

  const links = service.service_at_locations ?? [];
  const physical = links.filter(
    (link) => (link.location?.location_type ?? 'physical') !== 'virtual',
  );
  const virtual = links.find((link) => link.location?.location_type === 'virtual')?.location;
  if (physical.length > 1) {
    warnings.push(
      `the service is offered at ${physical.length} locations; only the first is listed`,
    );
  }
  const place = physical[0]?.location;
  const location = place === undefined ? undefined : locationOf(place, values, options);
  const online = onlineOf(virtual, values);
  let attendance: Attendance;
  if (location !== undefined && online !== undefined) attendance = 'hybrid';
  else if (online !== undefined) attendance = 'online';
  else if (location !== undefined) attendance = 'inPerson';
  else
    throw new ServiceError(
      'it has neither a physical location with a city nor a virtual location with a url',
    );

  const hsdsSchedules: HsdsSchedule[] = [
    ...(service.schedules ?? []),
    ...links.flatMap((link) => link.schedules ?? []),
    ...(place?.schedules ?? []),
  ];
  if (hsdsSchedules.length === 0) throw new ServiceError('it has no schedule');
  const schedules: Schedule[] = [];
  for (const hsds of hsdsSchedules) {
    try {
      const read = scheduleFromHsds(hsds, options.timeZone);
      schedules.push(...read.schedules);
      for (const warning of read.warnings) if (!warnings.includes(warning)) warnings.push(warning);
    } catch (error) {
      if (error instanceof HsdsScheduleError) {
        const which = hsds.id === undefined ? 'a schedule' : `schedule ${hsds.id}`;
        throw new ServiceError(`${which}: ${error.message}`);
      }
      throw error;
    }
  }

  const languages: string[] = [];
  for (const language of service.languages ?? []) {
    const code = text(language.code);
    if (code !== undefined && !languages.includes(code)) languages.push(code);
  }
  const topics = values.topic ?? [...(options.topics ?? [])];
  const contacts = service.contacts ?? [];
  const referralContact = contacts.find(isReferralsContact);
  const contactPerson = contacts.find((candidate) => !isReferralsContact(candidate));
  const email = text(service.email) ?? text(contactPerson?.email);
  const phone = text(service.phones?.[0]?.number) ?? text(contactPerson?.phones?.[0]?.number);
  const contactName = text(contactPerson?.name);
  const contactRole = text(contactPerson?.title);
  const contactUrl = values.contactUrl?.[0];
  const contact = {
    ...(contactName === undefined ? {} : { name: contactName }),
    ...(contactRole === undefined ? {} : { role: contactRole }),
    ...(phone === undefined ? {} : { phone }),
    ...(email === undefined ? {} : { email }),
    ...(contactUrl === undefined ? {} : { url: contactUrl }),
  };
  const referralsUrl = values.referralsUrl?.[0];
  const referralsEmail = text(referralContact?.email);
  const referralsPhone = text(referralContact?.phones?.[0]?.number);
  const organizationName = text(service.organization?.name);
  const organizationUrl = text(service.organization?.website) ?? text(service.organization?.url);
  const network = values.network?.[0];
  const minAge = coordinate(service.minimum_age);
  const maxAge = coordinate(service.maximum_age);
  const website = text(service.url);
  const howToJoin = plainBlock(service.application_process ?? undefined);
  const serves = (values.serves ?? []).filter((value): value is Serves =>
    (servesSchema.options as readonly string[]).includes(value),
  );
  const openness: Openness = one(values.openness, opennessSchema.options) ?? 'open';
  const facilitation: Facilitation =
    one(values.facilitation, facilitationSchema.options) ?? 'peerLed';
  const listing: DraftListing = {
    name,
    description: plainBlock(service.description ?? undefined) ?? '',
    topics,
    audiences: values.audience ?? [],
    attendance,
    schedules,
    ...(location === undefined || attendance === 'online' ? {} : { location }),
    ...(online === undefined || attendance === 'inPerson' ? {} : { online }),
    facilitation,
    peerRun: values.peerRun?.includes('true') ?? false,
    ...(organizationName === undefined
      ? {}
      : {
          organization: {
            name: organizationName,
            ...(organizationUrl === undefined ? {} : { url: organizationUrl }),
            ...(network === undefined ? {} : { network }),
          },
        }),
    languages: languages.length > 0 ? languages : [options.language ?? 'en'],
    ...costOf(service, values),
    openness,
    acceptingNewMembers: !(values.acceptingNewMembers?.includes('false') ?? false),
    ...(minAge === undefined && maxAge === undefined
      ? {}
      : {
          ageRange: {
            ...(minAge === undefined ? {} : { min: minAge }),
            ...(maxAge === undefined ? {} : { max: maxAge }),
          },
        }),
    serves: serves.length > 0 ? serves : ['livingWithCondition'],
    ...(Object.keys(contact).length === 0 ? {} : { contact }),
    referrals: {
      accepted: values.referrals?.includes('true') ?? false,
      ...(howToJoin === undefined ? {} : { how: howToJoin }),
      ...(referralsUrl === undefined ? {} : { url: referralsUrl }),
      ...(referralsEmail === undefined ? {} : { email: referralsEmail }),
      ...(referralsPhone === undefined ? {} : { phone: referralsPhone }),
    },
    ...(website === undefined ? {} : { website }),
  };
  const modified =
    service.last_modified === undefined || service.last_modified === null
      ? undefined
      : new Date(service.last_modified);
  return {
    externalId,
    listing,
    ...(modified === undefined || Number.isNaN(modified.getTime())
      ? {}
      : { lastVerified: modified.toISOString() }),
    warnings,
  };
}

/** One service as a record: a draft, or why it was refused. */
export function hsdsRecord(
  service: unknown,
  position: RecordPosition,
  options: ReadOptions,
): FeedRecord {
  if (service === null || typeof service !== 'object' || Array.isArray(service)) {
    return { position, reason: 'the service is not a JSON object' };
  }
  const id = (service as HsdsService).id;
  if (typeof id !== 'string' && typeof id !== 'number') {
    return { position, reason: 'the service has no id, which makes re-imports update it' };
  }
  const externalId = String(id);
  try {
    return { position, draft: draftOf(service as HsdsService, externalId, options) };
  } catch (error) {
    if (!(error instanceof ServiceError)) throw error;
    return { position, externalId, reason: error.message };
  }
}

/** How a page of the HSDS API says where it stands among the others. */
export interface HsdsPaging {
  /** The page's number, from 1, when the answer says it. */
  pageNumber?: number;
  totalPages: number;
  /** The services of every page together, when the answer says it. */
  totalItems?: number;
}

/** The services of one HSDS API answer, and its paging when it is a page. */
export interface HsdsAnswer {
  services: unknown[];
  paging?: HsdsPaging;
}

function wholeNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
}

/**
 * The HSDS API answer `text`: a page (`contents`, with its paging), an array of services, or one
 * service.
 *
 * @throws {MalformedFeedError} when `text` is not JSON or none of these.
 */
export function parseHsdsAnswer(text: string): HsdsAnswer {
  let document: unknown;
  try {
    document = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new MalformedFeedError(
      `The HSDS feed is not JSON (${(error as Error).message}). Nothing was changed; check that the address serves the HSDS API.`,
    );
  }
  if (Array.isArray(document)) return { services: document };
  if (document !== null && typeof document === 'object') {
    const page = document as { contents?: unknown; total_pages?: unknown; page_number?: unknown };
    if (Array.isArray(page.contents)) {
      const totalPages = wholeNumber(page.total_pages);
      if (totalPages === undefined) return { services: page.contents };
      const pageNumber = wholeNumber(page.page_number);
      const totalItems = wholeNumber((document as { total_items?: unknown }).total_items);
      return {
        services: page.contents,
        paging: {
          totalPages,
          ...(pageNumber === undefined ? {} : { pageNumber }),
          ...(totalItems === undefined ? {} : { totalItems }),
        },
      };
    }
    if ('id' in document && 'name' in document) return { services: [document] };
  }
  throw new MalformedFeedError(
    'The HSDS feed is neither a page of services (with "contents"), an array of services, nor one service. Nothing was changed; point the import at the HSDS API\'s /services answer.',
  );
}

/**
 * The records of the services of one or more pages, in order. Positions count from 0 on each
 * page, and name the page (from 1) when there are several.
 */
export function hsdsRecords(
  pages: readonly (readonly unknown[])[],
  options: ReadOptions = {},
): FeedRecord[] {
  return pages.flatMap((services, page) =>
    services.map((service, index) =>
      hsdsRecord(service, pages.length === 1 ? { index } : { page: page + 1, index }, options),
    ),
  );
}

/**
 * The records of one HSDS API JSON answer, one per service. A page of several is refused: read
 * from the API's address (see `readHsdsApi`), which fetches every page.
 *
 * @throws {MalformedFeedError} when `text` is not JSON, holds no services, or is one page of several.
 */
export function readHsdsJson(text: string, options: ReadOptions = {}): Iterable<FeedRecord> {
  const answer = parseHsdsAnswer(text);
  if (answer.paging !== undefined && answer.paging.totalPages > 1) {
    throw new MalformedFeedError(
      `The HSDS answer is page ${answer.paging.pageNumber ?? '?'} of ${answer.paging.totalPages}, not the whole feed. Nothing was changed; import the API's address, which reads every page.`,
    );
  }
  return hsdsRecords([answer.services], options);
}
