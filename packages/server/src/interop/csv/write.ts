/**
 * Writing groups as the CSV template, so a clinic can export, edit in a spreadsheet and import
 * again. The template holds one time zone per group: schedules in another zone take the first
 * schedule's.
 *
 * @packageDocumentation
 */
import type { Group } from '@peer-groups/core';
import { CSV_COLUMNS } from './columns.js';
import { formatCsv } from './parse-csv.js';
import { formatScheduleText } from './schedule-text.js';

/** `inPerson` → `in person`, `accessibleRestroom` → `accessible-restroom`, and so on. */
function words(value: string, separator: ' ' | '-'): string {
  return value.replace(/[A-Z]/g, (letter) => `${separator}${letter.toLowerCase()}`);
}

function yesNo(value: boolean): string {
  return value ? 'yes' : 'no';
}

/** The cells of `group`, by column name. */
function cellsOf(group: Group, externalId: string): Record<string, string | undefined> {
  const location = group.location;
  const address = location?.address;
  const online = group.online;
  const zone = group.schedules[0]?.timeZone ?? '';
  return {
    id: externalId,
    name: group.name,
    description: group.description,
    topics: group.topics.join(', '),
    audiences: group.audiences.join(', '),
    attendance: words(group.attendance, ' '),
    schedule: formatScheduleText(
      group.schedules.map((schedule) => ({ ...schedule, timeZone: zone })),
    ),
    time_zone: zone,
    venue: location?.venue,
    room: location?.room,
    street: address?.street,
    city: address?.locality,
    region: address?.region,
    postal_code: address?.postalCode,
    country: address?.country,
    latitude: location === undefined ? undefined : String(location.coordinates.lat),
    longitude: location === undefined ? undefined : String(location.coordinates.lng),
    directions: location?.directions,
    at_healthcare_facility:
      location === undefined ? undefined : yesNo(location.atHealthcareFacility),
    accessibility: location?.accessibility.map((feature) => words(feature, '-')).join(', '),
    join_url: online?.joinUrl,
    dial_in: online?.dialIn,
    access_code: online?.accessCode,
    platform: online?.platform,
    online_instructions: online?.instructions,
    facilitation: words(group.facilitation, '-'),
    peer_run: yesNo(group.peerRun),
    organization: group.organization?.name,
    organization_url: group.organization?.url,
    network: group.organization?.network,
    languages: group.languages.join(', '),
    cost: group.cost,
    cost_note: group.costNote,
    openness: group.openness,
    accepting_new_members: yesNo(group.acceptingNewMembers),
    age_min: group.ageRange?.min === undefined ? undefined : String(group.ageRange.min),
    age_max: group.ageRange?.max === undefined ? undefined : String(group.ageRange.max),
    serves: group.serves.map((value) => words(value, ' ')).join(', '),
    anonymous: group.anonymous === undefined ? undefined : yesNo(group.anonymous),
    contact_name: group.contact?.name,
    contact_role: group.contact?.role,
    contact_phone: group.contact?.phone,
    contact_email: group.contact?.email,
    contact_url: group.contact?.url,
    referrals: yesNo(group.referrals.accepted),
    referrals_how: group.referrals.how,
    referrals_url: group.referrals.url,
    referrals_email: group.referrals.email,
    referrals_phone: group.referrals.phone,
    website: group.website,
    last_verified: group.lastVerified,
  };
}

/**
 * `groups` as CSV in the template's columns. Each row's id is the group's source id when it came
 * from a CSV import, else its directory id, so a file exported, edited and imported again under
 * the source it came from updates its groups instead of adding new ones.
 */
export function groupsToCsv(groups: Iterable<Group>): string {
  const rows: string[][] = [CSV_COLUMNS.map((column) => column.name)];
  for (const group of groups) {
    const externalId =
      group.source.format === 'csv' && group.source.externalId !== undefined
        ? group.source.externalId
        : group.id;
    const cells = cellsOf(group, externalId);
    rows.push(CSV_COLUMNS.map((column) => cells[column.name] ?? ''));
  }
  return formatCsv(rows);
}

/** The template: the header and one example row, as shipped in `data/groups-template.csv`. */
export function csvTemplate(): string {
  return formatCsv([
    CSV_COLUMNS.map((column) => column.name),
    CSV_COLUMNS.map((column) => column.example),
  ]);
}
