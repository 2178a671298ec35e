/**
 * The referral's calendar: every schedule of every group on the handout in one iCalendar file,
 * as recurring events a patient's calendar app keeps up to date on its own.
 *
 * @packageDocumentation
 */
import { groupsToICalendar } from '@peer-groups/core';
import type { Referral } from './find-referral.js';

/** The iCalendar text (RFC 5545) of the groups of `referral`. */
export function referralCalendar(referral: Referral): string {
  return groupsToICalendar(
    referral.groups.map((entry) => entry.group),
    {
      calendarName: `Peer support groups: ${referral.topic.labels.en}`,
      // Series start from the referral's day, not from when each listing was created.
      now: referral.from,
    },
  );
}
