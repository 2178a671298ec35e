import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { type ChangeSync, startChangeSync } from '../src/directory/change-sync.js';
import { Directory } from '../src/directory/directory.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import type { ChangeListener, DirectoryStore } from '../src/store/types.js';
import { makeGroup } from './support/groups.js';

/** Polls `check` every 10 ms until it holds; bounded by `ms`. */
async function eventually(check: () => boolean, ms = 3000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`still not true after ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A polling interval no test waits for: whatever arrives sooner came by announcement. */
const NEVER_MS = 600_000;

describe('startChangeSync', () => {
  const folder = mkdtempSync(join(tmpdir(), 'peer-groups-change-sync-'));
  const stores: DirectoryStore[] = [];
  const syncs: ChangeSync[] = [];
  afterEach(async () => {
    await Promise.all(syncs.splice(0).map((sync) => sync.stop()));
    await Promise.all(stores.splice(0).map((store) => store.close()));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  /**
   * A writer and a reader sharing one SQLite file; the reader's store can announce, as
   * PostgreSQL's does, through the returned `announce`.
   */
  async function pair(name: string) {
    const path = join(folder, `${name}.db`);
    const writer = await openSqliteStore(path);
    const reader = await openSqliteStore(path);
    stores.push(writer, reader);
    const listeners: ChangeListener[] = [];
    reader.subscribe = async (listener) => {
      listeners.push(listener);
      return async () => {
        listeners.splice(listeners.indexOf(listener), 1);
      };
    };
    const directory = await Directory.open({ store: reader });
    const announce = (version: number | undefined) => {
      for (const listener of listeners) listener(version);
    };
    return { writer, reader, directory, announce, listeners };
  }

  it('applies an announced write at once, without waiting for the poll', async () => {
    const { writer, directory, announce } = await pair('announced');
    syncs.push(await startChangeSync(directory, { intervalMs: NEVER_MS }));
    const version = await writer.putGroups([makeGroup('g1', { name: 'Announced' })]);
    announce(version);
    await eventually(() => directory.size === 1);
    expect(directory.version).toBe(version);
  });

  it('reads again after a reconnect, when announcements may have been missed', async () => {
    const { writer, directory, announce } = await pair('reconnect');
    syncs.push(await startChangeSync(directory, { intervalMs: NEVER_MS }));
    await writer.putGroups([makeGroup('g1')]);
    announce(undefined);
    await eventually(() => directory.size === 1);
  });

  it('retries an announced write the feed does not show yet, as a lagging replica', async () => {
    const { writer, reader, directory, announce } = await pair('lagging');
    const changesSince = reader.changesSince.bind(reader);
    let reads = 0;
    // The first two reads come from a replica that has not replayed the write.
    reader.changesSince = (version, limit) => {
      reads += 1;
      return reads <= 2 ? Promise.resolve({ changes: [], version }) : changesSince(version, limit);
    };
    syncs.push(await startChangeSync(directory, { intervalMs: NEVER_MS, retryMs: 5 }));
    const version = await writer.putGroups([makeGroup('g1')]);
    announce(version);
    await eventually(() => directory.size === 1);
    expect(reads).toBeGreaterThanOrEqual(3);
  });

  it('polls stores that cannot announce', async () => {
    const path = join(folder, 'polled.db');
    const writer = await openSqliteStore(path);
    const reader = await openSqliteStore(path);
    stores.push(writer, reader);
    const directory = await Directory.open({ store: reader });
    syncs.push(await startChangeSync(directory, { intervalMs: 20 }));
    await writer.putGroups([makeGroup('g1')]);
    await eventually(() => directory.size === 1);
  });

  it('stops listening and reading when stopped', async () => {
    const { writer, directory, announce, listeners } = await pair('stopped');
    const sync = await startChangeSync(directory, { intervalMs: NEVER_MS });
    await sync.stop();
    expect(listeners).toHaveLength(0);
    announce(await writer.putGroups([makeGroup('g1')]));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(directory.size).toBe(0);
  });
});
