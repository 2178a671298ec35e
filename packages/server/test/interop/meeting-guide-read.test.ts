import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MalformedFeedError } from '../../src/interop/errors.js';
import { finishListing } from '../../src/interop/finish-listing.js';
import { readMeetingGuide } from '../../src/interop/meeting-guide/read.js';
import type { FeedRecord, ListingDraft } from '../../src/interop/types.js';
import { testPlaces } from '../support/places.js';

const feed = readFileSync(new URL('../fixtures/meeting-guide/feed.json', import.meta.url), 'utf8');
const records = [...readMeetingGuide(feed, { timeZone: 'America/New_York' })];

function draftOf(externalId: string): ListingDraft {
  const record = records.find(
    (candidate): candidate is Extract<FeedRecord, { draft: ListingDraft }> =>
      'draft' in candidate && candidate.draft.externalId === externalId,
  );
  if (record === undefined) throw new Error(`no draft ${externalId}`);
  return record.draft;
}

function reasonOf(index: number): string {
  const record = records[index];
  if (record === undefined || !('reason' in record))
    throw new Error(`record ${index} was accepted`);
  return record.reason;
}

describe('readMeetingGuide', () => {
  it('reads one record per element, at its index', () => {
    expect(records).toHaveLength(10);
    expect(records.map((record) => record.position.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('maps an in-person meeting: address, coordinates, venue, notes as plain text', () => {
    const { listing, lastVerified } = draftOf('sunday-serenity-14');
    expect(listing.attendance).toBe('inPerson');
    expect(listing.location).toMatchObject({
      venue: 'Alano Club',
      address: {
        street: '449 Broadway',
        locality: 'Cambridge',
        region: 'MA',
        postalCode: '02138',
        country: 'US',
      },
      coordinates: { lat: 42.3736, lng: -71.1097 },
      directions: 'Ring the buzzer; the meeting is on the 2nd floor.',
      accessibility: ['wheelchair'],
    });
    expect(listing.description.startsWith('Newcomers welcome.\nCoffee & cookies.')).toBe(true);
    expect(listing.schedules).toEqual([
      {
        frequency: 'weekly',
        days: ['sun'],
        startTime: '18:00',
        endTime: '19:30',
        timeZone: 'America/New_York',
      },
    ]);
    expect(lastVerified).toBe('2026-05-31T14:32:23.000Z');
    expect(listing.organization).toEqual({
      name: 'The Serenity Group',
      network: 'District 123',
      url: 'https://district123.example.org',
    });
    expect(listing.website).toBe('https://district123.example.org/meetings/sunday-serenity');
  });

  it('keeps group notes, the first contact and the digital baskets by handle', () => {
    const { listing } = draftOf('night-owls');
    expect(listing.description).toBe('Our group has met since 1987.\n\nMeeting types: Discussion');
    expect(listing.contact).toEqual({
      name: 'Dave',
      email: 'dave@example.org',
      phone: '773-555-0142',
    });
    expect(listing.cost).toBe('donation');
    expect(listing.costNote).toBe(
      'Contributions are voluntary. Digital baskets: Venmo @NightOwlsGroup; PayPal nightowlsgroup.',
    );
  });

  it('marks every meeting anonymous and shortens a full contact name to a first name and initial', () => {
    expect(draftOf('night-owls').listing.anonymous).toBe(true);
    const feedWithName = JSON.stringify([
      {
        slug: 'named',
        name: 'Named Contact Group',
        day: 2,
        time: '19:00',
        timezone: 'America/Chicago',
        conference_url: 'https://zoom.us/j/123',
        contact_1_name: 'Robert Williams',
        contact_1_email: 'bob@example.org',
      },
    ]);
    const [record] = [...readMeetingGuide(feedWithName, {})];
    if (record === undefined || !('draft' in record)) throw new Error('the meeting was refused');
    expect(record.draft.listing.contact).toEqual({ name: 'Robert W.', email: 'bob@example.org' });
    expect(record.draft.warnings).toContain(
      'contact_1_name shortened to a first name and initial, for anonymity',
    );
  });

  it("makes the entity's email and phone the contact when no contact is named", () => {
    const { listing } = draftOf('lunch-bunch');
    expect(listing.organization).toEqual({ name: 'Cambridge Intergroup' });
    expect(listing.contact).toEqual({
      role: 'Cambridge Intergroup',
      email: 'office@cambridge-intergroup.example.org',
      phone: '617-555-0199',
    });
  });

  it('maps type codes onto openness, audiences and accessibility, keeping the rest by name', () => {
    const { listing } = draftOf('sunday-serenity-14');
    expect(listing.openness).toBe('open');
    expect(listing.audiences).toEqual(['women']);
    expect(listing.topics).toEqual(['alcohol']);
    expect(listing.description.endsWith('Meeting types: Big Book, ZZZ')).toBe(true);
  });

  it('keeps a meeting past midnight as ending at 23:59 with a note, on each day of a day array', () => {
    const { listing, warnings } = draftOf('night-owls');
    expect(listing.schedules).toEqual([
      {
        frequency: 'weekly',
        days: ['fri', 'sat'],
        startTime: '23:00',
        endTime: '23:59',
        note: 'Ends at 00:30 the next day.',
        timeZone: 'America/Chicago',
      },
    ]);
    expect(warnings.join(' ')).toContain('past midnight');
    expect(listing.location?.address).toEqual({
      street: '4953 W Addison St',
      locality: 'Chicago',
      region: 'IL',
      postalCode: '60641',
      country: 'US',
    });
    expect(listing.location?.coordinates).toEqual({ lat: 41.9463, lng: -87.75 });
  });

  it('reads an online-only meeting with an approximate address as online, with no location', () => {
    const { listing } = draftOf('77');
    expect(listing.attendance).toBe('online');
    expect(listing.location).toBeUndefined();
    expect(listing.online).toEqual({
      platform: 'zoom',
      joinUrl: 'https://zoom.us/j/123456789',
      dialIn: '+1 646 558 8656',
      accessCode: '123456789#',
      instructions: 'Passcode: serenity',
    });
    expect(listing.languages).toEqual(['es']);
    expect(listing.schedules[0]?.days).toEqual(['mon', 'tue', 'wed', 'thu', 'fri']);
  });

  it('uses the default time zone and a one-hour meeting when the feed leaves them out', () => {
    const { listing } = draftOf('lunch-bunch');
    expect(listing.schedules[0]).toMatchObject({
      startTime: '12:00',
      endTime: '13:00',
      timeZone: 'America/New_York',
    });
    expect(listing.location?.coordinates).toBeUndefined();
    expect(listing.audiences).toEqual(['lgbtq']);
    expect(listing.description).toBe('Meeting types: Gay');
  });

  it('lists a meeting whose venue is temporarily closed as online, keeping non-ASCII names', () => {
    const { listing } = draftOf('nueva-esperanza');
    expect(listing.name).toBe('Grupo Nueva Esperanza — Sesión en Español');
    expect(listing.attendance).toBe('online');
    expect(listing.online?.platform).toBe('meet');
    expect(listing.openness).toBe('closed');
  });

  it('refuses meetings by appointment, closed venues without online access, bad days and non-objects', () => {
    expect(reasonOf(5)).toContain('no day and time');
    expect(reasonOf(6)).toContain('temporarily closed');
    expect(reasonOf(7)).toContain('day 9');
    expect(reasonOf(8)).toContain('not a JSON object');
  });

  it('refuses a meeting without a time zone when no default is given', () => {
    const [record] = [
      ...readMeetingGuide(
        JSON.stringify([
          { name: 'x', slug: 'x', day: 1, time: '10:00', city: 'Cambridge', address: '1 Main St' },
        ]),
      ),
    ];
    expect(record && 'reason' in record ? record.reason : '').toContain('--time-zone');
  });

  it('places a venue without coordinates from its postal code, and flags it', () => {
    const finished = finishListing(draftOf('lunch-bunch'), testPlaces);
    expect(finished.ok && finished.value.listing.location?.coordinates).toEqual({
      lat: 42.3736,
      lng: -71.1097,
    });
    expect(finished.ok && finished.value.warnings.join(' ')).toContain('postal code 02138');
  });

  it('refuses an in-person venue the bundled places cannot find as needing a place', () => {
    const finished = finishListing(draftOf('nowhere-known'), testPlaces);
    expect(finished.ok).toBe(false);
    expect(!finished.ok && finished.reason).toMatch(/^needs a place: .*00000.*Atlantis/);
    expect(!finished.ok && finished.reason).toContain('add latitude and longitude');
  });

  it.each([
    ['not JSON', '{"name": '],
    ['an object', '{"name": "x"}'],
    ['empty', '   '],
    ['truncated', '[{"name": "x", "slug": "x"}, {"name": '],
    ['a broken element', '[{"name": "x"}, {name: "y"}]'],
    ['followed by text', '[] trailing'],
  ])('throws MalformedFeedError for a feed that is %s', (_what, text) => {
    expect(() => readMeetingGuide(text)).toThrow(MalformedFeedError);
  });
});
