import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/interop/csv/read.js';
import { MalformedFeedError } from '../../src/interop/errors.js';
import { finishListing } from '../../src/interop/finish-listing.js';
import type { FeedRecord, ListingDraft } from '../../src/interop/types.js';
import { testPlaces } from '../support/places.js';

const text = readFileSync(new URL('../fixtures/csv/groups.csv', import.meta.url), 'utf8');
const records = [...readCsv(text)];

function draftOf(externalId: string): ListingDraft {
  const record = records.find(
    (candidate): candidate is Extract<FeedRecord, { draft: ListingDraft }> =>
      'draft' in candidate && candidate.draft.externalId === externalId,
  );
  if (record === undefined) throw new Error(`no draft ${externalId}`);
  return record.draft;
}

describe('readCsv', () => {
  it('reads one record per row at the line the row starts on, across quoted line breaks', () => {
    expect(records.map((record) => record.position.line)).toEqual([2, 4, 5, 6, 7]);
  });

  it('reads every column of a full row', () => {
    const { listing, lastVerified } = draftOf('grief-cambridge');
    expect(listing).toMatchObject({
      name: 'Cambridge Grief Circle',
      description: 'A peer-led circle for adults after a loss.\nBring a photo if you like.',
      topics: ['grief-and-loss'],
      attendance: 'inPerson',
      facilitation: 'peerLed',
      peerRun: true,
      organization: { name: 'Mass Grief Network' },
      languages: ['en', 'es'],
      cost: 'free',
      openness: 'open',
      acceptingNewMembers: true,
      ageRange: { min: 18 },
      serves: ['livingWithCondition', 'familyAndFriends'],
      contact: { name: 'Ana' },
      referrals: { accepted: true, how: 'Call the facilitator.' },
    });
    expect(listing.schedules).toEqual([
      {
        frequency: 'weekly',
        days: ['tue'],
        startTime: '18:30',
        endTime: '20:00',
        timeZone: 'America/New_York',
      },
      {
        frequency: 'monthly',
        days: ['thu'],
        weeksOfMonth: [1],
        startTime: '12:00',
        endTime: '13:00',
        timeZone: 'America/New_York',
      },
    ]);
    expect(listing.location).toMatchObject({
      venue: 'Cambridge Public Library',
      room: 'Community Room',
      coordinates: { lat: 42.3736, lng: -71.1097 },
      accessibility: ['wheelchair', 'hearingLoop'],
      atHealthcareFacility: false,
    });
    expect(lastVerified).toBe('2026-09-01T00:00:00.000Z');
  });

  it('reads an online group with a monthly schedule and a note', () => {
    const { listing } = draftOf('cancer-caregivers');
    expect(listing.online).toEqual({ platform: 'zoom', joinUrl: 'https://zoom.us/j/555' });
    expect(listing.schedules[0]).toMatchObject({
      weeksOfMonth: [2, 4],
      days: ['wed'],
      note: 'Held in English',
    });
    expect(listing).toMatchObject({
      cost: 'donation',
      costNote: 'Suggested $5',
      openness: 'registration',
    });
  });

  it('places a hybrid venue without coordinates and keeps a meeting past midnight', () => {
    const finished = finishListing(draftOf('night-recovery'), testPlaces);
    if (!finished.ok) throw new Error(finished.reason);
    expect(finished.value.listing.location?.coordinates).toEqual({ lat: 42.3736, lng: -71.1097 });
    expect(finished.value.listing.schedules[0]).toMatchObject({
      endTime: '23:59',
      note: 'Ends at 00:30 the next day.',
    });
    expect(finished.value.listing.name).toBe('Madrugada en Recuperación');
  });

  it('refuses a row with an unreadable schedule or no id, naming the column', () => {
    const reasons = records
      .filter((record) => 'reason' in record)
      .map((record) => ('reason' in record ? record.reason : ''));
    expect(reasons[0]).toContain('schedule: "Someday at noon"');
    expect(reasons[1]).toContain('id is empty');
  });

  it('reads a semicolon-separated file with a byte-order mark and mixed-case headers', () => {
    const semicolons =
      '\ufeffID;Name;Topics;Attendance;Schedule;Time Zone;Join URL\r\nx;Circle;anxiety;online;"Mon 10:00-11:00; Thu 10:00-11:00";UTC;https://zoom.us/j/2\r\n';
    const [record] = [...readCsv(semicolons)];
    expect(record && 'draft' in record ? record.draft.listing.schedules : []).toHaveLength(2);
  });

  it('reads the anonymous column as yes or no, and leaves it out when the cell is empty', () => {
    const csv = (value: string) =>
      `id,name,topics,attendance,schedule,time_zone,join_url,anonymous,contact_name\nx,Circle,alcohol,online,Tue 19:00-20:00,UTC,https://zoom.us/j/2,${value},Ana\n`;
    const anonymousOf = (value: string) => {
      const [record] = [...readCsv(csv(value))];
      if (record === undefined || !('draft' in record)) throw new Error('the row was refused');
      return record.draft.listing.anonymous;
    };
    expect(anonymousOf('yes')).toBe(true);
    expect(anonymousOf('no')).toBe(false);
    expect(anonymousOf('')).toBeUndefined();
    const [refused] = [...readCsv(csv('maybe'))];
    expect(refused && 'reason' in refused ? refused.reason : '').toMatch(/anonymous "maybe"/);
  });

  it.each([
    ['empty', ''],
    ['missing the schedule column', 'id,name\nx,y\n'],
    ['an unclosed quote', 'id,name,schedule\nx,"y,Tue 10:00-11:00\n'],
  ])('throws MalformedFeedError for a file that is %s', (_what, csv) => {
    expect(() => readCsv(csv)).toThrow(MalformedFeedError);
  });
});
