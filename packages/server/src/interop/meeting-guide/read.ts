/**
 * Reading a Meeting Guide JSON feed: every field of the specification, mapped onto listings.
 *
 * @packageDocumentation
 */
import {
  type AccessibilityFeature,
  type Attendance,
  anonymousName,
  type Contact,
  isIanaTimeZone,
  type OnlineAccess,
  type Openness,
  type Organization,
  type Weekday,
} from '@peer-groups/core';
import { countryCodeOf } from '../country-code.js';
import { parseFormattedAddress } from '../formatted-address.js';
import { jsonArrayElements, jsonArraySpans } from '../json-array.js';
import { platformOf } from '../online-platform.js';
import { anHourAfter, clockTime, sameDayEnd } from '../overnight.js';
import { plainBlock, plainLine } from '../plain-text.js';
import type {
  DraftListing,
  DraftLocation,
  FeedRecord,
  ListingDraft,
  ReadOptions,
} from '../types.js';
import { basketsNote } from './baskets.js';
import type { MeetingGuideMeeting } from './meeting.js';
import { MAPPED_TYPE_CODES, typesLine } from './type-codes.js';

/** Topics of Meeting Guide meetings whose types name none: the format comes from 12-step groups. */
export const MEETING_GUIDE_DEFAULT_TOPICS: readonly string[] = ['alcohol'];

const WEEKDAY_OF_NUMBER: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** A record refused: the reason says what is wrong and what the feed should say instead. */
class RecordError extends Error {}

function text(value: unknown): string | undefined {
  return plainLine(value);
}

function daysOf(day: MeetingGuideMeeting['day']): Weekday[] {
  const values = Array.isArray(day) ? day : [day];
  const days: Weekday[] = [];
  for (const value of values) {
    const number = typeof value === 'string' && /^\s*\d\s*$/.test(value) ? Number(value) : value;
    if (typeof number !== 'number' || !Number.isInteger(number) || number < 0 || number > 6) {
      throw new RecordError(`day ${JSON.stringify(value)} is not 0 (Sunday) to 6 (Saturday)`);
    }
    const weekday = WEEKDAY_OF_NUMBER[number] as Weekday;
    if (!days.includes(weekday)) days.push(weekday);
  }
  return days;
}

function coordinate(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && value.trim() !== '') {
    const number = Number(value);
    return Number.isFinite(number) ? number : undefined;
  }
  return undefined;
}

/** `YYYY-MM-DD HH:MM:SS` in UTC as an ISO instant, or `undefined` when it is not one. */
function updatedInstant(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2})?)/.exec(value.trim());
  if (match === null) return undefined;
  const time = match[2]?.length === 5 ? `${match[2]}:00` : match[2];
  const instant = new Date(`${match[1]}T${time}Z`);
  return Number.isNaN(instant.getTime()) ? undefined : instant.toISOString();
}

/** A dial-in number and the one-tap suffix after it: `+1 646 558 8656,,123456#`. */
function splitPhone(value: string | undefined): { dialIn?: string; accessCode?: string } {
  if (value === undefined) return {};
  const [number = '', ...rest] = value.split(',');
  const code = rest.join(',').replace(/^,+/, '').trim();
  return {
    ...(number.trim() === '' ? {} : { dialIn: number.trim() }),
    ...(code === '' ? {} : { accessCode: code }),
  };
}

function onlineOf(meeting: MeetingGuideMeeting): OnlineAccess | undefined {
  const joinUrl = text(meeting.conference_url);
  const { dialIn, accessCode } = splitPhone(text(meeting.conference_phone));
  if (joinUrl === undefined && dialIn === undefined) return undefined;
  const notes = [
    plainBlock(meeting.conference_url_notes),
    plainBlock(meeting.conference_phone_notes),
  ]
    .filter((note) => note !== undefined)
    .join('\n');
  return {
    platform: platformOf(joinUrl),
    ...(joinUrl === undefined ? {} : { joinUrl }),
    ...(dialIn === undefined ? {} : { dialIn }),
    ...(accessCode === undefined ? {} : { accessCode }),
    ...(notes === '' ? {} : { instructions: notes }),
  };
}

function locationOf(
  meeting: MeetingGuideMeeting,
  accessibility: AccessibilityFeature[],
  options: ReadOptions,
): DraftLocation | undefined {
  const formatted = text(meeting.formatted_address);
  const parts = formatted === undefined ? {} : parseFormattedAddress(formatted);
  const street = text(meeting.address) ?? parts.street;
  const locality = text(meeting.city) ?? parts.locality;
  if (locality === undefined) return undefined;
  const region = text(meeting.state) ?? parts.region;
  const postalCode = text(meeting.postal_code) ?? parts.postalCode;
  const country = countryCodeOf(text(meeting.country)) ?? parts.country ?? options.country ?? 'US';
  const latitude = coordinate(meeting.latitude);
  const longitude = coordinate(meeting.longitude);
  const venue = text(meeting.location);
  const directions = plainBlock(meeting.location_notes);
  return {
    ...(venue === undefined ? {} : { venue }),
    address: {
      ...(street === undefined ? {} : { street }),
      locality,
      ...(region === undefined ? {} : { region }),
      ...(postalCode === undefined ? {} : { postalCode }),
      country,
    },
    ...(latitude === undefined || longitude === undefined
      ? {}
      : { coordinates: { lat: latitude, lng: longitude } }),
    ...(directions === undefined ? {} : { directions }),
    atHealthcareFacility: false,
    accessibility,
  };
}

/**
 * The meeting's public contact. Meeting Guide is the format of 12-step fellowships, whose
 * tradition is anonymity: a contact goes by a first name and an initial, so a full name in the
 * feed is shortened (and the import says so).
 */
function contactOf(meeting: MeetingGuideMeeting, warnings: string[]): Contact | undefined {
  const given = text(meeting.contact_1_name);
  const name = given === undefined ? undefined : anonymousName(given);
  if (given !== undefined && name !== given) {
    warnings.push('contact_1_name shortened to a first name and initial, for anonymity');
  }
  const email = text(meeting.contact_1_email);
  const phone = text(meeting.contact_1_phone);
  if (name !== undefined || email !== undefined || phone !== undefined) {
    return {
      ...(name === undefined ? {} : { name }),
      ...(email === undefined ? {} : { email }),
      ...(phone === undefined ? {} : { phone }),
    };
  }
  const entityEmail = text(meeting.entity_email);
  const entityPhone = text(meeting.entity_phone);
  if (entityEmail === undefined && entityPhone === undefined) return undefined;
  const role = text(meeting.entity);
  return {
    ...(role === undefined ? {} : { role }),
    ...(entityEmail === undefined ? {} : { email: entityEmail }),
    ...(entityPhone === undefined ? {} : { phone: entityPhone }),
  };
}

function organizationOf(meeting: MeetingGuideMeeting): Organization | undefined {
  const group = text(meeting.group);
  const entity = text(meeting.entity);
  const url = text(meeting.entity_url);
  const name = group ?? entity;
  if (name === undefined) return undefined;
  return {
    name,
    ...(url === undefined ? {} : { url }),
    ...(group !== undefined && entity !== undefined ? { network: entity } : {}),
  };
}

function attendanceOf(
  option: string | undefined,
  online: boolean,
  located: boolean,
  closedVenue: boolean,
): Attendance {
  switch (option) {
    case 'in_person':
      return 'inPerson';
    case 'online':
      return 'online';
    case 'hybrid':
      return 'hybrid';
    case 'inactive':
      throw new RecordError('the meeting is marked inactive');
  }
  if (closedVenue) {
    if (!online) {
      throw new RecordError('its location is temporarily closed (TC) and it has no online access');
    }
    return 'online';
  }
  if (online && located) return 'hybrid';
  if (online) return 'online';
  if (!located) {
    throw new RecordError(
      'it has neither an address with a city nor a conference_url or conference_phone',
    );
  }
  return 'inPerson';
}

function draftOf(
  meeting: MeetingGuideMeeting,
  externalId: string,
  options: ReadOptions,
): ListingDraft {
  const warnings: string[] = [];
  const name = text(meeting.name);
  if (name === undefined) throw new RecordError('it has no name');
  if (meeting.day === undefined || meeting.day === null || meeting.time === undefined) {
    throw new RecordError(
      'it has no day and time (a meeting by appointment); the directory lists scheduled meetings only',
    );
  }
  const days = daysOf(meeting.day);
  if (days.length === 0) throw new RecordError('day is an empty list');
  const startTime = clockTime(meeting.time);
  if (startTime === undefined) throw new RecordError(`time "${meeting.time}" is not HH:MM`);
  let endTime = anHourAfter(startTime);
  if (meeting.end_time !== undefined && meeting.end_time !== '') {
    const given = clockTime(meeting.end_time);
    if (given === undefined) throw new RecordError(`end_time "${meeting.end_time}" is not HH:MM`);
    endTime = given;
  }
  const timeZone = text(meeting.timezone) ?? options.timeZone;
  if (timeZone === undefined) {
    throw new RecordError(
      'it has no timezone; add one to the feed, or import with a default time zone (--time-zone America/New_York)',
    );
  }
  if (!isIanaTimeZone(timeZone)) {
    throw new RecordError(`timezone "${timeZone}" is not an IANA zone such as America/New_York`);
  }

  const topics = new Set<string>();
  const audiences = new Set<string>();
  const languages = new Set<string>();
  const accessibility = new Set<AccessibilityFeature>();
  const kept: string[] = [];
  let openness: Openness | undefined;
  let onlineType = false;
  let closedVenue = false;
  const types = Array.isArray(meeting.types) ? meeting.types : [];
  for (const raw of types) {
    const code = typeof raw === 'string' ? raw.trim() : String(raw);
    if (code === '') continue;
    if (code === 'TC') {
      closedVenue = true;
      continue;
    }
    const effect = MAPPED_TYPE_CODES[code];
    if (effect === undefined || !effect.exact) {
      if (!kept.includes(code)) kept.push(code);
    }
    if (effect === undefined) continue;
    if (effect.openness !== undefined) openness = effect.openness;
    if (effect.audience !== undefined) audiences.add(effect.audience);
    if (effect.topic !== undefined) topics.add(effect.topic);
    if (effect.language !== undefined) languages.add(effect.language);
    if (effect.accessibility !== undefined) accessibility.add(effect.accessibility);
    if (effect.online) onlineType = true;
  }
  for (const topic of options.topics ?? MEETING_GUIDE_DEFAULT_TOPICS) topics.add(topic);
  if (languages.size === 0) languages.add(options.language ?? 'en');

  const online = onlineOf(meeting);
  if (onlineType && online === undefined) {
    warnings.push('typed online (ONL) but has no conference_url or conference_phone');
  }
  const approximate = text(meeting.approximate)?.toLowerCase() === 'yes';
  let location = locationOf(meeting, [...accessibility], options);
  // An online meeting's address is its area of origin, not a venue: the specification allows an
  // approximate one, which is not a place to go to.
  if (location !== undefined && (approximate || location.address.street === undefined)) {
    if (online !== undefined) location = undefined;
  }
  const attendance = attendanceOf(
    text(meeting.attendance_option),
    online !== undefined,
    location !== undefined,
    closedVenue,
  );
  if (attendance === 'online') location = undefined;
  if (attendance !== 'online' && location === undefined) {
    throw new RecordError('it meets in person but has no address with a city');
  }
  if (attendance !== 'inPerson' && online === undefined) {
    throw new RecordError('it meets online but has no conference_url or conference_phone');
  }

  const notes = [plainBlock(meeting.notes), plainBlock(meeting.group_notes)].filter(
    (part) => part !== undefined,
  );
  if (kept.length > 0) notes.push(typesLine(kept));
  const contact = contactOf(meeting, warnings);
  const organization = organizationOf(meeting);
  const website = text(meeting.url);
  const venmo = text(meeting.venmo);
  const square = text(meeting.square);
  const paypal = text(meeting.paypal);
  const costNote = basketsNote({
    ...(venmo === undefined ? {} : { venmo }),
    ...(square === undefined ? {} : { square }),
    ...(paypal === undefined ? {} : { paypal }),
  });
  const listingOpenness = openness ?? 'closed';
  const listing: DraftListing = {
    name,
    description: notes.join('\n\n'),
    topics: [...topics],
    audiences: [...audiences],
    attendance,
    schedules: [
      {
        frequency: 'weekly',
        days,
        startTime,
        ...sameDayEnd(startTime, endTime),
        timeZone,
      },
    ],
    ...(location === undefined ? {} : { location }),
    ...(online === undefined || attendance === 'inPerson' ? {} : { online }),
    facilitation: 'peerLed',
    peerRun: true,
    ...(organization === undefined ? {} : { organization }),
    languages: [...languages],
    cost: 'donation',
    ...(costNote === undefined ? {} : { costNote }),
    openness: listingOpenness,
    acceptingNewMembers: true,
    serves: ['livingWithCondition'],
    anonymous: true,
    ...(contact === undefined ? {} : { contact }),
    referrals: { accepted: listingOpenness === 'open' },
    ...(website === undefined ? {} : { website }),
  };
  if (endTime <= startTime)
    warnings.push(`runs past midnight; kept as ending at 23:59 with a note`);
  const lastVerified = updatedInstant(meeting.updated);
  return {
    externalId,
    listing,
    ...(lastVerified === undefined ? {} : { lastVerified }),
    warnings,
  };
}

/** One element of a feed as a record: a draft, or the reason it was refused. */
export function meetingGuideRecord(
  element: unknown,
  index: number,
  options: ReadOptions,
): FeedRecord {
  const position = { index };
  if (element === null || typeof element !== 'object' || Array.isArray(element)) {
    return { position, reason: 'the element is not a JSON object' };
  }
  const meeting = element as MeetingGuideMeeting;
  const slug = meeting.slug;
  if ((typeof slug !== 'string' && typeof slug !== 'number') || String(slug).trim() === '') {
    return { position, reason: 'it has no slug, the id that makes re-imports update it' };
  }
  const externalId = String(slug).trim();
  try {
    return { position, draft: draftOf(meeting, externalId, options) };
  } catch (error) {
    if (!(error instanceof RecordError)) throw error;
    return { position, externalId, reason: error.message };
  }
}

/**
 * The records of the Meeting Guide feed `text`, one per meeting, read lazily so a large feed is
 * never all in memory as objects.
 *
 * @throws {MalformedFeedError} before yielding anything, when `text` is not one JSON array.
 */
export function readMeetingGuide(text: string, options: ReadOptions = {}): Iterable<FeedRecord> {
  const spans = jsonArraySpans(text);
  return (function* () {
    let index = 0;
    for (const element of jsonArrayElements(text, spans)) {
      yield meetingGuideRecord(element, index, options);
      index += 1;
    }
  })();
}
