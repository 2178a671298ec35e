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

  it('keeps what Meeting Guide holds: a second trip changes nothing', async () => {
    const fixture = readFileSync(
      new URL('../fixtures/meeting-guide/feed.json', import.meta.url),
      'utf8',
    );
    const first = await imported(
      // Only the records that import: the fixture's refused ones are covered by the reader's tests.
      [...readMeetingGuide(fixture, { timeZone: 'America/New_York' })].filter(
        (record) => 'draft' in record && record.draft.externalId !== 'nowhere-known',
      ),
      'meetingGuide',
    );
    const second = await imported(
      readMeetingGuide(JSON.stringify(meetingGuideFeed(first))),
      'meetingGuide',
    );
    const third = await imported(
      readMeetingGuide(JSON.stringify(meetingGuideFeed(second))),
      'meetingGuide',
    );
    expect(listings(third)).toEqual(listings(second));
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
    const [original] = listings(groups);
    const returned = listings(back).find((listing) => listing.name === original?.name);
    expect(returned).toMatchObject({
      topics: original?.topics,
      audiences: original?.audiences,
      attendance: 'hybrid',
      facilitation: 'coFacilitated',
      languages: ['es', 'en'],
      cost: 'fee',
      costNote: '$5, waived on request',
      openness: 'registration',
      acceptingNewMembers: false,
      ageRange: { min: 18, max: 65 },
      serves: ['familyAndFriends', 'caregivers'],
      organization: { name: 'Clínica del Valle', url: 'https://clinica.example.org' },
      website: 'https://clinica.example.org/duelo',
    });
    // HSDS has no cancelled dates; everything else of the schedules comes back.
    const { cancelledDates: _cancelled, ...firstSchedule } = original?.schedules[0] ?? {};
    expect(returned?.schedules[0]).toEqual(firstSchedule);
    expect(returned?.schedules[1]).toEqual(original?.schedules[1]);
    expect(returned?.schedules[2]).toEqual(original?.schedules[2]);
    expect(returned?.location?.coordinates).toEqual(original?.location?.coordinates);
    expect(returned?.online?.joinUrl).toBe('https://zoom.us/j/42');
  });
});
