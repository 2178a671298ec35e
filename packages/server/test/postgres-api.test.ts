import { groupSchema, searchPageSchema } from '@peer-groups/core';
import { afterAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../src/server.js';
import type { PostgresStore } from '../src/store/postgres/index.js';
import { apiFixtureGroups, describeApi, listingOf } from './api-suite.js';
import { TestSchemas, uniqueSchema } from './postgres-database.js';
import { makeGroup } from './support/groups.js';
import { request, sendJson } from './support/http.js';
import { testPlaces } from './support/places.js';

const schemas = new TestSchemas();
afterAll(() => schemas.dropAll());

describeApi('postgres', () => schemas.open());

/** Polls `check` every 50 ms until it holds; bounded by `ms`. */
async function eventually(check: () => Promise<boolean>, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`still not true after ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('two API servers on one PostgreSQL database', () => {
  const stores: PostgresStore[] = [];
  const servers: RunningServer[] = [];

  afterAll(async () => {
    await Promise.all(servers.map((server) => server.close()));
    await Promise.all(stores.map((store) => store.close()));
  });

  async function startTwo(syncIntervalMs = 100): Promise<[RunningServer, RunningServer]> {
    const schema = uniqueSchema();
    const pair: RunningServer[] = [];
    for (let instance = 0; instance < 2; instance += 1) {
      const store = await schemas.open(schema);
      stores.push(store);
      if (instance === 0) await store.putGroups(apiFixtureGroups());
      const server = await startServer({
        store,
        places: testPlaces,
        rateLimit: false,
        syncIntervalMs,
      });
      servers.push(server);
      pair.push(server);
    }
    return pair as [RunningServer, RunningServer];
  }

  it('serves on one instance a listing a curator changed through the other', async () => {
    const [first, second] = await startTwo();
    const key = await first.createApiKey('curator', 'tests');
    const edited = listingOf(makeGroup('grief-cambridge', { name: 'Grief Circle on Thursdays' }));
    const put = await sendJson(`${first.url}/v1/groups/grief-cambridge`, 'PUT', edited, {
      Authorization: `Bearer ${key}`,
    });
    expect(put.status).toBe(200);

    await eventually(async () => {
      const response = await request(`${second.url}/v1/groups?q=thursdays`);
      const page = searchPageSchema.parse(await response.json());
      return page.items.some((item) => item.id === 'grief-cambridge');
    });
    const response = await request(`${second.url}/v1/groups/grief-cambridge`);
    expect(groupSchema.parse(await response.json()).name).toBe('Grief Circle on Thursdays');
  });

  it('searches on one instance a write through the other at once, announced rather than polled', async () => {
    // Polling alone would take ten minutes: only the announcement can bring the write over.
    const [first, second] = await startTwo(600_000);
    const key = await first.createApiKey('curator', 'tests');
    const edited = listingOf(makeGroup('grief-cambridge', { name: 'Announced Grief Circle' }));
    const put = await sendJson(`${first.url}/v1/groups/grief-cambridge`, 'PUT', edited, {
      Authorization: `Bearer ${key}`,
    });
    expect(put.status).toBe(200);
    await eventually(async () => {
      const response = await request(`${second.url}/v1/groups?q=announced`);
      return searchPageSchema.parse(await response.json()).total === 1;
    }, 3000);
  });

  it('accepts on one instance a curator key created through the other', async () => {
    const [first, second] = await startTwo();
    const key = await first.createApiKey('curator', 'shared');
    const response = await request(`${second.url}/v1/submissions`, {
      headers: { Authorization: `Bearer ${key}` },
    });
    expect(response.status).toBe(200);
  });
});
