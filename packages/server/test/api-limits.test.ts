import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../src/server.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import type { DirectoryStore } from '../src/store/types.js';
import { listingOf, makeGroup } from './support/groups.js';
import { request, sendJson } from './support/http.js';
import { testPlaces } from './support/places.js';

describe('rate limits', () => {
  let store: DirectoryStore;
  let server: RunningServer;

  beforeAll(async () => {
    store = await openSqliteStore(':memory:');
    server = await startServer({
      store,
      places: testPlaces,
      rateLimit: {
        requests: { capacity: 5, refillPerSecond: 0.01 },
        submissions: { capacity: 1, refillPerSecond: 0.001 },
      },
    });
  });

  afterAll(async () => {
    await server.close();
    await store.close();
  });

  it('answers 429 with Retry-After once a client spends its burst', async () => {
    const statuses: number[] = [];
    let limited: Response | undefined;
    for (let index = 0; index < 7; index += 1) {
      const response = await request(`${server.url}/v1/topics`);
      statuses.push(response.status);
      if (response.status === 429) limited = response;
      await response.arrayBuffer();
    }
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses.slice(5)).toEqual([429, 429]);
    expect(Number(limited?.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(limited?.headers.get('content-type')).toBe('application/problem+json');
    expect(limited?.headers.get('access-control-expose-headers')).toContain('Retry-After');
  });
});

describe('submission rate limit', () => {
  let store: DirectoryStore;
  let server: RunningServer;

  beforeAll(async () => {
    store = await openSqliteStore(':memory:');
    server = await startServer({
      store,
      places: testPlaces,
      rateLimit: {
        requests: { capacity: 100, refillPerSecond: 10 },
        submissions: { capacity: 1, refillPerSecond: 0.001 },
      },
    });
  });

  afterAll(async () => {
    await server.close();
    await store.close();
  });

  it('holds submissions to their own stricter limit', async () => {
    const body = { kind: 'new', listing: listingOf(makeGroup('x')) };
    const first = await sendJson(`${server.url}/v1/submissions`, 'POST', body);
    expect(first.status).toBe(201);
    const second = await sendJson(`${server.url}/v1/submissions`, 'POST', body);
    expect(second.status).toBe(429);
    expect(Number(second.headers.get('retry-after'))).toBeGreaterThan(60);
    const read = await request(`${server.url}/v1/topics`);
    expect(read.status).toBe(200);
  });
});

describe('CORS allowlist', () => {
  let store: DirectoryStore;
  let server: RunningServer;

  beforeAll(async () => {
    store = await openSqliteStore(':memory:');
    server = await startServer({
      store,
      places: testPlaces,
      rateLimit: false,
      corsOrigins: ['https://clinic.example'],
    });
  });

  afterAll(async () => {
    await server.close();
    await store.close();
  });

  it('echoes an allowed origin', async () => {
    const response = await request(`${server.url}/v1/topics`, {
      headers: { Origin: 'https://clinic.example' },
    });
    expect(response.headers.get('access-control-allow-origin')).toBe('https://clinic.example');
    expect(response.headers.get('vary')).toContain('Origin');
  });

  it('gives other origins no CORS permission', async () => {
    const response = await request(`${server.url}/v1/topics`, {
      headers: { Origin: 'https://elsewhere.example' },
    });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('gives preflights from other origins no permission', async () => {
    const response = await request(`${server.url}/v1/groups`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://elsewhere.example',
        'Access-Control-Request-Method': 'GET',
      },
    });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});
