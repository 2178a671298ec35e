import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Directory } from '../../src/directory/directory.js';
import {
  type RefreshFailure,
  type RefreshOutcome,
  refreshFailureLogLine,
  scheduleFeedRefresh,
} from '../../src/interop/refresh.js';
import { startServer } from '../../src/server.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { DirectoryStore } from '../../src/store/types.js';
import { testPlaces } from '../support/places.js';

const feed = readFileSync(new URL('../fixtures/meeting-guide/feed.json', import.meta.url), 'utf8');
const INTERVAL_MS = 60_000;
const folder = mkdtempSync(join(tmpdir(), 'peer-groups-refresh-'));
const feedPath = join(folder, 'meetings.json');

/** A store whose snapshots fail with `error` while it is set, as an unreachable database does. */
function breakable(store: DirectoryStore) {
  let failure: Error | undefined;
  const proxy = new Proxy(store, {
    get(target, key) {
      if (key === 'snapshot' && failure !== undefined) {
        const error = failure;
        return () => Promise.reject(error);
      }
      const value = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return {
    store: proxy,
    fail(error: Error | undefined) {
      failure = error;
    },
  };
}

/** An error as a database driver throws it: a code, and a message quoting its connection. */
function unreachable(): Error {
  return Object.assign(new Error('connect ECONNREFUSED postgres://app:hunter2@db:5432/groups'), {
    code: 'ECONNREFUSED',
  });
}

/** Calls that resolve the next time `record` is called. */
function recorder<T>() {
  const seen: T[] = [];
  let waiting: (() => void) | undefined;
  return {
    seen,
    record(value: T) {
      seen.push(value);
      waiting?.();
    },
    next() {
      return new Promise<void>((resolve) => {
        waiting = resolve;
      });
    },
  };
}

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the refresh timer', () => {
  let store: DirectoryStore;

  beforeEach(async () => {
    writeFileSync(feedPath, feed);
    store = await openSqliteStore(':memory:');
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
  });
  afterEach(async () => {
    vi.useRealTimers();
    await store.close();
  });

  it('refreshes at once, then once every interval, and not after it stops', async () => {
    const directory = await Directory.open({ store, places: testPlaces });
    const outcomes = recorder<RefreshOutcome>();
    const first = outcomes.next();
    const schedule = scheduleFeedRefresh(directory, {
      feeds: [
        { format: 'meeting-guide', location: feedPath, read: { timeZone: 'America/New_York' } },
      ],
      places: testPlaces,
      intervalMs: INTERVAL_MS,
      onOutcome: (outcome) => outcomes.record(outcome),
    });
    await first;
    expect(outcomes.seen).toHaveLength(1);
    expect((await store.snapshot()).groups).toHaveLength(5);

    writeFileSync(
      feedPath,
      JSON.stringify(
        (JSON.parse(feed) as { slug: string }[]).filter((m) => m.slug !== 'lunch-bunch'),
      ),
    );
    await vi.advanceTimersByTimeAsync(INTERVAL_MS - 1);
    expect(outcomes.seen).toHaveLength(1);
    const second = outcomes.next();
    await vi.advanceTimersByTimeAsync(1);
    await second;
    const report = outcomes.seen[1]?.ok ? outcomes.seen[1].report : undefined;
    expect(report).toMatchObject({ retired: 1, unchanged: 4 });
    expect((await store.snapshot()).groups).toHaveLength(4);

    await schedule.stop();
    await vi.advanceTimersByTimeAsync(10 * INTERVAL_MS);
    expect(outcomes.seen).toHaveLength(2);
  });

  it('reports a tick that fails unexpectedly, and the next tick tries again', async () => {
    const broken = breakable(store);
    const directory = await Directory.open({ store: broken.store, places: testPlaces });
    broken.fail(unreachable());
    const failures = recorder<RefreshFailure>();
    const outcomes = recorder<RefreshOutcome>();
    const failed = failures.next();
    const schedule = scheduleFeedRefresh(directory, {
      feeds: [
        {
          format: 'meeting-guide',
          location: feedPath,
          sourceName: 'Intergroup',
          read: { timeZone: 'America/New_York' },
        },
      ],
      places: testPlaces,
      intervalMs: INTERVAL_MS,
      onOutcome: (outcome) => outcomes.record(outcome),
      onFailure: (failure) => failures.record(failure),
    });
    await failed;
    expect(outcomes.seen).toEqual([]);
    const [failure] = failures.seen;
    expect(failure?.source).toBe('Intergroup');
    const line = refreshFailureLogLine(failure as RefreshFailure);
    expect(JSON.parse(line)).toEqual({
      event: 'feed-refresh-error',
      source: 'Intergroup',
      error: 'Error',
      code: 'ECONNREFUSED',
    });
    expect(line).not.toContain('hunter2');

    broken.fail(undefined);
    const recovered = outcomes.next();
    await vi.advanceTimersByTimeAsync(INTERVAL_MS);
    await recovered;
    expect(outcomes.seen[0]?.ok).toBe(true);
    expect(failures.seen).toHaveLength(1);
    await schedule.stop();
  });
});

describe('the server log of a refresh that fails unexpectedly', () => {
  it('has one line with the source and the error class, never its message', async () => {
    writeFileSync(feedPath, feed);
    const store = await openSqliteStore(':memory:');
    const broken = breakable(store);
    const log: string[] = [];
    const server = await startServer({
      store: broken.store,
      places: testPlaces,
      rateLimit: false,
      log: (line) => log.push(line),
      feeds: {
        feeds: [
          { format: 'meeting-guide', location: feedPath, read: { timeZone: 'America/New_York' } },
        ],
      },
    });
    try {
      await server.refreshFeeds();
      broken.fail(unreachable());
      await expect(server.refreshFeeds()).rejects.toThrow('ECONNREFUSED');
      const errors = log
        .map((entry) => JSON.parse(entry) as { event: string })
        .filter((entry) => entry.event === 'feed-refresh-error');
      expect(errors).toEqual([
        {
          event: 'feed-refresh-error',
          source: 'meetings.json',
          error: 'Error',
          code: 'ECONNREFUSED',
        },
      ]);
      expect(log.join('\n')).not.toContain('hunter2');
    } finally {
      broken.fail(undefined);
      await server.close();
      await store.close();
    }
  });
});
