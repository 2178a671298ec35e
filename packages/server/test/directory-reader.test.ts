import type { Group } from '@peer-groups/core';
import { afterEach, describe, expect, it } from 'vitest';
import { Directory } from '../src/directory/directory.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import type { DirectoryReader, DirectoryStore, GroupChange } from '../src/store/types.js';
import { listingOf, makeGroup } from './support/groups.js';

/**
 * A replica that lags: it answers from a fixed, older copy of the feed. `reads` counts what it
 * was asked, so a test can tell which database served a read.
 */
function laggingReplica(changes: GroupChange[], groups: Group[] = []) {
  const reads: string[] = [];
  const reader: DirectoryReader = {
    kind: 'replica',
    ping: async () => {},
    close: async () => {},
    snapshot: async () => {
      reads.push('snapshot');
      return { version: 0, groups };
    },
    getGroup: async (id) => {
      reads.push(`getGroup ${id}`);
      const group = groups.find((candidate) => candidate.id === id);
      return group === undefined ? undefined : { group, retiredAt: null };
    },
    changesSince: async (version) => {
      reads.push(`changesSince ${version}`);
      const newer = changes.filter((change) => change.version > version);
      return { changes: newer, version: newer.at(-1)?.version ?? version };
    },
  };
  return { reader, reads };
}

describe('a directory with a read replica', () => {
  const stores: DirectoryStore[] = [];
  afterEach(async () => {
    await Promise.all(stores.splice(0).map((store) => store.close()));
  });

  async function primaryWith(groups: Group[]): Promise<DirectoryStore> {
    const store = await openSqliteStore(':memory:');
    stores.push(store);
    await store.putGroups(groups);
    return store;
  }

  it('builds its index from the replica and answers public reads from it', async () => {
    const store = await primaryWith([makeGroup('g1', { name: 'On the primary' })]);
    const { reader, reads } = laggingReplica([], [makeGroup('g1', { name: 'On the replica' })]);
    const directory = await Directory.open({ store, reader });
    expect(directory.search({}).items.map((item) => item.name)).toEqual(['On the replica']);
    expect((await directory.getGroup('g1')).name).toBe('On the replica');
    expect((await directory.activeGroups()).map((group) => group.name)).toEqual(['On the replica']);
    expect(reads).toEqual(['snapshot', 'getGroup g1', 'snapshot']);
  });

  it('never lets a lagging replica take back a write it showed', async () => {
    // The primary holds g1 at versions 1 to 3 by now; the replica has only replayed version 2,
    // an older listing of g1 written elsewhere.
    const store = await primaryWith([makeGroup('g0'), makeGroup('g1', { name: 'Older' })]);
    const { reader } = laggingReplica([
      { group: makeGroup('g1', { name: 'Older' }), retiredAt: null, version: 2 },
    ]);
    const directory = await Directory.open({ store, reader });
    await directory.putGroup('g1', listingOf(makeGroup('g1', { name: 'Curator edit' })));
    const names = () => directory.search({ q: 'curator edit' }).total;
    expect(names()).toBe(1);
    // A sync from the replica after the write must not bring back the older listing.
    await directory.sync();
    expect(names()).toBe(1);
    expect(directory.version).toBeGreaterThanOrEqual(3);
  });

  it('reads the store, not the replica, for every read behind a write', async () => {
    const store = await primaryWith([makeGroup('g1', { name: 'On the primary' })]);
    const { reader, reads } = laggingReplica([]);
    const directory = await Directory.open({ store, reader });
    const { group } = await directory.putGroup(
      'g1',
      listingOf(makeGroup('g1', { name: 'Edited' })),
    );
    // The slug and creation time come from the primary's copy, which the replica lacks.
    expect(group.createdAt).toBe(makeGroup('g1').createdAt);
    await directory.retireGroup('g1');
    expect(reads.filter((read) => read.startsWith('getGroup'))).toEqual([]);
  });
});
