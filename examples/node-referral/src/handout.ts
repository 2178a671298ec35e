/**
 * The referral handout in Markdown: for each group, when it meets this week (in the group's own
 * time), where or how to join, and whom to contact. Prints well, and pastes into a patient
 * portal message or an after-visit summary.
 *
 * @packageDocumentation
 */
import {
  describeSchedule,
  formatOccurrence,
  type SearchHit,
  TOPICS,
  termLabel,
} from '@peer-groups/core';
import type { Referral, ReferralGroup } from './find-referral.js';
import { escapeMarkdown, markdownLink } from './markdown.js';

/** Options of {@link renderHandout}. */
export interface HandoutOptions {
  /** The calendar file written beside the handout, named in its last line. */
  calendarFile?: string;
}

/** The handout's language: its words are English, so its dates and schedules are too. */
const LOCALE = 'en';

const COST_WORDS = { free: 'Free', donation: 'Donation welcome', fee: 'Fee' } as const;
const ATTENDANCE_WORDS = {
  inPerson: 'In person',
  online: 'Online',
  hybrid: 'In person and online',
} as const;

function whereLines(group: SearchHit): string[] {
  const lines: string[] = [];
  const location = group.location;
  if (location !== undefined) {
    const { street, locality, region, postalCode } = location.address;
    const place = [
      location.venue,
      location.room,
      street,
      [locality, region, postalCode].filter(Boolean).join(' '),
    ]
      .filter((part): part is string => part !== undefined && part !== '')
      .map(escapeMarkdown)
      .join(', ');
    const distance =
      group.distanceKm === undefined ? '' : ` (${group.distanceKm.toFixed(1)} km away)`;
    lines.push(`- **Where:** ${place}${distance}`);
    if (location.directions !== undefined)
      lines.push(`- **Getting there:** ${escapeMarkdown(location.directions)}`);
  }
  const online = group.online;
  if (online !== undefined) {
    const ways: string[] = [];
    if (online.joinUrl !== undefined) ways.push(markdownLink('join link', online.joinUrl));
    if (online.dialIn !== undefined) ways.push(`dial ${escapeMarkdown(online.dialIn)}`);
    lines.push(`- **Online:** ${ways.join(' or ')}`);
  }
  return lines;
}

function contactLine(group: SearchHit): string | undefined {
  const contact = group.contact;
  if (contact === undefined) return undefined;
  const who = [contact.name, contact.role]
    .filter((part) => part !== undefined)
    .map((part) => escapeMarkdown(part as string));
  const how: string[] = [];
  if (contact.phone !== undefined) how.push(escapeMarkdown(contact.phone));
  if (contact.email !== undefined) how.push(markdownLink(contact.email, `mailto:${contact.email}`));
  if (who.length === 0 && how.length === 0) return undefined;
  return `- **Contact:** ${[...who, ...how].join(', ')}`;
}

function groupSection({ group, meetings }: ReferralGroup, index: number, now: number): string {
  const locale = LOCALE;
  const lines = [`## ${index + 1}. ${escapeMarkdown(group.name)}`, ''];
  lines.push(
    `- **Topics:** ${escapeMarkdown(group.topics.map((id) => termLabel(TOPICS, id, locale)).join(' · '))}`,
  );
  const thisWeek = meetings.map(
    (meeting) =>
      formatOccurrence(meeting, { locale, timeZone: meeting.timeZone, now, withTimeZone: true })
        .text,
  );
  lines.push(
    `- **This week:** ${thisWeek.length === 0 ? 'no meeting' : thisWeek.map(escapeMarkdown).join('; ')}`,
  );
  const usually = group.schedules.map((schedule) =>
    describeSchedule(schedule, locale, { withTimeZone: true }),
  );
  lines.push(`- **Usually:** ${usually.map(escapeMarkdown).join('; ')}`);
  lines.push(...whereLines(group));
  lines.push(
    `- **Format:** ${ATTENDANCE_WORDS[group.attendance]} · ${COST_WORDS[group.cost]}${
      group.openness === 'registration' ? ' · Register before your first meeting' : ''
    }`,
  );
  const contact = contactLine(group);
  if (contact !== undefined) lines.push(contact);
  if (group.referrals.accepted) {
    const how = group.referrals.how === undefined ? '' : ` ${escapeMarkdown(group.referrals.how)}`;
    lines.push(`- **Referrals:** welcome.${how}`);
  }
  if (group.website !== undefined)
    lines.push(`- **More:** ${markdownLink(group.website, group.website)}`);
  return lines.join('\n');
}

/** The handout of `referral` as Markdown, ending in a newline. */
export function renderHandout(referral: Referral, options: HandoutOptions = {}): string {
  const topic = referral.topic.labels.en;
  const from = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'long' }).format(referral.from);
  const lines = [
    `# Peer support groups: ${escapeMarkdown(topic)} near ${escapeMarkdown(referral.near)}`,
    '',
    `Groups meeting in the seven days from ${escapeMarkdown(from)}. Times are in each group's own time zone.`,
    '',
  ];
  if (referral.groups.length === 0) {
    lines.push(
      'No group about this topic meets near this place in the coming week. Try a wider area or online groups.',
    );
  } else {
    referral.groups.forEach((entry, index) => {
      lines.push(groupSection(entry, index, referral.from), '');
    });
    if (options.calendarFile !== undefined) {
      lines.push(
        `Every meeting of these groups is in \`${options.calendarFile}\`: open it to add them to a calendar.`,
      );
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
