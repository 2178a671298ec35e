import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Directory } from '../src/directory/directory.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { listingOf, makeGroup } from './support/groups.js';

describe('Directory.sync across processes sharing a store', () => {
  const folder = mkdtempSync(join(tmpdir(), 'peer-groups-sync-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('picks up groups written, replaced and retired through another connection', async () => {
    const path = join(folder, 'shared.db');
    const writerStore = await openSqliteStore(path);
    const readerStore = await openSqliteStore(path);
    await writerStore.putGroups([makeGroup('g1'), makeGroup('g2')]);
    const reader = await Directory.open({ store: readerStore });
    expect(reader.size).toBe(2);

    const writer = await Directory.open({ store: writerStore });
    await writer.putGroup('g3', listingOf(makeGroup('g3', { name: 'Late Addition' })));
    await writer.retireGroup('g1');
    expect(await reader.sync()).toBe(2);
    expect(reader.size).toBe(2);
    expect(reader.search({ q: 'late addition' }).items.map((item) => item.id)).toEqual(['g3']);
    expect(reader.search({}).items.map((item) => item.id)).not.toContain('g1');
    expect(await reader.sync()).toBe(0);

    await writerStore.close();
    await readerStore.close();
  });
});
