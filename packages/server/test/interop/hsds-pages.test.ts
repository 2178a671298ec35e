import type { Group } from '@peer-groups/core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FeedUnavailableError, MalformedFeedError } from '../../src/interop/errors.js';
import { MAX_HSDS_PAGES } from '../../src/interop/hsds/api-pages.js';
import { readHsdsJson } from '../../src/interop/hsds/read.js';
import type { HsdsPage, HsdsService } from '../../src/interop/hsds/service.js';
import { hsdsServicePage } from '../../src/interop/hsds/write.js';
import { importFeed } from '../../src/interop/import-feed.js';
import { type RunningServer, startServer } from '../../src/server.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { DirectoryStore } from '../../src/store/types.js';
import { makeGroup } from '../support/groups.js';
import { testPlaces } from '../support/places.js';
import { type FeedServer, startFeedServer } from './feed-server.js';

const NOW = Date.parse('2026-10-01T12:00:00Z');
const READ = { timeZone: 'America/New_York' };

function groups(count: number): Group[] {
  return Array.from({ length: count }, (_, index) => {
    const id = `g${String(index).padStart(3, '0')}`;
    return makeGroup(id, { name: `Group ${id}` });
  });
}

const GROUPS = groups(120);

/** Page `page` (from 1) of the 120 groups, 50 a page, as the HSDS API answers it. */
function page(number: number): HsdsPage<HsdsService> {
  return hsdsServicePage(GROUPS, number, 50, NOW);
}

function pageNumberOf(url: URL): number {
  return Number(url.searchParams.get('page') ?? '1');
}

describe('importing the HSDS API', () => {
  describe('from our own export, 50 services a page', () => {
    let source: DirectoryStore;
    let server: RunningServer;
    let target: DirectoryStore;

    beforeAll(async () => {
      source = await openSqliteStore(':memory:');
      await source.putGroups(GROUPS);
      server = await startServer({ store: source, places: testPlaces, rateLimit: false });
      target = await openSqliteStore(':memory:');
    });
    afterAll(async () => {
      await server.close();
      await source.close();
      await target.close();
    });

    it('reads every page, and a refresh of the same pages retires nothing', async () => {
      const spec = {
        location: `${server.url}/v1/export/hsds/services`,
        format: 'hsds' as const,
        sourceName: 'Export',
      };
      const first = await importFeed(target, spec, { places: testPlaces, read: READ });
      expect(first).toMatchObject({ records: 120, created: 120, retired: 0, rejected: [] });
      expect((await target.snapshot()).groups).toHaveLength(120);
      const again = await importFeed(target, spec, { places: testPlaces, read: READ });
      expect(again).toMatchObject({ records: 120, created: 0, unchanged: 120, retired: 0 });
    });
  });

  describe('from a paged feed', () => {
    let feeds: FeedServer;
    let store: DirectoryStore;
    const spec = () => ({
      location: `${feeds.url}/api/services?per_page=50`,
      format: 'hsds' as const,
      sourceName: '211',
    });
    const run = () => importFeed(store, spec(), { places: testPlaces, read: READ });
    const serve = (edit: (page: HsdsPage<HsdsService>, number: number) => unknown = (p) => p) =>
      feeds.answer((url) => ({
        body: JSON.stringify(edit(page(pageNumberOf(url)), pageNumberOf(url))),
      }));

    beforeAll(async () => {
      feeds = await startFeedServer(() => ({ body: '[]' }));
    });
    afterAll(() => feeds.close());
    beforeEach(async () => {
      store = await openSqliteStore(':memory:');
      serve();
      await run();
      feeds.requests.length = 0;
    });
    afterEach(() => store.close());

    it('asks for each page with the query of the address, and names the page of a bad record', async () => {
      serve((answer, number) =>
        number === 2
          ? {
              ...answer,
              contents: answer.contents.map((s, i) => (i === 3 ? { ...s, name: '' } : s)),
            }
          : answer,
      );
      const report = await run();
      expect(feeds.requests).toEqual([
        '/api/services?per_page=50',
        '/api/services?per_page=50&page=2',
        '/api/services?per_page=50&page=3',
      ]);
      expect(report.rejected).toEqual([
        { position: { page: 2, index: 3 }, externalId: 'g053', reason: 'the service has no name' },
      ]);
      expect(report.retired).toBe(0);
    });

    it.each([
      [
        'a later page fails to load',
        FeedUnavailableError,
        (p: HsdsPage<HsdsService>, n: number) => (n === 3 ? null : p),
      ],
      [
        'a later page counts other pages',
        MalformedFeedError,
        (p: HsdsPage<HsdsService>, n: number) => (n === 2 ? { ...p, total_pages: 2 } : p),
      ],
      [
        'a later page counts other services',
        MalformedFeedError,
        (p: HsdsPage<HsdsService>, n: number) => (n === 3 ? { ...p, total_items: 121 } : p),
      ],
      ['the server ignores the page parameter', MalformedFeedError, () => page(1)],
      [
        'the server ignores the page parameter and says no page number',
        MalformedFeedError,
        () => {
          const { page_number: _number, ...rest } = page(1);
          return rest;
        },
      ],
      [
        'a page is short',
        MalformedFeedError,
        (p: HsdsPage<HsdsService>, n: number) =>
          n === 2 ? { ...p, contents: p.contents.slice(1) } : p,
      ],
      [
        'a later page is no page',
        MalformedFeedError,
        (p: HsdsPage<HsdsService>, n: number) => (n === 2 ? p.contents : p),
      ],
    ])('changes nothing when %s', async (_what, error, edit) => {
      feeds.answer((url) => {
        const body = edit(page(pageNumberOf(url)), pageNumberOf(url));
        return body === null ? { status: 503, body: 'down' } : { body: JSON.stringify(body) };
      });
      const before = await store.snapshot();
      await expect(run()).rejects.toThrow(error);
      const after = await store.snapshot();
      expect(after.version).toBe(before.version);
      expect(after.groups).toHaveLength(120);
    });

    it(`refuses a feed of more than ${MAX_HSDS_PAGES} pages without fetching them`, async () => {
      serve((answer) => ({ ...answer, total_pages: MAX_HSDS_PAGES + 1 }));
      await expect(run()).rejects.toThrow(/per_page/);
      expect(feeds.requests).toHaveLength(1);
    });

    it('refuses an address that asks for a later page', async () => {
      await expect(
        importFeed(
          store,
          { ...spec(), location: `${feeds.url}/api/services?page=2` },
          { places: testPlaces, read: READ },
        ),
      ).rejects.toThrow(/leave the page parameter out/);
    });

    it('shares the size limit between the pages', async () => {
      const size = JSON.stringify(page(1)).length;
      await expect(
        importFeed(store, spec(), { places: testPlaces, read: READ, maxBytes: size * 2 }),
      ).rejects.toThrow(FeedUnavailableError);
    });
  });

  it('refuses one page of several read as text', () => {
    expect(() => readHsdsJson(JSON.stringify(page(1)), READ)).toThrow(/page 1 of 3/);
  });
});
