import { groupSchema, problemSchema } from '@peer-groups/core';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { Directory } from '../src/directory/directory.js';
import { createApp } from '../src/http/app.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import type { DirectoryStore } from '../src/store/types.js';

/** What a patient might have sent, as an error message would quote it over several lines. */
const PRIVATE_TEXT = 'near 02138\nq: private words\n    at a line that looks like a frame';

describe('the log line of an unexpected error', () => {
  let store: DirectoryStore;
  let failure: unknown;
  const logged: string[] = [];

  beforeAll(async () => {
    store = await openSqliteStore(':memory:');
  });
  afterAll(() => store.close());
  afterEach(() => {
    vi.restoreAllMocks();
    logged.length = 0;
  });

  /** An app whose store fails every group lookup with `failure`. */
  async function failingApp() {
    store.getGroup = () => Promise.reject(failure);
    vi.spyOn(console, 'error').mockImplementation((line: unknown) => {
      logged.push(String(line));
    });
    return createApp({ directory: await Directory.open({ store }), rateLimit: false });
  }

  it('holds the class and route, never the message, a stack line or the query', async () => {
    failure = new RangeError(PRIVATE_TEXT);
    const app = await failingApp();
    const response = await app.request('/v1/groups/some-group/meetings?from=2026-02-13');
    expect(response.status).toBe(500);
    expect(problemSchema.parse(await response.json()).detail).not.toContain('02138');
    expect(logged).toEqual([
      'Unexpected RangeError while answering GET /v1/groups/:id/meetings; the server answered 500.',
    ]);
  });

  it('keeps a schema error, whose message is JSON of the value, out of the log too', async () => {
    const invalid = groupSchema.safeParse({ id: 'été', name: PRIVATE_TEXT });
    failure = invalid.success ? new Error('unreachable') : invalid.error;
    const app = await failingApp();
    expect((await app.request('/v1/groups/some-group')).status).toBe(500);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/^Unexpected \$?ZodError while answering GET \/v1\/groups\/:id;/);
    for (const secret of ['02138', 'private', 'été', 'frame', '\n']) {
      expect(logged[0]).not.toContain(secret);
    }
  });
});
