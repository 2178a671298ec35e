import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { PostgresStore } from '../src/store/postgres/index.js';
import { TestSchemas, uniqueSchema } from './postgres-database.js';
import { makeGroup } from './support/groups.js';

const schemas = new TestSchemas();
afterAll(() => schemas.dropAll());

/** Collects what a store's change listener is told, and waits for what a test expects. */
class Announcements {
  readonly versions: (number | undefined)[] = [];
  #waiters: (() => void)[] = [];

  readonly listener = (version: number | undefined): void => {
    this.versions.push(version);
    for (const wake of this.#waiters) wake();
  };

  /** Resolves once `done()` holds, checking after every announcement; rejects after `ms`. */
  async until(done: () => boolean, ms = 5000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!done()) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`not announced within ${ms} ms: got ${this.versions}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.#waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
      this.#waiters = [];
    }
  }
}

describe('postgres change feed across instances', () => {
  const open: PostgresStore[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((store) => store.close()));
  });

  async function twoInstances(): Promise<[PostgresStore, PostgresStore]> {
    const schema = uniqueSchema();
    const writer = await schemas.open(schema);
    const reader = await schemas.open(schema);
    open.push(writer, reader);
    return [writer, reader];
  }

  it('tells one instance about a write made through the other', async () => {
    const [writer, reader] = await twoInstances();
    const { version: seen } = await reader.snapshot();
    const heard = new Announcements();
    await reader.subscribe(heard.listener);

    const written = await writer.putGroups([makeGroup('g1', { name: 'From the writer' })]);
    await heard.until(() => heard.versions.includes(written));

    const page = await reader.changesSince(seen);
    expect(page.changes.map((change) => change.group.name)).toEqual(['From the writer']);
    expect(page.version).toBe(written);
  });

  it('announces retirements and approvals that publish a group', async () => {
    const [writer, reader] = await twoInstances();
    await writer.putGroups([makeGroup('g1')]);
    const heard = new Announcements();
    await reader.subscribe(heard.listener);

    await writer.retireGroup('g1', '2026-11-01T00:00:00.000Z');
    await writer.createSubmission({
      id: 's1',
      kind: 'correction',
      groupId: 'g1',
      note: 'Moved to Thursdays.',
      status: 'pending',
      receivedAt: '2026-11-01T10:00:00.000Z',
    });
    await writer.decideSubmission('s1', {
      status: 'approved',
      decidedAt: '2026-11-02T00:00:00.000Z',
      group: makeGroup('g1', { name: 'Back on Thursdays' }),
    });
    await heard.until(() => heard.versions.length >= 2);

    const { groups } = await reader.snapshot();
    expect(groups.map((group) => group.name)).toEqual(['Back on Thursdays']);
  });

  it('announces nothing for reads and for a repeated retirement', async () => {
    const [writer, reader] = await twoInstances();
    await writer.putGroups([makeGroup('g1')]);
    await writer.retireGroup('g1', '2026-11-01T00:00:00.000Z');
    const heard = new Announcements();
    await reader.subscribe(heard.listener);

    await writer.retireGroup('g1', '2026-12-01T00:00:00.000Z');
    await writer.snapshot();
    // A write afterwards proves the channel works; only it may have been announced.
    const marker = await writer.putGroups([makeGroup('g2')]);
    await heard.until(() => heard.versions.includes(marker));
    expect(heard.versions).toEqual([marker]);
  });

  it('does not hear another schema of the same database', async () => {
    const [writer] = await twoInstances();
    const elsewhere = await schemas.open();
    open.push(elsewhere);
    const heard = new Announcements();
    await elsewhere.subscribe(heard.listener);

    await writer.putGroups([makeGroup('g1')]);
    const own = await elsewhere.putGroups([makeGroup('g9')]);
    await heard.until(() => heard.versions.includes(own));
    expect(heard.versions).toEqual([own]);
  });

  it('stops telling a listener that unsubscribed', async () => {
    const [writer, reader] = await twoInstances();
    const heard = new Announcements();
    const stop = await reader.subscribe(heard.listener);
    const still = new Announcements();
    await reader.subscribe(still.listener);
    await stop();

    const version = await writer.putGroups([makeGroup('g1')]);
    await still.until(() => still.versions.includes(version));
    expect(heard.versions).toEqual([]);
  });

  it('never lets a poller skip a write while two instances write concurrently', async () => {
    const [writer, reader] = await twoInstances();
    const seen = new Set<string>();
    let version = (await reader.snapshot()).version;
    let writing = true;
    const poller = (async () => {
      // Bounded: the writes below finish in well under a second.
      for (let round = 0; round < 10_000 && (writing || round === 0); round += 1) {
        const page = await reader.changesSince(version);
        for (const change of page.changes) seen.add(change.group.id);
        version = page.version;
      }
    })();
    await Promise.all(
      Array.from({ length: 40 }, (_, index) =>
        (index % 2 === 0 ? writer : reader).putGroups([makeGroup(`c${index}`)]),
      ),
    );
    writing = false;
    await poller;
    const last = await reader.changesSince(version);
    for (const change of last.changes) seen.add(change.group.id);
    // Every write must reach the poller exactly through the feed, none skipped by a version gap.
    expect(seen.size).toBe(40);
    expect(last.version).toBe((await writer.snapshot()).version);
  });
});
