import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MalformedFeedError } from '../../src/interop/errors.js';
import { finishListing } from '../../src/interop/finish-listing.js';
import { readHsdsDatapackage } from '../../src/interop/hsds/datapackage.js';
import { readHsdsJson } from '../../src/interop/hsds/read.js';
import type { FeedRecord, ListingDraft } from '../../src/interop/types.js';
import { testPlaces } from '../support/places.js';

const text = readFileSync(new URL('../fixtures/hsds/services.json', import.meta.url), 'utf8');
const datapackage = fileURLToPath(
  new URL('../fixtures/hsds/datapackage/datapackage.json', import.meta.url),
);

function drafts(records: Iterable<FeedRecord>): Map<string, ListingDraft> {
  const found = new Map<string, ListingDraft>();
  for (const record of records)
    if ('draft' in record) found.set(record.draft.externalId, record.draft);
  return found;
}

describe('readHsdsJson', () => {
  const records = [
    ...readHsdsJson(text, { timeZone: 'America/New_York', topics: ['mental-health'] }),
  ];
  const byId = drafts(records);

  it('maps a service with its organization, location, schedules, contacts, languages and terms', () => {
    const draft = byId.get('svc-bereavement');
    expect(draft?.listing).toMatchObject({
      name: 'Bereavement Support Group',
      topics: ['grief-and-loss'],
      attendance: 'inPerson',
      organization: { name: 'Riverside Hospice', url: 'https://hospice.example.org' },
      languages: ['en', 'es'],
      cost: 'free',
      ageRange: { min: 18 },
      contact: {
        name: 'Maria',
        role: 'Facilitator',
        phone: '617-555-0100',
        email: 'groups@hospice.example.org',
      },
      referrals: {
        accepted: false,
        how: 'Call to register, or just come.',
        email: 'intake@hospice.example.org',
        phone: '617-555-0111',
      },
      website: 'https://hospice.example.org/groups/bereavement',
    });
    expect(draft?.listing.description).toBe(
      'A weekly group for adults grieving a death.\n\n• Drop in\n• No fee',
    );
    expect(draft?.listing.location).toMatchObject({
      venue: 'Riverside Hospice Family Center',
      room: 'Suite 200',
      address: { street: '449 Broadway', locality: 'Cambridge' },
      directions: 'Bus 1 stops at the door.',
      accessibility: ['wheelchair', 'stepFree', 'hearingLoop'],
    });
    expect(draft?.listing.schedules).toEqual([
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
        weeksOfMonth: [2, 4],
        startTime: '12:00',
        endTime: '13:00',
        note: 'Lunch-hour group',
        timeZone: 'America/New_York',
        validFrom: '2026-01-08',
        validUntil: '2026-12-31',
      },
    ]);
    expect(draft?.lastVerified).toBe('2026-08-15T09:30:00.000Z');
  });

  it('maps a virtual location, a fee, a last-Friday schedule past midnight and an IANA zone', () => {
    const draft = byId.get('svc-online-anxiety');
    expect(draft?.listing).toMatchObject({
      attendance: 'online',
      online: {
        platform: 'teams',
        joinUrl: 'https://teams.microsoft.com/l/meetup-join/abc',
        instructions: 'Camera optional.',
      },
      cost: 'fee',
      costNote: '$10 a session, waived on request',
      topics: ['anxiety'],
      audiences: ['young-adults'],
    });
    expect(draft?.listing.schedules[0]).toMatchObject({
      weeksOfMonth: [-1],
      days: ['fri'],
      endTime: '23:59',
      note: 'Ends at 00:30 the next day.',
      timeZone: 'America/Denver',
    });
  });

  it('refuses a day-of-month schedule and an inactive service, with reasons', () => {
    const reasons = records
      .filter((record) => 'reason' in record)
      .map((record) => ('reason' in record ? record.reason : ''));
    expect(reasons[0]).toContain('bymonthday 15');
    expect(reasons[1]).toContain('"defunct"');
  });

  it('reads a numeric offset as a fixed zone and flags it when no zone is given', () => {
    const [first] = [...readHsdsJson(text)];
    const draft = first !== undefined && 'draft' in first ? first.draft : undefined;
    expect(draft?.listing.schedules[0]?.timeZone).toBe('Etc/GMT+5');
    expect(draft?.warnings.join(' ')).toContain('--time-zone');
  });

  it.each([
    ['not JSON', 'Service Unavailable'],
    ['no services', '{"error": "not found"}'],
  ])('throws MalformedFeedError for an answer that is %s', (_what, body) => {
    expect(() => readHsdsJson(body)).toThrow(MalformedFeedError);
  });
});

describe('readHsdsDatapackage', () => {
  it('joins the tables into services, read at their line of services.csv', async () => {
    const records = [...(await readHsdsDatapackage(datapackage, { timeZone: 'America/New_York' }))];
    expect(records.map((record) => record.position)).toEqual([
      { file: 'services.csv', line: 2 },
      { file: 'services.csv', line: 3 },
    ]);
    const byId = drafts(records);
    const familias = byId.get('svc-a');
    expect(familias?.listing).toMatchObject({
      name: 'Familias Unidas',
      description: 'Grupo de apoyo para familias, con café',
      topics: ['family-and-friends'],
      languages: ['es'],
      organization: { name: 'Clínica del Valle', url: 'https://clinica.example.org' },
    });
    expect(familias?.listing.schedules[0]).toMatchObject({
      days: ['mon', 'wed'],
      startTime: '17:00',
      endTime: '18:30',
    });
    const finished = familias === undefined ? undefined : finishListing(familias, testPlaces);
    expect(finished?.ok && finished.value.listing.location?.coordinates).toEqual({
      lat: 42.3736,
      lng: -71.1097,
    });
  });

  it('brings phones, accessibility, cost options and contacts from their tables', async () => {
    const byId = drafts(await readHsdsDatapackage(datapackage, { timeZone: 'America/New_York' }));
    const familias = byId.get('svc-a')?.listing;
    expect(familias?.contact).toEqual({
      name: 'Lucía',
      role: 'Facilitadora',
      phone: '617-555-0140',
      email: 'lucia@clinica.example.org',
    });
    expect(familias?.referrals).toEqual({
      accepted: false,
      email: 'derivaciones@clinica.example.org',
      phone: '617-555-0141',
    });
    expect(familias?.location?.accessibility).toEqual(['wheelchair', 'stepFree', 'hearingLoop']);
    expect(familias?.cost).toBe('free');
    expect(familias?.schedules[1]).toEqual({
      frequency: 'monthly',
      days: ['thu'],
      weeksOfMonth: [2],
      startTime: '12:00',
      endTime: '13:00',
      timeZone: 'America/New_York',
      note: 'Almuerzo del segundo jueves',
    });
    const walk = byId.get('svc-b')?.listing;
    expect(walk).toMatchObject({
      attendance: 'hybrid',
      cost: 'fee',
      costNote: '$10 a session',
      online: {
        platform: 'meet',
        joinUrl: 'https://meet.google.com/abc-defg-hij',
        dialIn: '+1 617 555 0150',
        accessCode: '4242',
        instructions: 'Join from a phone on the walk.',
      },
    });
    expect(walk?.contact).toBeUndefined();
  });

  it('throws MalformedFeedError for a descriptor without resources', async () => {
    const folder = fileURLToPath(new URL('../fixtures/hsds/services.json', import.meta.url));
    await expect(readHsdsDatapackage(folder)).rejects.toThrow(MalformedFeedError);
  });
});
