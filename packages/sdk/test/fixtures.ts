import type {
  Group,
  GroupListing,
  SearchHit,
  SearchPage,
  Submission,
  SubmissionInput,
} from '@peer-groups/core';

/** The origin every test client talks to; msw answers for it. */
export const BASE_URL = 'https://directory.test';
/** The API root the SDK builds from {@link BASE_URL}. */
export const API = `${BASE_URL}/v1`;

/** A valid in-person listing. */
export function listing(name = 'Cambridge Grief Circle'): GroupListing {
  return {
    name,
    description: 'A peer-led circle for adults grieving a death.',
    topics: ['grief-and-loss'],
    audiences: [],
    attendance: 'inPerson',
    schedules: [
      {
        frequency: 'weekly',
        days: ['tue'],
        startTime: '18:30',
        endTime: '20:00',
        timeZone: 'America/New_York',
      },
    ],
    location: {
      address: { locality: 'Cambridge', region: 'MA', postalCode: '02138', country: 'US' },
      coordinates: { lat: 42.3736, lng: -71.1097 },
      atHealthcareFacility: false,
      accessibility: ['wheelchair'],
    },
    facilitation: 'peerLed',
    peerRun: true,
    languages: ['en'],
    cost: 'free',
    openness: 'open',
    acceptingNewMembers: true,
    serves: ['livingWithCondition'],
    referrals: { accepted: true },
  };
}

/** A valid published group with id `g-<n>`. */
export function group(n = 1): Group {
  return {
    ...listing(`Group ${n}`),
    id: `g-${n}`,
    slug: `group-${n}`,
    source: { name: 'Manual entry', format: 'manual' },
    lastVerified: '2026-10-01T12:00:00Z',
    createdAt: '2025-05-01T12:00:00Z',
    updatedAt: '2026-10-01T12:00:00Z',
  };
}

/** A search hit for group `n`. */
export function hit(n = 1): SearchHit {
  return {
    ...group(n),
    distanceKm: n,
    nextMeeting: { start: '2026-11-03T18:30:00-05:00', end: '2026-11-03T20:00:00-05:00' },
  };
}

/** A page of `count` hits. */
export function page(count: number, nextCursor: string | null = null, first = 1): SearchPage {
  const items: SearchHit[] = [];
  for (let n = first; n < first + count; n++) items.push(hit(n));
  return {
    items,
    nextCursor,
    total: count,
    facets: {
      topics: { 'grief-and-loss': count },
      audiences: {},
      attendance: {},
      days: {},
      languages: {},
    },
  };
}

/** A new-listing submission. */
export function submissionInput(): SubmissionInput {
  return { kind: 'new', listing: listing('Somerville Caregivers'), note: 'Meets at the library.' };
}

/** A stored submission with id `s-<n>`. */
export function submission(n = 1): Submission {
  return {
    ...submissionInput(),
    id: `s-${n}`,
    status: 'pending',
    receivedAt: '2026-10-02T09:00:00Z',
  };
}

/** An RFC 9457 problem body. */
export function problem(status: number, name: string, extra: Record<string, unknown> = {}) {
  return {
    type: `urn:peer-groups:problem:${name}`,
    title: name.replace(/-/g, ' '),
    status,
    ...extra,
  };
}
