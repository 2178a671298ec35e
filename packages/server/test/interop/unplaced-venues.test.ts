import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatImportReport } from '../../src/interop/import-report.js';
import { readMeetingGuide } from '../../src/interop/meeting-guide/read.js';
import { importRecords } from '../../src/interop/upsert.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { DirectoryStore } from '../../src/store/types.js';
import { testPlaces } from '../support/places.js';

/** Meetings whose venues have no coordinates, at places the bundled data knows and does not. */
const meetings = [
  {
    name: 'Known Hybrid',
    slug: 'known-hybrid',
    day: 1,
    time: '18:00',
    address: '449 Broadway',
    city: 'Cambridge',
    state: 'MA',
    postal_code: '02138',
    conference_url: 'https://zoom.us/j/1',
  },
  {
    name: 'Atlantis Hybrid',
    slug: 'atlantis-hybrid',
    day: 2,
    time: '18:00',
    address: '1 Coral Way',
    city: 'Atlantis',
    state: 'ZZ',
    postal_code: '00000',
    conference_url: 'https://zoom.us/j/2',
  },
  {
    name: 'Atlantis In Person',
    slug: 'atlantis-in-person',
    day: 3,
    time: '18:00',
    address: '1 Coral Way',
    city: 'Atlantis',
    state: 'ZZ',
  },
];

describe('venues without coordinates', () => {
  let store: DirectoryStore;
  const run = () =>
    importRecords(
      store,
      readMeetingGuide(JSON.stringify(meetings), { timeZone: 'America/New_York' }),
      { source: { name: 'Intergroup', format: 'meetingGuide' }, places: testPlaces },
    );

  beforeEach(async () => {
    store = await openSqliteStore(':memory:');
  });
  afterEach(() => store.close());

  it('keeps a hybrid listing it cannot place as online only, and refuses an in-person one', async () => {
    const report = await run();
    expect(report).toMatchObject({ created: 2 });
    expect(report.rejected).toEqual([
      {
        position: { index: 2 },
        externalId: 'atlantis-in-person',
        reason: expect.stringMatching(/^needs a place: .*Atlantis.*add latitude and longitude$/),
      },
    ]);
    const { groups } = await store.snapshot();
    const hybrid = groups.find((group) => group.source.externalId === 'atlantis-hybrid');
    expect(hybrid?.attendance).toBe('online');
    expect(hybrid?.location).toBeUndefined();
    expect(hybrid?.online?.joinUrl).toBe('https://zoom.us/j/2');
    const known = groups.find((group) => group.source.externalId === 'known-hybrid');
    expect(known?.attendance).toBe('hybrid');
    expect(known?.location?.coordinates).toEqual({ lat: 42.3736, lng: -71.1097 });
  });

  it('says which listings were flagged, one line each', async () => {
    const report = await run();
    expect(report.warnings.map((warning) => warning.externalId)).toEqual([
      'known-hybrid',
      'atlantis-hybrid',
    ]);
    const lines = formatImportReport(report);
    expect(lines[0]).toContain(
      '2 created, 0 updated, 0 unchanged, 0 retired, 1 rejected, 2 flagged.',
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^ {2}flagged index 1 \(atlantis-hybrid\): listed as online only: .*postal code \(00000\)/,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^ {2}flagged index 0 \(known-hybrid\): placed at the centre of postal code 02138/,
      ),
    );
  });

  it('counts a listing with several guesses once, its guesses on one line', async () => {
    const night = [{ ...meetings[0], time: '23:00', end_time: '00:30' }];
    const report = await importRecords(
      store,
      readMeetingGuide(JSON.stringify(night), { timeZone: 'America/New_York' }),
      { source: { name: 'Intergroup', format: 'meetingGuide' }, places: testPlaces },
    );
    expect(report.warnings).toHaveLength(1);
    expect(report.warnings[0]?.message).toMatch(/^runs past midnight.*; placed at the centre/);
  });
});
