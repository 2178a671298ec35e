import { readFileSync } from 'node:fs';
import type { Group } from '@peer-groups/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultSourceName, importSourceOf } from '../../src/interop/import-feed.js';
import { readMeetingGuide } from '../../src/interop/meeting-guide/read.js';
import {
  type ImportSource,
  importedGroupId,
  importRecords,
  publicSourceUrl,
} from '../../src/interop/upsert.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { DirectoryStore } from '../../src/store/types.js';
import { testPlaces } from '../support/places.js';

const feed = readFileSync(new URL('../fixtures/meeting-guide/feed.json', import.meta.url), 'utf8');
const A = 'https://feeds.example.org/a/meetings.json?key=s3cret';
const B = 'https://feeds.example.org/b/meetings.json';

describe('the source of a feed', () => {
  it('is named by its address without its query, and known by the whole address', () => {
    expect(defaultSourceName(A)).toBe('feeds.example.org/a/meetings.json');
    expect(defaultSourceName('https://feeds.example.org/')).toBe('feeds.example.org');
    expect(defaultSourceName('https://user:pw@feeds.example.org/x.json')).toBe(
      'feeds.example.org/x.json',
    );
    expect(importSourceOf({ location: A, format: 'meeting-guide' })).toEqual({
      name: 'feeds.example.org/a/meetings.json',
      format: 'meetingGuide',
      url: A,
      keyedByUrl: true,
    });
    expect(
      importSourceOf({ location: A, format: 'meeting-guide', sourceName: 'Intergroup' }),
    ).toEqual({ name: 'Intergroup', format: 'meetingGuide', url: A });
    expect(importSourceOf({ location: './groups.csv', format: 'csv' })).toEqual({
      name: 'groups.csv',
      format: 'csv',
    });
  });
});

describe('importRecords for feeds known by their address', () => {
  let store: DirectoryStore;
  const run = (source: ImportSource, text = feed) =>
    importRecords(store, readMeetingGuide(text, { timeZone: 'America/New_York' }), {
      source,
      places: testPlaces,
      now: () => Date.parse('2026-10-01T12:00:00Z'),
    });
  const sourceAt = (url: string): ImportSource =>
    importSourceOf({ location: url, format: 'meeting-guide' });

  beforeEach(async () => {
    store = await openSqliteStore(':memory:');
  });
  afterEach(() => store.close());

  it('keeps two feeds of one host apart, even when they share slugs', async () => {
    await run(sourceAt(A));
    const second = await run(sourceAt(B));
    expect(second).toMatchObject({ created: 5, retired: 0 });
    const again = await run(sourceAt(A));
    expect(again).toMatchObject({ created: 0, unchanged: 5, retired: 0 });
    const { groups } = await store.snapshot();
    expect(groups).toHaveLength(10);
    expect(new Set(groups.map((group) => group.source.url))).toEqual(
      new Set([publicSourceUrl(A), B]),
    );
  });

  it('publishes a feed address without the query that may hold its key', async () => {
    await run(sourceAt(A));
    const { groups } = await store.snapshot();
    expect(groups.map((group) => group.source.url)).toContain(
      'https://feeds.example.org/a/meetings.json',
    );
    expect(JSON.stringify(groups)).not.toContain('s3cret');
    expect(publicSourceUrl('https://user:pw@feeds.example.org/x.json?k=1#top')).toBe(
      'https://feeds.example.org/x.json',
    );
  });

  it('takes over the listings earlier versions filed under the host, keeping their ids', async () => {
    // What an earlier version wrote: both feeds under the name "feeds.example.org".
    const legacy = { name: 'feeds.example.org', format: 'meetingGuide' as const };
    await run({ ...legacy, url: A });
    const before = new Map(
      (await store.snapshot()).groups.map((group): [string, Group] => [group.id, group]),
    );
    expect([...before.keys()]).toContain(importedGroupId(legacy, 'night-owls'));

    const report = await run(sourceAt(A));
    expect(report).toMatchObject({ created: 0, updated: 5, retired: 0 });
    const after = (await store.snapshot()).groups;
    expect(after.map((group) => group.id).sort()).toEqual([...before.keys()].sort());
    for (const group of after) {
      expect(group.source.name).toBe('feeds.example.org/a/meetings.json');
      expect(group.createdAt).toBe(before.get(group.id)?.createdAt);
      expect(group.slug).toBe(before.get(group.id)?.slug);
    }
    expect(await run(sourceAt(A))).toMatchObject({ unchanged: 5, updated: 0 });
    // The other feed of the host does not claim them.
    expect(await run(sourceAt(B))).toMatchObject({ created: 5, retired: 0 });
    expect((await store.snapshot()).groups).toHaveLength(10);
  });

  it('leaves a named source of the same address alone', async () => {
    await run({ name: 'Intergroup', format: 'meetingGuide', url: A });
    const report = await run(sourceAt(A), JSON.stringify(JSON.parse(feed).slice(0, 1)));
    expect(report.retired).toBe(0);
    expect((await store.snapshot()).groups).toHaveLength(6);
  });
});
