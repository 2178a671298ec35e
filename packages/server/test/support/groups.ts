import type { Group, GroupListing, Schedule } from '@peer-groups/core';

/** Fields a test may override when building a group. */
export type GroupOverrides = Partial<Group>;

const weeklyEvening: Schedule = {
  frequency: 'weekly',
  days: ['tue'],
  startTime: '18:30',
  endTime: '20:00',
  timeZone: 'America/New_York',
};

/**
 * A valid in-person group in Cambridge, MA, with `overrides` applied. Small and explicit, so a
 * test says exactly which fields it cares about.
 */
export function makeGroup(id: string, overrides: GroupOverrides = {}): Group {
  return {
    id,
    slug: id.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    name: `Group ${id}`,
    description: 'A peer-led circle. New members welcome.',
    topics: ['grief-and-loss'],
    audiences: [],
    attendance: 'inPerson',
    schedules: [weeklyEvening],
    location: {
      venue: 'Cambridge Public Library',
      address: { locality: 'Cambridge', region: 'MA', postalCode: '02138', country: 'US' },
      coordinates: { lat: 42.3736, lng: -71.1097 },
      atHealthcareFacility: false,
      accessibility: [],
    },
    facilitation: 'peerLed',
    peerRun: true,
    languages: ['en'],
    cost: 'free',
    openness: 'open',
    acceptingNewMembers: true,
    serves: ['livingWithCondition'],
    referrals: { accepted: false },
    source: { name: 'Tests', format: 'manual' },
    lastVerified: '2026-10-01T12:00:00.000Z',
    createdAt: '2026-01-01T12:00:00.000Z',
    updatedAt: '2026-10-01T12:00:00.000Z',
    ...overrides,
  };
}

/** A valid online-only group with `overrides` applied. */
export function makeOnlineGroup(id: string, overrides: GroupOverrides = {}): Group {
  const { location: _location, ...base } = makeGroup(id);
  return {
    ...base,
    attendance: 'online',
    online: { platform: 'zoom', joinUrl: 'https://zoom.example/j/1' },
    ...overrides,
  };
}

/** The writable fields of a group: what a submission or a curator edit carries. */
export function listingOf(group: Group): GroupListing {
  const {
    id: _id,
    slug: _slug,
    source: _source,
    lastVerified: _verified,
    createdAt: _created,
    updatedAt: _updated,
    ...listing
  } = group;
  return listing;
}
