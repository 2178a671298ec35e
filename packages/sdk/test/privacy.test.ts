import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { createClient } from '../src/index.js';
import { BASE_URL, group } from './fixtures.js';

/** A fetch that records the Request ky hands it and answers with `body`. */
function recordingFetch(body: unknown) {
  const requests: Request[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    requests.push(new Request(input, init));
    return Response.json(body, { headers: { etag: '"1"' } });
  };
  return { fetch, requests };
}

describe('privacy of requests', () => {
  it('sends no credentials, no referrer, and keeps nothing in the HTTP cache', async () => {
    const { fetch, requests } = recordingFetch(group(1));
    await createClient({ baseUrl: BASE_URL, fetch }).groups.get('g-1');
    const request = requests[0];
    expect(request?.credentials).toBe('omit');
    expect(request?.referrerPolicy).toBe('no-referrer');
    expect(request?.cache).toBe('no-store');
  });

  it('adds no header beyond Accept on public calls', async () => {
    const { fetch, requests } = recordingFetch(group(1));
    await createClient({ baseUrl: BASE_URL, fetch }).groups.get('g-1');
    expect([...(requests[0]?.headers.keys() ?? [])]).toEqual(['accept']);
  });

  it('adds only the caller’s own headers', async () => {
    const { fetch, requests } = recordingFetch(group(1));
    await createClient({
      baseUrl: BASE_URL,
      fetch,
      headers: { 'x-directory': 'north' },
    }).groups.get('g-1');
    expect([...(requests[0]?.headers.keys() ?? [])].sort()).toEqual(['accept', 'x-directory']);
  });
});

describe('strict Content Security Policy', () => {
  it('validates answers without compiling code (zod runs jitless)', async () => {
    const { fetch } = recordingFetch(group(1));
    const client = createClient({ baseUrl: BASE_URL, fetch });
    const RealFunction = globalThis.Function;
    let compiled = 0;
    // Under a CSP without 'unsafe-eval', `new Function` throws; count every attempt instead.
    globalThis.Function = new Proxy(RealFunction, {
      construct(target, args) {
        compiled++;
        return Reflect.construct(target, args);
      },
      apply(target, thisArg, args) {
        compiled++;
        return Reflect.apply(target, thisArg, args);
      },
    });
    try {
      await client.groups.get('g-1');
    } finally {
      globalThis.Function = RealFunction;
    }
    expect(compiled).toBe(0);
    // Schemas decide on compiling when they are built, so the switch must be on from the start.
    expect(z.config().jitless).toBe(true);
  });
});
