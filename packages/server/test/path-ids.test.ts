import { problemSchema } from '@peer-groups/core';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Directory } from '../src/directory/directory.js';
import { createApp } from '../src/http/app.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import type { DirectoryStore } from '../src/store/types.js';
import { listingOf, makeGroup } from './support/groups.js';

/** Ids no group or submission can have: a space, 65 characters, letters outside ASCII. */
const BAD_IDS = ['with space', 'a'.repeat(65), 'été', '-leading-dash'];

describe('path ids', () => {
  let store: DirectoryStore;
  let app: Hono;
  let curatorKey: string;

  beforeAll(async () => {
    store = await openSqliteStore(':memory:');
    await store.putGroups([makeGroup('grief-cambridge')]);
    const directory = await Directory.open({ store });
    app = createApp({ directory, rateLimit: false });
    curatorKey = await directory.createApiKey('curator');
  });

  afterAll(() => store.close());

  /** Sends `method path` as a curator, with a valid body where the route reads one. */
  function send(method: string, path: string): Promise<Response> {
    const body =
      method === 'PUT'
        ? JSON.stringify(listingOf(makeGroup('unused')))
        : method === 'POST'
          ? JSON.stringify({ reason: 'Duplicate listing.' })
          : undefined;
    return Promise.resolve(
      app.request(path, {
        method,
        headers: { Authorization: `Bearer ${curatorKey}`, 'Content-Type': 'application/json' },
        ...(body === undefined ? {} : { body }),
      }),
    );
  }

  it('answers 400 naming id, on every route with an {id}, for an id nothing can have', async () => {
    // Each handler and middleware of a route is listed once; one request per route is enough.
    const routes = new Map(
      app.routes
        .filter((route) => route.path.includes(':id'))
        .map((route) => [`${route.method} ${route.path}`, route]),
    );
    // The routes with an id today; one added later is covered without editing this test.
    expect(routes.size).toBeGreaterThanOrEqual(10);
    for (const route of routes.values()) {
      for (const id of BAD_IDS) {
        const path = route.path.replace(':id', encodeURIComponent(id));
        const response = await send(route.method, path);
        expect({ route: `${route.method} ${route.path}`, id, status: response.status }).toEqual({
          route: `${route.method} ${route.path}`,
          id,
          status: 400,
        });
        const problem = problemSchema.parse(await response.json());
        expect(problem.invalidParams?.map((param) => param.name)).toEqual(['id']);
      }
    }
  });

  it('answers a valid listing sent with PUT to a malformed id with 400, not 500', async () => {
    const response = await send('PUT', `/v1/groups/${encodeURIComponent('été')}`);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(await store.getGroup('été')).toBeUndefined();
  });

  it('still serves well-formed ids', async () => {
    expect((await send('GET', '/v1/groups/grief-cambridge')).status).toBe(200);
    expect((await send('GET', '/v1/groups/nobody-here')).status).toBe(404);
  });
});
