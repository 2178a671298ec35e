import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MalformedFeedError } from '../../src/interop/errors.js';
import { readMeetingGuide } from '../../src/interop/meeting-guide/read.js';
import { importedGroupId, importRecords } from '../../src/interop/upsert.js';
import type { DirectoryStore } from '../../src/store/types.js';
import { makeGroup } from '../support/groups.js';
import { testPlaces } from '../support/places.js';

const feed = readFileSync(new URL('../fixtures/meeting-guide/feed.json', import.meta.url), 'utf8');
const source = { name: 'District 123', format: 'meetingGuide' as const };

interface Meeting {
  slug: string | number;
  name?: string;
  [field: string]: unknown;
}

const meetings = JSON.parse(feed) as Meeting[];

function feedWithout(slug: string): string {
  return JSON.stringify(meetings.filter((meeting) => meeting.slug !== slug));
}

function feedRenaming(slug: string, name: string): string {
  return JSON.stringify(
    meetings.map((meeting) => (meeting.slug === slug ? { ...meeting, name } : meeting)),
  );
}

/** The import behaviour every store must show, run against SQLite and PostgreSQL. */
export function describeUpsert(name: string, open: () => Promise<DirectoryStore>): void {
  describe(`importRecords on ${name}`, () => {
    let store: DirectoryStore;
    let clock = Date.parse('2026-10-01T12:00:00Z');
    const run = async (text: string, options: { dryRun?: boolean; batchSize?: number } = {}) =>
      importRecords(store, readMeetingGuide(text, { timeZone: 'America/New_York' }), {
        source,
        places: testPlaces,
        now: () => clock,
        ...options,
      });

    beforeEach(async () => {
      store = await open();
      clock = Date.parse('2026-10-01T12:00:00Z');
    });
    afterEach(() => store.close());

    it('creates a group per good record and reports each rejected one with its index and reason', async () => {
      const report = await run(feed, { batchSize: 2 });
      expect(report).toMatchObject({
        records: 10,
        created: 5,
        updated: 0,
        unchanged: 0,
        retired: 0,
      });
      expect(report.rejected.map((rejected) => rejected.position.index)).toEqual([5, 6, 7, 8, 9]);
      expect(report.rejected[0]?.reason).toContain('no day and time');
      expect(report.warnings.some((warning) => warning.externalId === 'lunch-bunch')).toBe(true);
      const { groups } = await store.snapshot();
      expect(groups).toHaveLength(5);
      const sunday = await store.getGroup(importedGroupId(source, 'sunday-serenity-14'));
      expect(sunday?.group.source).toEqual({ ...source, externalId: 'sunday-serenity-14' });
      expect(sunday?.group.lastVerified).toBe('2026-05-31T14:32:23.000Z');
    });

    it('writes nothing for a re-import of the same feed', async () => {
      await run(feed);
      const { version } = await store.snapshot();
      clock += 3_600_000;
      const report = await run(feed);
      expect(report).toMatchObject({ created: 0, updated: 0, unchanged: 5, retired: 0 });
      expect((await store.changesSince(version)).changes).toEqual([]);
    });

    it('updates a changed listing in place, keeping its id, slug and creation time', async () => {
      await run(feed);
      const id = importedGroupId(source, 'night-owls');
      const before = await store.getGroup(id);
      clock += 3_600_000;
      const report = await run(feedRenaming('night-owls', 'Night Owls Group'));
      expect(report).toMatchObject({ created: 0, updated: 1, unchanged: 4 });
      const after = await store.getGroup(id);
      expect(after?.group.name).toBe('Night Owls Group');
      expect(after?.group.slug).toBe(before?.group.slug);
      expect(after?.group.createdAt).toBe(before?.group.createdAt);
      expect(after?.group.updatedAt).toBe(new Date(clock).toISOString());
      expect((await store.snapshot()).groups).toHaveLength(5);
    });

    it('retires a listing gone from the feed, and brings it back when it returns', async () => {
      await run(feed);
      const id = importedGroupId(source, 'lunch-bunch');
      const report = await run(feedWithout('lunch-bunch'));
      expect(report.retired).toBe(1);
      expect((await store.getGroup(id))?.retiredAt).not.toBeNull();
      expect((await store.snapshot()).groups).toHaveLength(4);
      const again = await run(feed);
      expect(again.created).toBe(1);
      expect((await store.getGroup(id))?.retiredAt).toBeNull();
    });

    it('keeps a listing whose record turns bad instead of retiring it', async () => {
      await run(feed);
      const broken = JSON.stringify(
        meetings.map((meeting) =>
          meeting.slug === 'night-owls' ? { ...meeting, day: 12 } : meeting,
        ),
      );
      const report = await run(broken);
      expect(report.retired).toBe(0);
      expect(report.rejected.some((rejected) => rejected.externalId === 'night-owls')).toBe(true);
      const kept = await store.getGroup(importedGroupId(source, 'night-owls'));
      expect(kept?.retiredAt).toBeNull();
    });

    it('leaves other sources alone', async () => {
      await store.putGroups([makeGroup('manual1')]);
      await run(feed);
      await run(JSON.stringify(meetings.slice(0, 1)));
      expect((await store.getGroup('manual1'))?.retiredAt).toBeNull();
    });

    it('refuses a repeated slug in one feed, keeping the first', async () => {
      const twice = JSON.stringify([meetings[0], { ...meetings[0], name: 'Copy' }]);
      const report = await run(twice);
      expect(report.created).toBe(1);
      expect(report.rejected[0]?.reason).toContain('repeats the id of the record at index 0');
    });

    it.each([
      ['not JSON', '<html>Service unavailable</html>'],
      ['the wrong shape', '{"meetings": []}'],
      ['empty', '[]'],
      ['all bad', JSON.stringify([{ name: 'x' }, 'y'])],
      ['truncated', feed.slice(0, feed.length / 2)],
    ])('changes nothing for a feed that is %s', async (_what, text) => {
      await run(feed);
      const before = await store.snapshot();
      clock += 3_600_000;
      await expect(run(text)).rejects.toThrow(MalformedFeedError);
      const after = await store.snapshot();
      expect(after.version).toBe(before.version);
      expect(after.groups).toHaveLength(before.groups.length);
    });

    it('writes nothing in a dry run but reports what it would do', async () => {
      const report = await run(feed, { dryRun: true });
      expect(report).toMatchObject({ created: 5, dryRun: true });
      expect((await store.snapshot()).groups).toHaveLength(0);
    });
  });
}
