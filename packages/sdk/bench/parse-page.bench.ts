// Parse and validate time of one 100-group search page: what a search costs the CPU once its
// answer has arrived. Run with `pnpm --filter @peer-groups/sdk bench`; vitest prints the mean
// time per page and operations per second.
import { searchHitSchema, searchPageSchema } from '@peer-groups/core';
import { generateGroups } from '@peer-groups/sample-data';
import { bench, describe } from 'vitest';
import { createClient } from '../src/index.js';
import { resolveOptions } from '../src/options.js';
import { envelopeOf, parsePage } from '../src/parse/lenient-page.js';
import { createTransport } from '../src/transport/transport.js';

const hits = generateGroups({ seed: 7, count: 100 }).map((group, index) => ({
  ...group,
  distanceKm: index / 10,
  nextMeeting: null,
}));
const empty = { topics: {}, audiences: {}, attendance: {}, days: {}, languages: {} };
const body = JSON.stringify({ items: hits, nextCursor: 'next', total: 1000, facets: empty });
const answer = {
  status: 200,
  body,
  contentType: 'application/json',
  request: 'GET /v1/groups',
};
const transport = createTransport(resolveOptions({ baseUrl: 'https://bench.test' }));
const envelope = envelopeOf(searchPageSchema);

// An in-memory fetch: no network, so the client bench measures the SDK alone.
const client = createClient({
  baseUrl: 'https://bench.test',
  cache: false,
  fetch: async () => new Response(body, { headers: { 'content-type': 'application/json' } }),
});

describe(`a 100-group search page (${(body.length / 1024).toFixed(0)} KB of JSON)`, () => {
  bench('JSON.parse only', () => {
    JSON.parse(body);
  });

  bench('parse + validate, item by item (the SDK, lenient)', () => {
    parsePage(envelope, searchHitSchema, answer, transport);
  });

  bench('parse + validate, whole page in one schema', () => {
    searchPageSchema.parse(JSON.parse(body));
  });

  bench('client.groups.search over an in-memory fetch', async () => {
    await client.groups.search({ limit: 100 });
  });
});
