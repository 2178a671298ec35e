import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createClient } from '../src/index.js';
import { API, BASE_URL, page } from './fixtures.js';
import { useDirectory } from './server.js';

const server = useDirectory();

afterEach(() => {
  vi.useRealTimers();
});

/** A search endpoint with ETags; `version` changes the answer. Records each request's condition. */
function versioned() {
  const state = { version: 1, conditions: [] as (string | null)[], full: 0, notModified: 0 };
  server.use(
    http.get(`${API}/groups`, ({ request }) => {
      const condition = request.headers.get('if-none-match');
      state.conditions.push(condition);
      const etag = `"v${state.version}"`;
      if (condition === etag) {
        state.notModified++;
        return new HttpResponse(null, { status: 304, headers: { etag } });
      }
      state.full++;
      return HttpResponse.json(page(state.version), { headers: { etag } });
    }),
  );
  return state;
}

describe('conditional requests', () => {
  it('answers a repeated search from memory after a 304', async () => {
    const state = versioned();
    const client = createClient({ baseUrl: BASE_URL });
    const first = await client.groups.search({ topics: ['anxiety'] });
    const second = await client.groups.search({ topics: ['anxiety'] });
    expect(state.conditions).toEqual([null, '"v1"']);
    expect(state.notModified).toBe(1);
    expect(second).toEqual(first);
    expect(second).not.toBe(first);
  });

  it('takes the new answer when the data changed', async () => {
    const state = versioned();
    const client = createClient({ baseUrl: BASE_URL });
    await client.groups.search();
    state.version = 2;
    const changed = await client.groups.search();
    expect(changed.items).toHaveLength(2);
    expect(state.full).toBe(2);
  });

  it('keeps different queries apart', async () => {
    const state = versioned();
    const client = createClient({ baseUrl: BASE_URL });
    await client.groups.search({ q: 'grief' });
    await client.groups.search({ q: 'anxiety' });
    expect(state.conditions).toEqual([null, null]);
  });

  it('evicts the least recently used answer past maxEntries', async () => {
    const state = versioned();
    const client = createClient({ baseUrl: BASE_URL, cache: { maxEntries: 2 } });
    await client.groups.search({ q: 'a' });
    await client.groups.search({ q: 'b' });
    await client.groups.search({ q: 'a' });
    await client.groups.search({ q: 'c' });
    await client.groups.search({ q: 'a' });
    await client.groups.search({ q: 'b' });
    // Reading a again made b the least recently used, so c evicted b and a survived.
    expect(state.conditions).toEqual([null, null, '"v1"', null, '"v1"', null]);
  });

  it('sends no condition when the cache is off', async () => {
    const state = versioned();
    const client = createClient({ baseUrl: BASE_URL, cache: false });
    await client.groups.search();
    await client.groups.search();
    expect(state.conditions).toEqual([null, null]);
  });

  it('does not keep answers that carry no ETag', async () => {
    const conditions: (string | null)[] = [];
    server.use(
      http.get(`${API}/groups`, ({ request }) => {
        conditions.push(request.headers.get('if-none-match'));
        return HttpResponse.json(page(1));
      }),
    );
    const client = createClient({ baseUrl: BASE_URL });
    await client.groups.search();
    await client.groups.search();
    expect(conditions).toEqual([null, null]);
  });
});

describe('stale-while-revalidate', () => {
  it('answers at once from memory and refreshes in the background', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const state = versioned();
    const client = createClient({ baseUrl: BASE_URL, cache: { staleWhileRevalidateMs: 60_000 } });
    await client.groups.search();
    state.version = 2;
    const stale = await client.groups.search();
    expect(stale.items).toHaveLength(1);
    // The refresh lands in the cache after its request is answered, so wait for the answer a
    // later call gets rather than for the request alone.
    await vi.waitFor(async () => expect((await client.groups.search()).items).toHaveLength(2));
    expect(state.full).toBe(2);
  });

  it('revalidates before answering once the window has passed', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const state = versioned();
    const client = createClient({ baseUrl: BASE_URL, cache: { staleWhileRevalidateMs: 1000 } });
    await client.groups.search();
    state.version = 2;
    vi.setSystemTime(Date.now() + 1001);
    const fresh = await client.groups.search();
    expect(fresh.items).toHaveLength(2);
  });
});
