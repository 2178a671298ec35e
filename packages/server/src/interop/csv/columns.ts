/**
 * The columns of the CSV template, in order, with what each holds. The reader and the writer
 * both follow this list, and the template file and docs are made from it.
 *
 * @packageDocumentation
 */

/** One column of the template. */
export interface CsvColumn {
  /** The header, as written in the template. Headers are matched ignoring case, spaces and `_`. */
  name: string;
  /** Whether a row must fill it. */
  required: boolean;
  /** What to write, for the docs. */
  help: string;
  /** An example value, for the template's example row. */
  example: string;
}

/** Every column of the template. */
export const CSV_COLUMNS: readonly CsvColumn[] = [
  {
    name: 'id',
    required: true,
    help: 'Your own id of the group, unique in the file; re-imports update the group with this id.',
    example: 'grief-cambridge',
  },
  { name: 'name', required: true, help: 'The group name.', example: 'Cambridge Grief Circle' },
  {
    name: 'description',
    required: false,
    help: 'Plain text; line breaks are kept.',
    example: 'A peer-led circle for adults after a loss.',
  },
  {
    name: 'topics',
    required: true,
    help: 'Topic ids, comma-separated (see GET /v1/topics), such as grief-and-loss, depression.',
    example: 'grief-and-loss',
  },
  {
    name: 'audiences',
    required: false,
    help: 'Audience ids, comma-separated, such as veterans, women, lgbtq.',
    example: '',
  },
  {
    name: 'attendance',
    required: true,
    help: 'in person, online or hybrid.',
    example: 'in person',
  },
  {
    name: 'schedule',
    required: true,
    help: 'One or more meeting patterns separated by ";", such as "Tue 18:30-20:00; 1st Thu 12:00-13:00" (see the schedule grammar).',
    example: 'Tue 18:30-20:00; 1st Thu 12:00-13:00',
  },
  {
    name: 'time_zone',
    required: true,
    help: 'IANA time zone of the schedule, such as America/New_York.',
    example: 'America/New_York',
  },
  {
    name: 'venue',
    required: false,
    help: 'Building or landmark name.',
    example: 'Cambridge Public Library',
  },
  { name: 'room', required: false, help: 'Room within the venue.', example: 'Community Room' },
  { name: 'street', required: false, help: 'Street address.', example: '449 Broadway' },
  {
    name: 'city',
    required: false,
    help: 'City or town; required for in-person and hybrid groups.',
    example: 'Cambridge',
  },
  { name: 'region', required: false, help: 'State, province or region.', example: 'MA' },
  {
    name: 'postal_code',
    required: false,
    help: 'Postal code; places the venue when latitude and longitude are empty.',
    example: '02138',
  },
  {
    name: 'country',
    required: false,
    help: "ISO country code such as US (default: the import's country, US).",
    example: 'US',
  },
  {
    name: 'latitude',
    required: false,
    help: 'Decimal degrees; leave empty to place the venue from its postal code or city.',
    example: '42.3736',
  },
  { name: 'longitude', required: false, help: 'Decimal degrees.', example: '-71.1097' },
  {
    name: 'directions',
    required: false,
    help: 'How to find the room, parking, entrances.',
    example: 'Use the side entrance.',
  },
  {
    name: 'at_healthcare_facility',
    required: false,
    help: 'yes or no (default no).',
    example: 'no',
  },
  {
    name: 'accessibility',
    required: false,
    help: 'Comma-separated: wheelchair, step-free, accessible-restroom, accessible-parking, hearing-loop, sign-language, large-print, scent-free, public-transit, childcare.',
    example: 'wheelchair, hearing-loop',
  },
  {
    name: 'join_url',
    required: false,
    help: 'Link to join online; online and hybrid groups need this or dial_in.',
    example: '',
  },
  { name: 'dial_in', required: false, help: 'Phone number to join by phone.', example: '' },
  { name: 'access_code', required: false, help: 'Meeting ID or passcode.', example: '' },
  {
    name: 'platform',
    required: false,
    help: 'zoom, teams, meet, webex, jitsi, phone or other (default: from join_url).',
    example: '',
  },
  { name: 'online_instructions', required: false, help: 'How to join online.', example: '' },
  {
    name: 'facilitation',
    required: false,
    help: 'peer-led, professional or co-facilitated (default peer-led).',
    example: 'peer-led',
  },
  {
    name: 'peer_run',
    required: false,
    help: 'yes or no: whether the organization is peer-run (default no).',
    example: 'yes',
  },
  {
    name: 'organization',
    required: false,
    help: 'The organization that runs the group.',
    example: 'Mass Grief Network',
  },
  {
    name: 'organization_url',
    required: false,
    help: 'Its website.',
    example: 'https://grief.example.org',
  },
  { name: 'network', required: false, help: 'A wider network it belongs to.', example: '' },
  {
    name: 'languages',
    required: false,
    help: "BCP 47 tags, comma-separated, such as en, es (default: the import's language, en).",
    example: 'en, es',
  },
  { name: 'cost', required: false, help: 'free, donation or fee (default free).', example: 'free' },
  {
    name: 'cost_note',
    required: false,
    help: 'Such as "$10 a session, waived on request".',
    example: '',
  },
  {
    name: 'openness',
    required: false,
    help: 'open, closed (to people who share the condition) or registration (default open).',
    example: 'open',
  },
  {
    name: 'accepting_new_members',
    required: false,
    help: 'yes or no (default yes).',
    example: 'yes',
  },
  { name: 'age_min', required: false, help: 'Youngest age welcome.', example: '18' },
  { name: 'age_max', required: false, help: 'Oldest age welcome.', example: '' },
  {
    name: 'serves',
    required: false,
    help: 'Comma-separated: living with condition, family and friends, caregivers (default living with condition).',
    example: 'living with condition, family and friends',
  },
  {
    name: 'anonymous',
    required: false,
    help: "yes or no: the group's tradition asks for anonymity, so contact_name is a first name (and an initial) only.",
    example: '',
  },
  {
    name: 'contact_name',
    required: false,
    help: 'A first name or a role, where the group asks for anonymity.',
    example: 'Ana',
  },
  { name: 'contact_role', required: false, help: 'Such as facilitator.', example: 'Facilitator' },
  { name: 'contact_phone', required: false, help: 'Public phone.', example: '' },
  {
    name: 'contact_email',
    required: false,
    help: 'Public email.',
    example: 'circle@grief.example.org',
  },
  { name: 'contact_url', required: false, help: 'Public contact page.', example: '' },
  {
    name: 'referrals',
    required: false,
    help: 'yes or no: whether clinicians may refer people (default no).',
    example: 'yes',
  },
  {
    name: 'referrals_how',
    required: false,
    help: 'How to refer someone.',
    example: 'Call or email the facilitator.',
  },
  { name: 'referrals_url', required: false, help: 'Referral form.', example: '' },
  { name: 'referrals_email', required: false, help: 'Referral email.', example: '' },
  { name: 'referrals_phone', required: false, help: 'Referral phone.', example: '' },
  { name: 'website', required: false, help: "The group's page.", example: '' },
  {
    name: 'last_verified',
    required: false,
    help: 'When the listing was last checked: a date YYYY-MM-DD or an ISO instant (default: the import time).',
    example: '2026-09-01',
  },
];

/** A header folded for matching: `Time Zone`, `time_zone` and `TIMEZONE` all fold to `timezone`. */
export function foldHeader(header: string): string {
  return header.toLowerCase().replace(/[\s_-]+/g, '');
}
