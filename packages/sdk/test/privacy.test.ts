import { describe, expect, it } from 'vitest';
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
