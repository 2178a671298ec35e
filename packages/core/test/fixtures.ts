import type { Group } from '../src/index.js';

/** A complete, valid hybrid group: every optional part filled, so tests can break one at a time. */
export function validGroup(): Group {
  return {
    id: 'g-cambridge-grief',
    slug: 'cambridge-grief-circle',
    name: 'Cambridge Grief Circle',
    description: 'A peer-led circle for adults grieving a death.\nNew members welcome.',
    topics: ['grief-and-loss', 'suicide-loss'],
    audiences: ['seniors'],
    attendance: 'hybrid',
    schedules: [
      {
        frequency: 'monthly',
        days: ['tue'],
        weeksOfMonth: [2, 4],
        startTime: '18:30',
        endTime: '20:00',
        timeZone: 'America/New_York',
        validFrom: '2026-01-01',
        cancelledDates: ['2026-12-22'],
      },
    ],
    location: {
      venue: 'Cambridge Public Library',
      room: 'Community Room',
      address: {
        street: '449 Broadway',
        locality: 'Cambridge',
        region: 'MA',
        postalCode: '02138',
        country: 'US',
      },
      coordinates: { lat: 42.3736, lng: -71.1097 },
      directions: 'Enter from Broadway; the room is on the lower level.',
      atHealthcareFacility: false,
      accessibility: ['wheelchair', 'accessibleRestroom'],
    },
    online: {
      platform: 'zoom',
      joinUrl: 'https://zoom.example/j/123',
      dialIn: '+1 617-555-0100',
    },
    facilitation: 'peerLed',
    peerRun: true,
    organization: { name: 'Cambridge Bereavement Network', url: 'https://example.org/cbn' },
    languages: ['en', 'es'],
    cost: 'free',
    openness: 'open',
    acceptingNewMembers: true,
    ageRange: { min: 18 },
    serves: ['livingWithCondition', 'familyAndFriends'],
    contact: {
      name: 'Maria',
      role: 'Facilitator',
      email: 'maria@example.org',
      phone: '617-555-0101',
    },
    referrals: {
      accepted: true,
      how: 'Call or email the facilitator.',
      email: 'refer@example.org',
    },
    website: 'https://example.org/grief-circle',
    source: { name: 'Manual entry', format: 'manual' },
    lastVerified: '2026-10-01T12:00:00Z',
    createdAt: '2025-05-01T12:00:00Z',
    updatedAt: '2026-10-01T12:00:00Z',
  };
}
