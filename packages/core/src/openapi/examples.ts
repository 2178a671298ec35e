/**
 * Example values shown in the OpenAPI document. Typed with the schemas' types, and checked
 * against the schemas by the tests, so they stay valid as the schemas change.
 *
 * @packageDocumentation
 */
import type { Group } from '../schemas/group.js';
import type { SearchPage } from '../schemas/search.js';
import type { SubmissionInput } from '../schemas/submission.js';

/** A hybrid grief group, as `GET /v1/groups/{id}` returns it. */
export function exampleGroup(): Group {
  return {
    id: 'grp-7Kq2mX',
    slug: 'riverside-grief-support',
    name: 'Riverside Grief Support',
    description:
      'A peer-led group for adults who lost someone close. Come as you are; no need to talk.',
    topics: ['grief-and-loss'],
    audiences: [],
    attendance: 'hybrid',
    schedules: [
      {
        frequency: 'monthly',
        days: ['wed'],
        weeksOfMonth: [2, 4],
        startTime: '18:30',
        endTime: '20:00',
        timeZone: 'America/Chicago',
      },
    ],
    location: {
      venue: 'Riverside Community Center',
      room: 'Room 2B',
      address: {
        street: '120 River Rd',
        locality: 'Springfield',
        region: 'IL',
        postalCode: '62701',
        country: 'US',
      },
      coordinates: { lat: 39.799, lng: -89.644 },
      atHealthcareFacility: false,
      accessibility: ['wheelchair', 'accessibleParking'],
    },
    online: { platform: 'zoom', joinUrl: 'https://zoom.example/j/5550100' },
    facilitation: 'peerLed',
    peerRun: true,
    languages: ['en'],
    cost: 'free',
    openness: 'open',
    acceptingNewMembers: true,
    serves: ['livingWithCondition'],
    contact: { name: 'Dana', role: 'Facilitator', email: 'dana@example.org' },
    referrals: {
      accepted: true,
      how: 'Email the facilitator with the first name of the person referred.',
    },
    source: {
      name: 'Springfield intergroup',
      format: 'meetingGuide',
      url: 'https://example.org/meetings.json',
    },
    lastVerified: '2026-02-20T15:00:00Z',
    createdAt: '2025-09-01T12:00:00Z',
    updatedAt: '2026-02-20T15:00:00Z',
  };
}

/** One page of search results around Springfield, IL. */
export function exampleSearchPage(): SearchPage {
  return {
    items: [
      {
        ...exampleGroup(),
        distanceKm: 2.4,
        nextMeeting: { start: '2026-03-11T18:30:00-05:00', end: '2026-03-11T20:00:00-05:00' },
      },
    ],
    nextCursor: null,
    total: 1,
    facets: {
      topics: { 'grief-and-loss': 1 },
      audiences: {},
      attendance: { hybrid: 1, inPerson: 2, online: 4 },
      days: { wed: 1 },
      languages: { en: 1 },
    },
  };
}

/** A facilitator submitting a new listing. */
export function exampleSubmissionInput(): SubmissionInput {
  const {
    id: _id,
    slug: _slug,
    source: _source,
    lastVerified: _verified,
    createdAt: _created,
    updatedAt: _updated,
    ...listing
  } = exampleGroup();
  return {
    kind: 'new',
    listing,
    note: 'We have met since 2019; our old listing went stale.',
    submitter: { name: 'Dana', role: 'Facilitator', email: 'dana@example.org' },
  };
}
