import { HttpResponse, http } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AbortError, createClient, PeerGroupsError } from '../src/index.js';
import { API, BASE_URL, page, problem } from './fixtures.js';
import { useDirectory } from './server.js';

const server = useDirectory();

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('abort', () => {
  const client = createClient({ baseUrl: BASE_URL, cache: false });

  it('rejects at once when the signal is already aborted, sending nothing', async () => {
    let requests = 0;
    server.events.on('request:start', () => {
      requests++;
    });
    const controller = new AbortController();
    controller.abort('navigated away');
    const error = await client.groups
      .get('g-1', { signal: controller.signal })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AbortError);
    expect((error as AbortError).reason).toBe('navigated away');
    expect(requests).toBe(0);
  });

  it('stops a request in flight', async () => {
    server.use(http.get(`${API}/groups/g-1`, () => new Promise<Response>(() => undefined)));
    const controller = new AbortController();
    const call = client.groups.get('g-1', { signal: controller.signal });
    const outcome = call.catch((caught: unknown) => caught);
    await vi.advanceTimersByTimeAsync(100);
    controller.abort();
    expect(await outcome).toBeInstanceOf(AbortError);
  });

  it('stops between retries, without another attempt', async () => {
    let attempts = 0;
    server.use(
      http.get(`${API}/groups/g-1`, () => {
        attempts++;
        return HttpResponse.json(problem(503, 'unavailable'), {
          status: 503,
          headers: { 'content-type': 'application/problem+json' },
        });
      }),
    );
    const controller = new AbortController();
    const outcome = client.groups
      .get('g-1', { signal: controller.signal })
      .catch((caught: unknown) => caught);
    // The first attempt fails at once; the first backoff wait is at least 250 ms.
    await vi.advanceTimersByTimeAsync(100);
    expect(attempts).toBe(1);
    controller.abort();
    const error = await outcome;
    expect(error).toBeInstanceOf(AbortError);
    expect(error).toBeInstanceOf(PeerGroupsError);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(attempts).toBe(1);
  });

  it('stops paging through results before the next page', async () => {
    let requests = 0;
    server.use(
      http.get(`${API}/groups`, () => {
        requests++;
        return HttpResponse.json(page(2, `after-${requests}`, requests * 2 - 1));
      }),
    );
    const controller = new AbortController();
    const seen: string[] = [];
    const loop = (async () => {
      for await (const hit of client.groups.iterate({}, { signal: controller.signal })) {
        seen.push(hit.id);
        controller.abort();
      }
    })();
    await expect(loop).rejects.toBeInstanceOf(AbortError);
    expect(seen).toEqual(['g-1', 'g-2']);
    expect(requests).toBe(1);
  });
});
