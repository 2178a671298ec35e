import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { describeStoreContract } from './store-contract.js';
import { makeGroup } from './support/groups.js';

describeStoreContract('sqlite in memory', () => openSqliteStore(':memory:'));

describe('sqlite store on disk', () => {
  const folder = mkdtempSync(join(tmpdir(), 'peer-groups-sqlite-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('creates the folder and keeps groups across reopening', async () => {
    const path = join(folder, 'nested', 'directory.db');
    const first = await openSqliteStore(path);
    await first.putGroups([makeGroup('g1')]);
    await first.close();
    const second = await openSqliteStore(path);
    expect((await second.getGroup('g1'))?.group.id).toBe('g1');
    await second.close();
  });

  it('sees writes of another connection through the change feed', async () => {
    const path = join(folder, 'shared.db');
    const writer = await openSqliteStore(path);
    const reader = await openSqliteStore(path);
    const { version } = await reader.snapshot();
    await writer.putGroups([makeGroup('g1')]);
    const page = await reader.changesSince(version);
    expect(page.changes.map((change) => change.group.id)).toEqual(['g1']);
    await writer.close();
    await reader.close();
  });
});
