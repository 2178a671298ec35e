import { createHash } from 'node:crypto';
import type { Submission } from '@peer-groups/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoreClosedError } from '../src/store/errors.js';
import type { DirectoryStore } from '../src/store/types.js';
import { makeGroup, makeOnlineGroup } from './support/groups.js';

/** Opens a new, empty, migrated store; called once per test. */
export type StoreFactory = () => Promise<DirectoryStore>;

function pendingSubmission(id: string, receivedAt: string): Submission {
  const { id: _id, slug: _slug, source: _source, ...listing } = makeGroup(`listing-${id}`);
  const {
    lastVerified: _verified,
    createdAt: _created,
    updatedAt: _updated,
    ...listingFields
  } = listing;
  return {
    id,
    kind: 'new',
    listing: listingFields,
    note: 'Meets in the library basement.',
    submitter: { name: 'Ana', email: 'ana@example.org' },
    status: 'pending',
    receivedAt,
  };
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * The behaviour every {@link DirectoryStore} must have. A store implementation runs it with its
 * factory: `describeStoreContract('sqlite', () => openSqliteStore(':memory:'))`.
 */
export function describeStoreContract(name: string, open: StoreFactory): void {
  describe(`store contract: ${name}`, () => {
    let store: DirectoryStore;

    beforeEach(async () => {
      store = await open();
    });

    afterEach(async () => {
      await store.close();
    });

    describe('lifecycle', () => {
      it('answers ping once open', async () => {
        await expect(store.ping()).resolves.toBeUndefined();
      });

      it('migrates again without error or data loss', async () => {
        await store.putGroups([makeGroup('g1')]);
        await store.migrate();
        expect((await store.getGroup('g1'))?.group.id).toBe('g1');
      });

      it('rejects calls after close with StoreClosedError', async () => {
        const other = await open();
        await other.close();
        await expect(other.getGroup('g1')).rejects.toBeInstanceOf(StoreClosedError);
      });

      it('names its kind', () => {
        expect(store.kind).toMatch(/^[a-z]+$/);
      });
    });

    describe('groups', () => {
      it('starts empty at version 0', async () => {
        expect(await store.snapshot()).toEqual({ version: 0, groups: [] });
      });

      it('returns a stored group exactly as written', async () => {
        const group = makeGroup('g1', { name: 'Grupo de duelo — Señora Muñoz', description: '' });
        await store.putGroups([group]);
        expect(await store.getGroup('g1')).toEqual({ group, retiredAt: null });
      });

      it('keeps text as given, markup included', async () => {
        const group = makeGroup('g1', { description: '<script>alert(1)</script> & "quotes"' });
        await store.putGroups([group]);
        expect((await store.getGroup('g1'))?.group.description).toBe(
          '<script>alert(1)</script> & "quotes"',
        );
      });

      it('answers undefined for an unknown id', async () => {
        expect(await store.getGroup('nope')).toBeUndefined();
      });

      it('replaces a group written again with the same id', async () => {
        await store.putGroups([makeGroup('g1', { name: 'First' })]);
        await store.putGroups([makeGroup('g1', { name: 'Second' })]);
        const snapshot = await store.snapshot();
        expect(snapshot.groups.map((group) => group.name)).toEqual(['Second']);
      });

      it('writes many groups at once and raises the version', async () => {
        const groups = Array.from({ length: 250 }, (_, index) => makeGroup(`g${index}`));
        const version = await store.putGroups(groups);
        const snapshot = await store.snapshot();
        expect(snapshot.groups).toHaveLength(250);
        expect(snapshot.version).toBe(version);
        expect(version).toBeGreaterThan(0);
      });

      it('keeps online groups without a location', async () => {
        const group = makeOnlineGroup('online-1');
        await store.putGroups([group]);
        expect((await store.getGroup('online-1'))?.group).toEqual(group);
      });

      it('retires a group: kept for audit, gone from the snapshot', async () => {
        await store.putGroups([makeGroup('g1'), makeGroup('g2')]);
        const retired = await store.retireGroup('g1', '2026-11-01T00:00:00.000Z');
        expect(retired).toEqual({ group: makeGroup('g1'), retiredAt: '2026-11-01T00:00:00.000Z' });
        expect((await store.getGroup('g1'))?.retiredAt).toBe('2026-11-01T00:00:00.000Z');
        expect((await store.snapshot()).groups.map((group) => group.id)).toEqual(['g2']);
      });

      it('keeps the first retirement when retired twice', async () => {
        await store.putGroups([makeGroup('g1')]);
        await store.retireGroup('g1', '2026-11-01T00:00:00.000Z');
        const again = await store.retireGroup('g1', '2026-12-01T00:00:00.000Z');
        expect(again?.retiredAt).toBe('2026-11-01T00:00:00.000Z');
      });

      it('answers undefined when retiring an unknown group', async () => {
        expect(await store.retireGroup('nope', '2026-11-01T00:00:00.000Z')).toBeUndefined();
      });

      it('un-retires a group written again', async () => {
        await store.putGroups([makeGroup('g1')]);
        await store.retireGroup('g1', '2026-11-01T00:00:00.000Z');
        await store.putGroups([makeGroup('g1')]);
        expect((await store.getGroup('g1'))?.retiredAt).toBeNull();
        expect((await store.snapshot()).groups).toHaveLength(1);
      });
    });

    describe('change feed', () => {
      it('lists writes after a version, oldest first', async () => {
        const start = (await store.snapshot()).version;
        await store.putGroups([makeGroup('g1')]);
        await store.putGroups([makeGroup('g2')]);
        const page = await store.changesSince(start);
        expect(page.changes.map((change) => change.group.id)).toEqual(['g1', 'g2']);
        expect(page.changes[0]?.version).toBeLessThan(page.changes[1]?.version ?? 0);
        expect(page.version).toBe(page.changes[1]?.version);
      });

      it('keeps only the latest write per group', async () => {
        await store.putGroups([makeGroup('g1', { name: 'First' })]);
        await store.putGroups([makeGroup('g2')]);
        await store.putGroups([makeGroup('g1', { name: 'Second' })]);
        const page = await store.changesSince(0);
        expect(page.changes.map((change) => [change.group.id, change.group.name])).toEqual([
          ['g2', 'Group g2'],
          ['g1', 'Second'],
        ]);
      });

      it('reports retirements with their time', async () => {
        await store.putGroups([makeGroup('g1')]);
        const before = (await store.snapshot()).version;
        await store.retireGroup('g1', '2026-11-01T00:00:00.000Z');
        const page = await store.changesSince(before);
        expect(page.changes).toHaveLength(1);
        expect(page.changes[0]?.retiredAt).toBe('2026-11-01T00:00:00.000Z');
      });

      it('answers nothing new at the current version', async () => {
        await store.putGroups([makeGroup('g1')]);
        const { version } = await store.snapshot();
        expect(await store.changesSince(version)).toEqual({ changes: [], version });
      });

      it('pages with a limit', async () => {
        await store.putGroups([makeGroup('g1')]);
        await store.putGroups([makeGroup('g2')]);
        await store.putGroups([makeGroup('g3')]);
        const first = await store.changesSince(0, 2);
        const second = await store.changesSince(first.version, 2);
        expect(first.changes.map((change) => change.group.id)).toEqual(['g1', 'g2']);
        expect(second.changes.map((change) => change.group.id)).toEqual(['g3']);
      });
    });

    describe('submissions', () => {
      it('stores and returns a submission', async () => {
        const submission = pendingSubmission('s1', '2026-11-01T10:00:00.000Z');
        const result = await store.createSubmission(submission);
        expect(result).toEqual({ outcome: 'created', submission });
        expect(await store.getSubmission('s1')).toEqual(submission);
      });

      it('answers undefined for an unknown submission', async () => {
        expect(await store.getSubmission('nope')).toBeUndefined();
      });

      it('replays a repeated idempotency key with the same fingerprint', async () => {
        const key = { key: 'key-1', fingerprint: 'abc' };
        await store.createSubmission(pendingSubmission('s1', '2026-11-01T10:00:00.000Z'), key);
        const again = await store.createSubmission(
          pendingSubmission('s2', '2026-11-01T10:00:05.000Z'),
          key,
        );
        expect(again.outcome).toBe('replayed');
        expect(again.submission.id).toBe('s1');
        expect(await store.getSubmission('s2')).toBeUndefined();
      });

      it('refuses a repeated key with another fingerprint', async () => {
        await store.createSubmission(pendingSubmission('s1', '2026-11-01T10:00:00.000Z'), {
          key: 'key-1',
          fingerprint: 'abc',
        });
        const again = await store.createSubmission(
          pendingSubmission('s2', '2026-11-01T10:00:05.000Z'),
          { key: 'key-1', fingerprint: 'def' },
        );
        expect(again.outcome).toBe('conflict');
        expect(await store.getSubmission('s2')).toBeUndefined();
      });

      it('lists oldest first, filtered by status, in pages', async () => {
        for (let index = 0; index < 5; index += 1) {
          await store.createSubmission(
            pendingSubmission(`s${index}`, `2026-11-01T10:00:0${index}.000Z`),
          );
        }
        await store.decideSubmission('s2', {
          status: 'rejected',
          decidedAt: '2026-11-02T00:00:00.000Z',
        });
        const first = await store.listSubmissions({ status: 'pending', limit: 2 });
        const last = first[first.length - 1];
        expect(first.map((item) => item.id)).toEqual(['s0', 's1']);
        const second = await store.listSubmissions({
          status: 'pending',
          limit: 10,
          ...(last ? { after: { receivedAt: last.receivedAt, id: last.id } } : {}),
        });
        expect(second.map((item) => item.id)).toEqual(['s3', 's4']);
        const all = await store.listSubmissions({ limit: 10 });
        expect(all).toHaveLength(5);
        const rejected = await store.listSubmissions({ status: 'rejected', limit: 10 });
        expect(rejected.map((item) => item.id)).toEqual(['s2']);
      });

      it('orders submissions received at the same instant by id', async () => {
        await store.createSubmission(pendingSubmission('b', '2026-11-01T10:00:00.000Z'));
        await store.createSubmission(pendingSubmission('a', '2026-11-01T10:00:00.000Z'));
        const first = await store.listSubmissions({ limit: 1 });
        expect(first.map((item) => item.id)).toEqual(['a']);
        const rest = await store.listSubmissions({
          limit: 5,
          after: { receivedAt: '2026-11-01T10:00:00.000Z', id: 'a' },
        });
        expect(rest.map((item) => item.id)).toEqual(['b']);
      });

      it('approves with a group: publishes it in the same step', async () => {
        await store.createSubmission(pendingSubmission('s1', '2026-11-01T10:00:00.000Z'));
        const group = makeGroup('published-1');
        const result = await store.decideSubmission('s1', {
          status: 'approved',
          decidedAt: '2026-11-02T00:00:00.000Z',
          note: 'Looks right.',
          group,
        });
        expect(result.outcome).toBe('decided');
        if (result.outcome !== 'decided') return;
        expect(result.submission).toMatchObject({
          status: 'approved',
          decidedAt: '2026-11-02T00:00:00.000Z',
          decisionNote: 'Looks right.',
          publishedGroupId: 'published-1',
        });
        expect((await store.getGroup('published-1'))?.group).toEqual(group);
        const feed = await store.changesSince(0);
        expect(feed.changes.map((change) => change.group.id)).toEqual(['published-1']);
      });

      it('rejects with a note and publishes nothing', async () => {
        await store.createSubmission(pendingSubmission('s1', '2026-11-01T10:00:00.000Z'));
        const result = await store.decideSubmission('s1', {
          status: 'rejected',
          decidedAt: '2026-11-02T00:00:00.000Z',
          note: 'Duplicate listing.',
        });
        expect(result.outcome === 'decided' && result.submission.status).toBe('rejected');
        expect(result.outcome === 'decided' && result.submission.decisionNote).toBe(
          'Duplicate listing.',
        );
        expect((await store.snapshot()).groups).toEqual([]);
      });

      it('refuses to decide a submission twice', async () => {
        await store.createSubmission(pendingSubmission('s1', '2026-11-01T10:00:00.000Z'));
        await store.decideSubmission('s1', {
          status: 'rejected',
          decidedAt: '2026-11-02T00:00:00.000Z',
        });
        const again = await store.decideSubmission('s1', {
          status: 'approved',
          decidedAt: '2026-11-03T00:00:00.000Z',
          group: makeGroup('g1'),
        });
        expect(again.outcome).toBe('already-decided');
        expect(await store.getGroup('g1')).toBeUndefined();
      });

      it('answers not-found when deciding an unknown submission', async () => {
        const result = await store.decideSubmission('nope', {
          status: 'rejected',
          decidedAt: '2026-11-02T00:00:00.000Z',
        });
        expect(result).toEqual({ outcome: 'not-found' });
      });
    });

    describe('API keys', () => {
      it('finds a key by its digest', async () => {
        const record = {
          id: 'k1',
          role: 'curator' as const,
          label: 'Front desk',
          hash: sha256('pgk_secret'),
          createdAt: '2026-11-01T00:00:00.000Z',
        };
        await store.createApiKey(record);
        expect(await store.findApiKeyByHash(sha256('pgk_secret'))).toEqual(record);
      });

      it('keeps a key without a label', async () => {
        const record = {
          id: 'k1',
          role: 'curator' as const,
          hash: sha256('pgk_other'),
          createdAt: '2026-11-01T00:00:00.000Z',
        };
        await store.createApiKey(record);
        expect(await store.findApiKeyByHash(record.hash)).toEqual(record);
      });

      it('answers undefined for an unknown digest', async () => {
        expect(await store.findApiKeyByHash(sha256('unknown'))).toBeUndefined();
      });

      it('refuses a second key with the same digest', async () => {
        const record = {
          id: 'k1',
          role: 'curator' as const,
          hash: sha256('pgk_secret'),
          createdAt: '2026-11-01T00:00:00.000Z',
        };
        await store.createApiKey(record);
        await expect(store.createApiKey({ ...record, id: 'k2' })).rejects.toThrow();
      });
    });
  });
}
