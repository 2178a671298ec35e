import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { API, group, page, problem, submission } from './fixtures.js';

const PROBLEM_JSON = { 'content-type': 'application/problem+json' };

function notFound(what: string) {
  return HttpResponse.json(problem(404, 'not-found', { detail: `no ${what}` }), {
    status: 404,
    headers: PROBLEM_JSON,
  });
}

/** The API keys the directory knows, by the role each has; any other key is unknown. */
const KEY_ROLES: Readonly<Record<string, string>> = {
  'curator-key': 'curator',
  'visitor-key': 'partner',
};

/** As the real API: 401 for a missing or unknown key, 403 for a key without the curator role. */
function requireCurator(request: Request) {
  const key = request.headers.get('authorization')?.replace(/^Bearer /, '');
  const role = key === undefined ? undefined : KEY_ROLES[key];
  if (role === undefined) {
    return HttpResponse.json(
      problem(401, 'unauthorized', { detail: 'send a curator key as Authorization: Bearer' }),
      { status: 401, headers: PROBLEM_JSON },
    );
  }
  if (role !== 'curator') {
    return HttpResponse.json(problem(403, 'forbidden', { detail: 'this key is not a curator' }), {
      status: 403,
      headers: PROBLEM_JSON,
    });
  }
  return undefined;
}

/** Submission `s-decided` was approved already; deciding it again conflicts. */
function refuseDecided(id: unknown) {
  if (id !== 's-decided') return undefined;
  return HttpResponse.json(
    problem(409, 'conflict', { detail: 'submission s-decided was already approved' }),
    { status: 409, headers: PROBLEM_JSON },
  );
}

/**
 * A small directory that answers every endpoint as the real API does, so each test overrides
 * only the one answer it is about.
 */
export const directoryHandlers = [
  http.get(`${API}/groups`, () => HttpResponse.json(page(2))),
  http.get(`${API}/groups/:id`, ({ params }) => {
    if (params.id === 'g-retired') {
      return HttpResponse.json(problem(410, 'gone', { detail: 'g-retired was retired' }), {
        status: 410,
        headers: PROBLEM_JSON,
      });
    }
    return params.id === 'g-1' ? HttpResponse.json(group(1)) : notFound('group');
  }),
  http.get(`${API}/groups/:id/meetings`, ({ params }) =>
    params.id === 'g-1'
      ? HttpResponse.json({
          items: [
            {
              start: '2026-11-03T18:30:00-05:00',
              end: '2026-11-03T20:00:00-05:00',
              timeZone: 'America/New_York',
              scheduleIndex: 0,
            },
          ],
        })
      : notFound('group'),
  ),
  http.get(`${API}/groups/:id/calendar.ics`, () =>
    HttpResponse.text('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n', {
      headers: { 'content-type': 'text/calendar; charset=utf-8' },
    }),
  ),
  http.get(`${API}/topics`, () =>
    HttpResponse.json({
      topics: [{ id: 'grief-and-loss', labels: { en: 'Grief and loss', es: 'Duelo y pérdida' } }],
      audiences: [],
    }),
  ),
  http.get(`${API}/places`, () =>
    HttpResponse.json({
      items: [
        {
          kind: 'postalCode',
          name: '02139',
          region: 'MA',
          country: 'US',
          coordinates: { lat: 42.364, lng: -71.104 },
        },
      ],
    }),
  ),
  http.post(`${API}/submissions`, () =>
    HttpResponse.json(
      { id: 's-1', status: 'pending', receivedAt: '2026-10-02T09:00:00Z' },
      { status: 201, headers: { location: `${API}/submissions/s-1` } },
    ),
  ),
  http.get(`${API}/submissions`, ({ request }) => {
    return (
      requireCurator(request) ?? HttpResponse.json({ items: [submission(1)], nextCursor: null })
    );
  }),
  http.get(`${API}/submissions/:id`, ({ request, params }) => {
    const refused = requireCurator(request);
    if (refused !== undefined) return refused;
    return params.id === 's-1' ? HttpResponse.json(submission(1)) : notFound('submission');
  }),
  http.post(`${API}/submissions/:id/approve`, ({ request, params }) => {
    return (
      requireCurator(request) ??
      refuseDecided(params.id) ??
      HttpResponse.json({
        submission: { ...submission(1), status: 'approved', publishedGroupId: 'g-9' },
        group: group(9),
      })
    );
  }),
  http.post(`${API}/submissions/:id/reject`, ({ request, params }) => {
    return (
      requireCurator(request) ??
      refuseDecided(params.id) ??
      HttpResponse.json({ ...submission(1), status: 'rejected', decidedAt: '2026-10-03T09:00:00Z' })
    );
  }),
  http.put(`${API}/groups/:id`, async ({ request, params }) => {
    const refused = requireCurator(request);
    if (refused !== undefined) return refused;
    const body = (await request.json()) as Record<string, unknown>;
    return HttpResponse.json({ ...group(1), ...body, id: params.id });
  }),
  http.delete(`${API}/groups/:id`, ({ request }) => {
    return requireCurator(request) ?? new HttpResponse(null, { status: 204 });
  }),
];

/** The msw server of a test file, with the directory's handlers; reset after each test. */
export function useDirectory() {
  const server = setupServer(...directoryHandlers);
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    server.events.removeAllListeners();
  });
  afterAll(() => server.close());
  return server;
}
