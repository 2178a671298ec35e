/**
 * Writing groups as a Meeting Guide JSON feed. The format holds weekly meetings only: each run
 * of weekly schedules sharing a time becomes one meeting with a day array, and monthly or
 * every-few-weeks schedules are left out (a group with nothing else is not in the feed).
 *
 * @packageDocumentation
 */
import type { Group, Schedule, Weekday } from '@peer-groups/core';
import { noteWithoutOvernight, overnightEndOf } from '../overnight.js';
import { basketsOf } from './baskets.js';
import type { MeetingGuideMeeting } from './meeting.js';
import { MAPPED_TYPE_CODES, splitTypesLine } from './type-codes.js';

const NUMBER_OF_WEEKDAY: Record<Weekday, number> = {
  sun: 0,
  mon: 1,
  tue: 2,
  wed: 3,
  thu: 4,
  fri: 5,
  sat: 6,
};

/** Type codes written back from listing fields: the exact codes of the mapping, by what they say. */
function codesFromFields(group: Group): string[] {
  const codes: string[] = [];
  const add = (code: string) => {
    if (!codes.includes(code)) codes.push(code);
  };
  for (const [code, effect] of Object.entries(MAPPED_TYPE_CODES)) {
    if (!effect.exact) continue;
    if (effect.openness !== undefined && effect.openness === group.openness) add(code);
    if (effect.audience !== undefined && group.audiences.includes(effect.audience)) add(code);
    if (effect.topic !== undefined && group.topics.includes(effect.topic)) add(code);
    if (effect.language !== undefined && group.languages.includes(effect.language)) add(code);
    else if (
      effect.language === undefined &&
      effect.accessibility !== undefined &&
      group.location?.accessibility.includes(effect.accessibility)
    ) {
      add(code);
    }
    if (effect.online && group.attendance !== 'inPerson') add(code);
  }
  return codes;
}

function updatedOf(instant: string): string {
  return new Date(instant).toISOString().slice(0, 19).replace('T', ' ');
}

/** Weekly every-week schedules grouped by what a Meeting Guide meeting holds besides days. */
function meetingSlots(schedules: readonly Schedule[]): Schedule[] {
  const slots: Schedule[] = [];
  for (const schedule of schedules) {
    if (schedule.frequency !== 'weekly' || (schedule.interval ?? 1) !== 1) continue;
    const same = slots.find(
      (slot) =>
        slot.startTime === schedule.startTime &&
        slot.endTime === schedule.endTime &&
        slot.timeZone === schedule.timeZone &&
        slot.note === schedule.note,
    );
    if (same === undefined) slots.push({ ...schedule, days: [...schedule.days] });
    else for (const day of schedule.days) if (!same.days.includes(day)) same.days.push(day);
  }
  return slots;
}

function formattedAddress(group: Group): string | undefined {
  const address = group.location?.address;
  if (address === undefined) return undefined;
  const regionAndPostal = [address.region, address.postalCode].filter(Boolean).join(' ');
  return [address.street, address.locality, regionAndPostal, address.country]
    .filter((part) => part !== undefined && part !== '')
    .join(', ');
}

/**
 * Whether the group's contact is its entity's, as a meeting's `entity_email` and `entity_phone`
 * make one: no name, and the entity (the network, or the organization's own name when it has
 * none) as its role. It is written back to those fields.
 */
function isEntityContact(group: Group): boolean {
  const { contact, organization } = group;
  if (contact === undefined || contact.name !== undefined || contact.role === undefined) {
    return false;
  }
  return contact.role === (organization?.network ?? organization?.name);
}

/**
 * The id a group's meetings are written under: the slug it had in the Meeting Guide feed it
 * came from, so importing the export under that feed's source updates the same listings instead
 * of retiring them and creating new ones; else its directory slug.
 */
export function meetingGuideSlugOf(group: Group): string {
  const { format, externalId } = group.source;
  return format === 'meetingGuide' && externalId !== undefined ? externalId : group.slug;
}

/**
 * The Meeting Guide meetings of `group`: one per weekly time slot, none when it has no weekly
 * schedule. Slugs are `slug` (by default {@link meetingGuideSlugOf}), then `--2`, `--3` for
 * further slots.
 */
export function groupToMeetingGuide(
  group: Group,
  slug: string = meetingGuideSlugOf(group),
): MeetingGuideMeeting[] {
  const slots = meetingSlots(group.schedules);
  const { text: notes, codes: keptCodes } = splitTypesLine(group.description);
  const types = codesFromFields(group);
  for (const code of keptCodes) if (!types.includes(code)) types.push(code);
  const location = group.location;
  const online = group.attendance === 'inPerson' ? undefined : group.online;
  const contact = group.contact;
  const directions = [location?.room, location?.directions].filter(Boolean).join('\n');
  const baskets = basketsOf(group.costNote);
  const entityContact = isEntityContact(group);
  return slots.map((slot, index) => {
    const days = [...slot.days].sort((a, b) => NUMBER_OF_WEEKDAY[a] - NUMBER_OF_WEEKDAY[b]);
    const dayNumbers = days.map((day) => NUMBER_OF_WEEKDAY[day]);
    const scheduleNote = noteWithoutOvernight(slot.note);
    const meetingNotes = [notes, scheduleNote].filter(Boolean).join('\n\n');
    const meeting: MeetingGuideMeeting = {
      name: group.name,
      slug: index === 0 ? slug : `${slug}--${index + 1}`,
      day: dayNumbers.length === 1 ? (dayNumbers[0] as number) : dayNumbers,
      time: slot.startTime,
      end_time: overnightEndOf(slot.note) ?? slot.endTime,
      timezone: slot.timeZone,
      types,
      attendance_option:
        group.attendance === 'inPerson'
          ? 'in_person'
          : group.attendance === 'online'
            ? 'online'
            : 'hybrid',
      updated: updatedOf(group.lastVerified),
    };
    if (meetingNotes !== '') meeting.notes = meetingNotes;
    if (location !== undefined) {
      const { address, coordinates } = location;
      if (location.venue !== undefined) meeting.location = location.venue;
      if (directions !== '') meeting.location_notes = directions;
      meeting.formatted_address = formattedAddress(group) as string;
      if (address.street !== undefined) meeting.address = address.street;
      meeting.city = address.locality;
      if (address.region !== undefined) meeting.state = address.region;
      if (address.postalCode !== undefined) meeting.postal_code = address.postalCode;
      meeting.country = address.country;
      meeting.latitude = coordinates.lat;
      meeting.longitude = coordinates.lng;
      meeting.approximate = 'no';
    }
    if (online !== undefined) {
      if (online.joinUrl !== undefined) meeting.conference_url = online.joinUrl;
      if (online.instructions !== undefined) meeting.conference_url_notes = online.instructions;
      if (online.dialIn !== undefined) {
        meeting.conference_phone =
          online.accessCode === undefined
            ? online.dialIn
            : `${online.dialIn},,${online.accessCode}`;
      }
    }
    const organization = group.organization;
    if (organization !== undefined) {
      if (organization.network !== undefined) {
        meeting.group = organization.name;
        meeting.entity = organization.network;
      } else if (entityContact) {
        // An organization named only by its entity, which is also the contact's role.
        meeting.entity = organization.name;
      } else {
        meeting.group = organization.name;
      }
      if (organization.url !== undefined) meeting.entity_url = organization.url;
    }
    if (contact !== undefined && entityContact) {
      if (contact.email !== undefined) meeting.entity_email = contact.email;
      if (contact.phone !== undefined) meeting.entity_phone = contact.phone;
    } else if (contact !== undefined) {
      if (contact.name !== undefined) meeting.contact_1_name = contact.name;
      if (contact.email !== undefined) meeting.contact_1_email = contact.email;
      if (contact.phone !== undefined) meeting.contact_1_phone = contact.phone;
    }
    if (baskets.venmo !== undefined) meeting.venmo = baskets.venmo;
    if (baskets.square !== undefined) meeting.square = baskets.square;
    if (baskets.paypal !== undefined) meeting.paypal = baskets.paypal;
    if (group.website !== undefined) meeting.url = group.website;
    return meeting;
  });
}

/**
 * The Meeting Guide feed of `groups`, in their order. A slug is unique in a feed: a group whose
 * source slug an earlier group already took (two feeds can share slugs) is written under its
 * directory slug instead.
 */
export function meetingGuideFeed(groups: Iterable<Group>): MeetingGuideMeeting[] {
  const feed: MeetingGuideMeeting[] = [];
  const taken = new Set<string>();
  for (const group of groups) {
    const preferred = meetingGuideSlugOf(group);
    const meetings = groupToMeetingGuide(group, taken.has(preferred) ? group.slug : preferred);
    for (const meeting of meetings) taken.add(String(meeting.slug));
    feed.push(...meetings);
  }
  return feed;
}
