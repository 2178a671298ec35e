import { searchPageSchema } from '@peer-groups/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Directory } from '../src/directory/directory.js';
import { createApp } from '../src/http/app.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import type { DirectoryStore } from '../src/store/types.js';
import { makeGroup } from './support/groups.js';

// A Tuesday afternoon in Cambridge, MA; the group meets on Tuesdays 18:30-20:00 there.
const TUESDAY_NOON = Date.parse('2026-11-03T17:00:00Z');
const AFTER_THE_MEETING = Date.parse('2026-11-04T01:30:00Z');

describe('answers of repeated searches', () => {
  let store: DirectoryStore;
  let clock = TUESDAY_NOON;

  beforeAll(async () => {
    store = await openSqliteStore(':memory:');
    await store.putGroups([makeGroup('grief-cambridge')]);
  });
  afterAll(() => store.close());

  async function appWith(searchCacheBytes?: number) {
    const directory = await Directory.open({ store, now: () => clock });
    return createApp({
      directory,
      rateLimit: false,
      ...(searchCacheBytes === undefined ? {} : { searchCacheBytes }),
    });
  }

  async function nextMeetingStart(app: Awaited<ReturnType<typeof appWith>>, query: string) {
    const response = await app.request(`/v1/groups?${query}`);
    const page = searchPageSchema.parse(await response.json());
    return { start: page.items[0]?.nextMeeting?.start, etag: response.headers.get('etag') };
  }

  it('shows the next meeting once the one it showed has ended, not a kept answer', async () => {
    clock = TUESDAY_NOON;
    const app = await appWith();
    const before = await nextMeetingStart(app, 'topics=grief-and-loss');
    expect(before.start).toBe('2026-11-03T18:30:00-05:00');
    expect((await nextMeetingStart(app, 'topics=grief-and-loss')).etag).toBe(before.etag);
    clock = AFTER_THE_MEETING;
    const after = await nextMeetingStart(app, 'topics=grief-and-loss');
    expect(after.start).toBe('2026-11-10T18:30:00-05:00');
    expect(after.etag).not.toBe(before.etag);
  });

  it('finds a search spelled another way in the same kept answer', async () => {
    clock = TUESDAY_NOON;
    const app = await appWith();
    const one = await app.request('/v1/groups?topics=grief-and-loss&sort=name');
    const other = await app.request('/v1/groups?sort=name&topics=grief-and-loss');
    expect(other.headers.get('etag')).toBe(one.headers.get('etag'));
  });

  it('answers the same without a cache', async () => {
    clock = TUESDAY_NOON;
    const cached = await nextMeetingStart(await appWith(), 'topics=grief-and-loss');
    const uncached = await nextMeetingStart(await appWith(0), 'topics=grief-and-loss');
    expect(uncached).toEqual(cached);
  });
});
