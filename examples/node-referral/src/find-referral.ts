/**
 * Finding the groups for a referral: near a place, about one topic, meeting in the coming week,
 * each with its meetings in that week.
 *
 * @packageDocumentation
 */
import type { MeetingOccurrence, SearchHit, TaxonomyTerm } from '@peer-groups/core';
import type { Client } from '@peer-groups/sdk';
import { UnknownTopicError } from './errors.js';

/** Days the referral looks ahead: "meeting this week". */
export const REFERRAL_DAYS = 7;
const MS_PER_DAY = 86_400_000;

/** What to look for. */
export interface ReferralRequest {
  /** A postal code, a place name or `lat,lng`. */
  near: string;
  /** A topic id of the directory's taxonomy, such as `grief-and-loss`. */
  topic: string;
  /** Search radius in kilometres. Default 15. */
  radiusKm?: number;
  /** Most groups on the handout. Default 5. */
  limit?: number;
}

/** Options of {@link findReferral}. */
export interface FindReferralOptions {
  /** The moment the week starts, epoch ms. Default: now. */
  now?: number;
  /** Cancels the requests. */
  signal?: AbortSignal;
}

/** One group of the referral and its meetings in the week. */
export interface ReferralGroup {
  group: SearchHit;
  meetings: MeetingOccurrence[];
}

/** The groups found for a referral. */
export interface Referral {
  near: string;
  topic: TaxonomyTerm;
  /** Start and end of the week searched, epoch ms. */
  from: number;
  to: number;
  groups: ReferralGroup[];
}

/**
 * Finds up to `limit` groups near `near` about `topic` that meet in the next seven days, nearest
 * first, and each one's meetings in those days.
 *
 * @throws {UnknownTopicError} when the directory has no such topic.
 * @throws {PeerGroupsError} (from the SDK) when the directory cannot answer.
 */
export async function findReferral(
  client: Client,
  request: ReferralRequest,
  options: FindReferralOptions = {},
): Promise<Referral> {
  const signal = options.signal;
  const requestOptions = signal === undefined ? {} : { signal };
  const taxonomy = await client.topics.list(requestOptions);
  const topic = taxonomy.topics.find((term) => term.id === request.topic);
  if (topic === undefined) throw new UnknownTopicError(request.topic, taxonomy.topics);

  const from = options.now ?? Date.now();
  const to = from + REFERRAL_DAYS * MS_PER_DAY;
  const page = await client.groups.search(
    {
      near: request.near,
      radiusKm: request.radiusKm ?? 15,
      topics: [topic.id],
      withinDays: REFERRAL_DAYS,
      sort: 'distance',
      limit: request.limit ?? 5,
    },
    requestOptions,
  );
  // One request per group, all at once: a handout holds a handful.
  const groups = await Promise.all(
    page.items.map(async (group) => {
      const list = await client.groups.meetings(
        group.id,
        { from: new Date(from), to: new Date(to) },
        requestOptions,
      );
      return { group, meetings: list.items };
    }),
  );
  return { near: request.near, topic, from, to, groups };
}
