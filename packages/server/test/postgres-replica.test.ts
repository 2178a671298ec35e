import { groupSchema, searchPageSchema, submissionPageSchema } from '@peer-groups/core';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningPostgres, startPostgres } from '../../../scripts/lib/postgres.mjs';
import { type RunningServer, startServer } from '../src/server.js';
import { openPostgresStore, type PostgresStore } from '../src/store/postgres/index.js';
import { apiFixtureGroups, listingOf } from './api-suite.js';
import { makeGroup } from './support/groups.js';
import { request, sendJson } from './support/http.js';
import { testPlaces } from './support/places.js';

/** Polls `check` every 50 ms until it holds; bounded by `ms`. A failing check counts as false. */
async function eventually(check: () => Promise<boolean>, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`still not true after ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('a server reading from a streaming PostgreSQL replica', () => {
  let primary: RunningPostgres;
  let replica: RunningPostgres;
  let store: PostgresStore;
  let onReplica: postgres.Sql;
  let server: RunningServer;
  let curator: Record<string, string>;

  /** The replica's copy of a group's name, read straight from it. */
  async function replicaName(id: string): Promise<string | undefined> {
    const [row] = await onReplica<{ name: string }[]>`
      SELECT body ->> 'name' AS name FROM groups WHERE id = ${id}
    `;
    return row?.name;
  }

  /** Holds the replica at what it has replayed until `work` is done (replication goes on). */
  async function withReplayPaused(work: () => Promise<void>): Promise<void> {
    await onReplica`SELECT pg_wal_replay_pause()`;
    try {
      await work();
    } finally {
      await onReplica`SELECT pg_wal_replay_resume()`;
    }
  }

  beforeAll(async () => {
    primary = await startPostgres();
    replica = await primary.replicate();
    store = await openPostgresStore(primary.url);
    await store.putGroups(apiFixtureGroups());
    onReplica = postgres(replica.url, { max: 1, onnotice: () => {} });
    await eventually(async () => (await replicaName('grief-cambridge')) !== undefined);
    server = await startServer({
      store,
      readDatabase: replica.url,
      places: testPlaces,
      rateLimit: false,
      syncIntervalMs: 50,
    });
    curator = { Authorization: `Bearer ${await server.createApiKey('curator', 'tests')}` };
  }, 60_000);

  afterAll(async () => {
    await server?.close();
    await onReplica?.end({ timeout: 5 });
    await store?.close();
    await replica?.stop();
    await primary?.stop();
  });

  it('is a real hot standby that refuses writes', async () => {
    const [row] = await onReplica<
      { recovering: boolean }[]
    >`SELECT pg_is_in_recovery() AS recovering`;
    expect(row?.recovering).toBe(true);
    await expect(onReplica`DELETE FROM groups`).rejects.toThrow(/read-only/);
  });

  it('answers public reads from the replica and curator reads from the primary', async () => {
    await withReplayPaused(async () => {
      // Written on the primary while the replica holds still: only the primary has it.
      await store.putGroups([makeGroup('depression-boston', { name: 'Renamed on the primary' })]);
      const submitted = await sendJson(`${server.url}/v1/submissions`, 'POST', {
        kind: 'correction',
        groupId: 'grief-cambridge',
        note: 'New room.',
      });
      expect(submitted.status).toBe(201);
      const { id } = (await submitted.json()) as { id: string };

      const group = await request(`${server.url}/v1/groups/depression-boston`);
      expect(groupSchema.parse(await group.json()).name).toBe('Boston Depression Peer Group');
      const queue = await request(`${server.url}/v1/submissions?status=pending`, {
        headers: curator,
      });
      const page = submissionPageSchema.parse(await queue.json());
      expect(page.items.map((item) => item.id)).toContain(id);
    });
    await eventually(async () => {
      const group = await request(`${server.url}/v1/groups/depression-boston`);
      return groupSchema.parse(await group.json()).name === 'Renamed on the primary';
    });
  });

  it("shows a curator's edit in search at once, and keeps it while the replica lags", async () => {
    await withReplayPaused(async () => {
      const listing = listingOf(makeGroup('grief-cambridge', { name: 'Thursday Grief Circle' }));
      const put = await sendJson(
        `${server.url}/v1/groups/grief-cambridge`,
        'PUT',
        listing,
        curator,
      );
      expect(put.status).toBe(200);
      const search = async () =>
        searchPageSchema.parse(await (await request(`${server.url}/v1/groups?q=thursday`)).json())
          .total;
      expect(await search()).toBe(1);
      // Many polls of the replica's feed later, the edit is still there.
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(await search()).toBe(1);
      expect(await replicaName('grief-cambridge')).not.toBe('Thursday Grief Circle');
    });
    await eventually(
      async () => (await replicaName('grief-cambridge')) === 'Thursday Grief Circle',
    );
  });

  it('is not ready while the replica is down', async () => {
    expect((await request(`${server.url}/readyz`)).status).toBe(200);
    await replica.crash();
    try {
      expect((await request(`${server.url}/readyz`)).status).toBe(503);
    } finally {
      await replica.restart();
    }
    await eventually(async () => (await request(`${server.url}/readyz`)).status === 200);
  });
});
