import { readFileSync } from 'node:fs';
import type { Group, GroupListing } from '@peer-groups/core';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/interop/csv/read.js';
import { groupsToCsv } from '../../src/interop/csv/write.js';
import { readHsdsJson } from '../../src/interop/hsds/read.js';
import { hsdsServicePage } from '../../src/interop/hsds/write.js';
import { readMeetingGuide } from '../../src/interop/meeting-guide/read.js';
import { meetingGuideFeed } from '../../src/interop/meeting-guide/write.js';
import type { FeedRecord } from '../../src/interop/types.js';
import { importRecords } from '../../src/interop/upsert.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { listingOf, makeGroup, makeOnlineGroup } from '../support/groups.js';
import { testPlaces } from '../support/places.js';

const NOW = Date.parse('2026-10-01T12:00:00Z');
const meetingGuideFixture = readFileSync(
  new URL('../fixtures/meeting-guide/feed.json', import.meta.url),
  'utf8',
);

async function imported(
  records: Iterable<FeedRecord>,
  format: Group['source']['format'],
): Promise<Group[]> {
  const store = await openSqliteStore(':memory:');
  try {
    const report = await importRecords(store, records, {
      source: { name: 'Round trip', format },
      places: testPlaces,
      now: () => NOW,
    });
    expect(report.rejected).toEqual([]);
    const { groups } = await store.snapshot();
    return groups.sort((left, right) => left.name.localeCompare(right.name));
  } finally {
    await store.close();
  }
}

function listings(groups: readonly Group[]): GroupListing[] {
  return groups.map(listingOf);
}

/** Groups using every field of a listing, in the shapes the CSV template holds. */
function richGroups(): Group[] {
  return [
    makeGroup('rich1', {
      name: 'Grupo de Duelo «Esperanza»',
      description: 'Line one.\nLine two, with "quotes"; and a semicolon.',
      topics: ['grief-and-loss', 'suicide-loss'],
      audiences: ['spanish-speakers', 'families'],
      attendance: 'hybrid',
      schedules: [
        {
          frequency: 'weekly',
          days: ['tue', 'thu'],
          startTime: '18:30',
          endTime: '20:00',
          timeZone: 'America/New_York',
          interval: 2,
          validFrom: '2026-03-03',
          cancelledDates: ['2026-12-24'],
        },
        {
          frequency: 'monthly',
          days: ['sat'],
          weeksOfMonth: [1, -1],
          startTime: '10:00',
          endTime: '11:30',
          timeZone: 'America/New_York',
          note: 'Potluck (bring a dish)',
        },
        {
          frequency: 'weekly',
          days: ['fri'],
          startTime: '23:00',
          endTime: '23:59',
          timeZone: 'America/New_York',
          note: 'Ends at 01:00 the next day.',
        },
      ],
      location: {
        venue: 'Centro Latino',
        room: 'Sala 2',
        address: {
          street: '12 Pleasant St',
          locality: 'Cambridge',
          region: 'MA',
          postalCode: '02139',
          country: 'US',
        },
        coordinates: { lat: 42.365, lng: -71.104 },
        directions: 'Ring the bell.',
        atHealthcareFacility: true,
        accessibility: ['wheelchair', 'hearingLoop'],
      },
      online: {
        platform: 'zoom',
        joinUrl: 'https://zoom.us/j/42',
        dialIn: '+1 646 558 8656',
        accessCode: '42',
        instructions: 'Camera optional.',
      },
      facilitation: 'coFacilitated',
      peerRun: false,
      organization: {
        name: 'Clínica del Valle',
        url: 'https://clinica.example.org',
        network: 'Valle Network',
      },
      languages: ['es', 'en'],
      cost: 'fee',
      costNote: '$5, waived on request',
      openness: 'registration',
      acceptingNewMembers: false,
      ageRange: { min: 18, max: 65 },
      serves: ['familyAndFriends', 'caregivers'],
      contact: {
        name: 'Rosa',
        role: 'Facilitator',
        phone: '617-555-0101',
        email: 'rosa@clinica.example.org',
        url: 'https://clinica.example.org/rosa',
      },
      referrals: {
        accepted: true,
        how: 'Email us.',
        url: 'https://clinica.example.org/refer',
        email: 'refer@clinica.example.org',
        phone: '617-555-0102',
      },
      website: 'https://clinica.example.org/duelo',
    }),
    makeOnlineGroup('rich2', { name: 'Online Anxiety Circle', topics: ['anxiety'] }),
  ];
}

describe('export then import', () => {
  it('keeps every field of a listing through the CSV template', async () => {
    const groups = richGroups();
    const back = await imported(readCsv(groupsToCsv(groups)), 'csv');
    expect(listings(back)).toEqual(
      listings(groups).sort((left, right) => left.name.localeCompare(right.name)),
    );
  });

  it('keeps what Meeting Guide holds: the trip gives back the listings of the original feed', async () => {
    const original = await imported(
      // Only the records that import: the fixture's refused ones are covered by the reader's tests.
      [...readMeetingGuide(meetingGuideFixture, { timeZone: 'America/New_York' })].filter(
        (record) => 'draft' in record && record.draft.externalId !== 'nowhere-known',
      ),
      'meetingGuide',
    );
    const second = await imported(
      readMeetingGuide(JSON.stringify(meetingGuideFeed(original))),
      'meetingGuide',
    );
    expect(listings(second)).toEqual(listings(original));
    expect(second.map((group) => group.source.externalId)).toEqual(
      original.map((group) => group.source.externalId),
    );
    const sunday = second.find((group) => group.name === 'Sunday Serenity');
    expect(sunday?.description.endsWith('Meeting types: Big Book, ZZZ')).toBe(true);
    expect(sunday?.audiences).toEqual(['women']);
    const owls = second.find((group) => group.name === 'Night Owls');
    expect(owls?.schedules[0]).toMatchObject({
      days: ['fri', 'sat'],
      endTime: '23:59',
      note: 'Ends at 00:30 the next day.',
    });
  });

  it('gives back the same listings and ids when imported again under the source it came from', async () => {
    const store = await openSqliteStore(':memory:');
    try {
      const options = {
        source: { name: 'Example Intergroup', format: 'meetingGuide' as const },
        places: testPlaces,
        now: () => NOW,
      };
      const read = (text: string) => readMeetingGuide(text, { timeZone: 'America/New_York' });
      await importRecords(store, read(meetingGuideFixture), options);
      const before = await store.snapshot();
      const exported = JSON.stringify(meetingGuideFeed(before.groups));
      const report = await importRecords(store, read(exported), {
        ...options,
        now: () => NOW + 3_600_000,
      });
      expect(report).toMatchObject({ created: 0, updated: 0, retired: 0, rejected: [] });
      expect(report.unchanged).toBe(before.groups.length);
      const after = await store.snapshot();
      expect(after.version).toBe(before.version);
      expect(after.groups).toEqual(before.groups);
    } finally {
      await store.close();
    }
  });

  it('writes the source slug of a Meeting Guide listing, the directory slug of others, never one twice', () => {
    const fromFeed = (id: string, name: string, externalId: string) =>
      makeGroup(id, { source: { name, format: 'meetingGuide', externalId } });
    const meetings = meetingGuideFeed([
      fromFeed('a1', 'North', 'monday-night'),
      fromFeed('a2', 'South', 'monday-night'),
      makeGroup('own1'),
      makeGroup('csv1', { source: { name: 'Clinic', format: 'csv', externalId: 'row-7' } }),
    ]);
    expect(meetings.map((meeting) => meeting.slug)).toEqual(['monday-night', 'a2', 'own1', 'csv1']);
  });

  it('writes a meeting past midnight with its true end_time and each weekly slot as a meeting', () => {
    const [rich] = richGroups();
    const meetings = meetingGuideFeed([rich as Group]);
    expect(
      meetings.map((meeting) => [meeting.slug, meeting.day, meeting.time, meeting.end_time]),
    ).toEqual([['rich1', 5, '23:00', '01:00']]);
    expect(meetings[0]?.types).toEqual(expect.arrayContaining(['ONL', 'S', 'EN', 'X']));
  });

  it('keeps every field HSDS holds, given the zone the offsets stand for', async () => {
    const groups = richGroups();
    const page = hsdsServicePage(groups, 1, 50, NOW);
    const back = await imported(
      readHsdsJson(JSON.stringify(page), { timeZone: 'America/New_York' }),
      'hsds',
    );
    // HSDS schedules have no exception dates; every other field comes back as it was.
    const expected = listings(groups).map((listing) => ({
      ...listing,
      schedules: listing.schedules.map(({ cancelledDates: _cancelled, ...schedule }) => schedule),
    }));
    expect(listings(back)).toEqual(
      expected.sort((left, right) => left.name.localeCompare(right.name)),
    );
  });
});
