// The directory API as the browser tests see it: msw answers every state the widget must
// handle, and logs every request so tests can check the exact query sent.
import type { SearchHit } from '@peer-groups/core';
import { delay, HttpResponse, http, type RequestHandler } from 'msw';
import { setupWorker } from 'msw/browser';
import { hostileHits, manyHits, pageOf, searchHits } from './fixtures/groups.js';

/** The API origin every test widget is configured with. */
export const API = 'https://directory.example.org';

/** Every request that reached the API, in order. */
export const requests: Request[] = [];

const PROBLEM = { 'Content-Type': 'application/problem+json' };

function problem(status: number, name: string, extra: Record<string, unknown> = {}) {
  return { type: `urn:peer-groups:problem:${name}`, title: name, status, ...extra };
}

function searchWith(hits: () => SearchHit[]) {
  return http.get(`${API}/v1/groups`, ({ request }) => {
    const url = new URL(request.url);
    const limit = Number(url.searchParams.get('limit') ?? 20);
    const offset = Number((url.searchParams.get('cursor') ?? 'offset-0').slice(7)) || 0;
    return HttpResponse.json(pageOf(hits(), limit, offset));
  });
}

/** Search answers, one per state of the widget. */
export const search = {
  results: () => searchWith(() => searchHits()),
  many: (count: number) => searchWith(() => manyHits(count)),
  hostile: () => searchWith(() => hostileHits()),
  empty: () => searchWith(() => []),
  error: () =>
    http.get(`${API}/v1/groups`, () =>
      HttpResponse.json(problem(500, 'internal'), { status: 500, headers: PROBLEM }),
    ),
  offline: () => http.get(`${API}/v1/groups`, () => HttpResponse.error()),
  slow: () =>
    http.get(`${API}/v1/groups`, async () => {
      await delay('infinite');
      return HttpResponse.json(pageOf([]));
    }),
  rateLimited: (seconds: number) =>
    http.get(`${API}/v1/groups`, () =>
      HttpResponse.json(problem(429, 'rate-limited'), {
        status: 429,
        headers: { ...PROBLEM, 'Retry-After': String(seconds) },
      }),
    ),
  schemaFailure: () =>
    http.get(`${API}/v1/groups`, () => HttpResponse.json({ items: 'not a list', total: -1 })),
  placeUnknown: () =>
    http.get(`${API}/v1/groups`, () =>
      HttpResponse.json(
        problem(400, 'invalid-parameters', {
          invalidParams: [{ name: 'near', reason: 'no place matches' }],
        }),
        { status: 400, headers: PROBLEM },
      ),
    ),
};

const defaults: RequestHandler[] = [
  search.results(),
  http.get(`${API}/v1/groups/:id`, ({ params }) => {
    const hit = [...searchHits(), ...hostileHits()].find((item) => item.id === params.id);
    if (hit === undefined) {
      return HttpResponse.json(problem(404, 'not-found'), { status: 404, headers: PROBLEM });
    }
    const { distanceKm: _distance, nextMeeting: _next, ...group } = hit;
    return HttpResponse.json(group);
  }),
  http.post(`${API}/v1/submissions`, () =>
    HttpResponse.json(
      { id: 'sub-1', status: 'pending', receivedAt: '2026-11-01T12:00:00Z' },
      { status: 201, headers: { Location: `${API}/v1/submissions/sub-1` } },
    ),
  ),
];

const worker = setupWorker(...defaults);
worker.events.on('request:start', ({ request }) => {
  requests.push(request.clone());
});

let started: Promise<unknown> | undefined;

/** Starts the mock API once per test file and resets it to the default answers. */
export async function useApi(...handlers: RequestHandler[]): Promise<void> {
  started ??= worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
  await started;
  worker.resetHandlers(...defaults);
  if (handlers.length > 0) worker.use(...handlers);
  requests.length = 0;
}

/** The search parameters of the last search request. */
export function lastSearch(): URLSearchParams {
  const searches = requests.filter((request) => new URL(request.url).pathname === '/v1/groups');
  const last = searches.at(-1);
  if (last === undefined) throw new Error('No search request was made.');
  return new URL(last.url).searchParams;
}
