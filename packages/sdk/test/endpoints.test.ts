import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import {
  type ApiError,
  AuthenticationError,
  ConflictError,
  createClient,
  GoneError,
  NotFoundError,
  PermissionDeniedError,
} from '../src/index.js';
import { API, BASE_URL, listing, problem, submission, submissionInput } from './fixtures.js';
import { useDirectory } from './server.js';

const server = useDirectory();

function recordUrls() {
  const urls: URL[] = [];
  server.events.on('request:start', ({ request }) => {
    urls.push(new URL(request.url));
  });
  return urls;
}

describe('public calls', () => {
  const client = createClient({ baseUrl: BASE_URL });

  it('searches and returns typed hits', async () => {
    const results = await client.groups.search({ near: '02139' });
    expect(results.items.map((item) => item.id)).toEqual(['g-1', 'g-2']);
    expect(results.total).toBe(2);
    expect(results.invalid).toEqual([]);
  });

  it('sends list filters comma-separated and coordinates as lat,lng', async () => {
    const urls = recordUrls();
    await client.groups.search({
      near: { lat: 42.36, lng: -71.1 },
      topics: ['grief-and-loss', 'anxiety'],
      attendance: ['online'],
      language: ['es'],
      atFacility: true,
    });
    const params = urls[0]?.searchParams;
    expect(params?.get('near')).toBe('42.36,-71.1');
    expect(params?.get('topics')).toBe('grief-and-loss,anxiety');
    expect(params?.get('attendance')).toBe('online');
    expect(params?.get('language')).toBe('es');
    expect(params?.get('atFacility')).toBe('true');
  });

  it('gets one group', async () => {
    const found = await client.groups.get('g-1');
    expect(found.name).toBe('Group 1');
  });

  it('encodes an id as one path segment', async () => {
    const urls = recordUrls();
    await expect(client.groups.get('a/../b')).rejects.toBeInstanceOf(NotFoundError);
    expect(urls[0]?.pathname).toBe('/v1/groups/a%2F..%2Fb');
  });

  it('refuses an empty id before sending anything', async () => {
    await expect(client.groups.get('')).rejects.toThrow(TypeError);
  });

  it('lists meetings in a window given as dates or Date objects', async () => {
    const urls = recordUrls();
    const meetings = await client.groups.meetings('g-1', {
      from: '2026-11-01',
      to: new Date('2026-11-30T00:00:00Z'),
    });
    expect(meetings.items[0]?.timeZone).toBe('America/New_York');
    expect(urls[0]?.searchParams.get('from')).toBe('2026-11-01');
    expect(urls[0]?.searchParams.get('to')).toBe('2026-11-30T00:00:00.000Z');
  });

  it('exports a calendar as iCalendar text', async () => {
    const text = await client.groups.calendar('g-1');
    expect(text.startsWith('BEGIN:VCALENDAR')).toBe(true);
  });

  it('lists topics', async () => {
    const taxonomy = await client.topics.list();
    expect(taxonomy.topics[0]?.labels.es).toBe('Duelo y pérdida');
  });

  it('resolves a place, narrowed to a country', async () => {
    const urls = recordUrls();
    const places = await client.places.resolve('02139', { country: 'US' });
    expect(places.items[0]?.coordinates.lat).toBeCloseTo(42.364);
    expect(urls[0]?.searchParams.get('q')).toBe('02139');
    expect(urls[0]?.searchParams.get('country')).toBe('US');
  });

  it('sends a submission as a JSON body with its content type', async () => {
    // Reading a body is asynchronous: keep each read and await them all after the call.
    const sent: Promise<{ contentType: string | null; body: unknown }>[] = [];
    server.events.on('request:start', ({ request }) => {
      const contentType = request.headers.get('content-type');
      sent.push(
        request
          .clone()
          .json()
          .then((body: unknown) => ({ contentType, body })),
      );
    });
    await client.submissions.create(submissionInput());
    expect(await Promise.all(sent)).toEqual([
      { contentType: 'application/json', body: submissionInput() },
    ]);
  });

  it('creates a submission with a fresh idempotency key', async () => {
    const keys: (string | null)[] = [];
    server.events.on('request:start', ({ request }) => {
      keys.push(request.headers.get('idempotency-key'));
    });
    const receipt = await client.submissions.create(submissionInput());
    await client.submissions.create(submissionInput());
    expect(receipt.status).toBe('pending');
    expect(keys[0]).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(keys[1]).not.toBe(keys[0]);
  });

  it('uses the idempotency key the caller gives', async () => {
    let key: string | null = null;
    server.events.on('request:start', ({ request }) => {
      key = request.headers.get('idempotency-key');
    });
    await client.submissions.create(submissionInput(), { idempotencyKey: 'form-42' });
    expect(key).toBe('form-42');
  });

  it('accepts a base URL that already ends in /v1', async () => {
    const urls = recordUrls();
    await createClient({ baseUrl: `${API}/` }).topics.list();
    expect(urls[0]?.pathname).toBe('/v1/topics');
  });

  it('has no curator calls without an API key', () => {
    expect('curator' in client).toBe(false);
  });
});

describe('curator calls', () => {
  const curator = createClient({ baseUrl: BASE_URL, apiKey: 'curator-key' }).curator;

  it('lists the queue with the key', async () => {
    const queue = await curator.queue({ status: 'pending' });
    expect(queue.items[0]?.id).toBe('s-1');
    expect(queue.invalid).toEqual([]);
  });

  it('reads one submission', async () => {
    expect((await curator.submission('s-1')).status).toBe('pending');
  });

  it('approves and returns the published group', async () => {
    const approval = await curator.approve('s-1');
    expect(approval.group.id).toBe('g-9');
    expect(approval.submission.status).toBe('approved');
  });

  it('rejects with a reason', async () => {
    let body: unknown;
    server.use(
      http.post(`${API}/submissions/:id/reject`, async ({ request }) => {
        body = await request.json();
        return HttpResponse.json({ ...submission(1), status: 'rejected' });
      }),
    );
    const rejected = await curator.reject('s-1', { reason: 'duplicate' });
    expect(rejected.status).toBe('rejected');
    expect(body).toEqual({ reason: 'duplicate' });
  });

  it('updates a listing', async () => {
    const updated = await curator.update('g-1', listing('Renamed'));
    expect(updated.name).toBe('Renamed');
  });

  it('retires a group', async () => {
    await expect(curator.retire('g-1')).resolves.toBeUndefined();
  });

  it('sends the key only on curator calls', async () => {
    const seen: (string | null)[] = [];
    server.events.on('request:start', ({ request }) => {
      seen.push(request.headers.get('authorization'));
    });
    const client = createClient({ baseUrl: BASE_URL, apiKey: 'curator-key' });
    await client.topics.list();
    await client.curator.queue();
    expect(seen).toEqual([null, 'Bearer curator-key']);
  });

  it('answers an unknown route with a NotFoundError carrying the problem', async () => {
    server.use(
      http.get(`${API}/submissions/:id`, () =>
        HttpResponse.json(
          { type: 'urn:peer-groups:problem:not-found', title: 'Not found', status: 404 },
          { status: 404, headers: { 'content-type': 'application/problem+json' } },
        ),
      ),
    );
    const error = await curator.submission('s-404').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).problem.type).toBe('urn:peer-groups:problem:not-found');
  });
});

describe('error answers', () => {
  async function failure(call: Promise<unknown>): Promise<ApiError> {
    return call.then(
      () => {
        throw new Error('expected the call to fail');
      },
      (error: unknown) => error as ApiError,
    );
  }

  it('answers an unknown key with an AuthenticationError', async () => {
    const stranger = createClient({ baseUrl: BASE_URL, apiKey: 'stolen-key' });
    const error = await failure(stranger.curator.queue());
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.status).toBe(401);
    expect(error.problem).toEqual(
      problem(401, 'unauthorized', { detail: 'send a curator key as Authorization: Bearer' }),
    );
    expect(error.message).toBe(
      `GET ${API}/submissions failed with 401 unauthorized: send a curator key as Authorization: Bearer. ` +
        'Pass a valid curator API key as `apiKey` to createClient.',
    );
  });

  it('answers a key without the curator role with a PermissionDeniedError', async () => {
    const partner = createClient({ baseUrl: BASE_URL, apiKey: 'visitor-key' });
    const error = await failure(partner.curator.queue());
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(error).not.toBeInstanceOf(AuthenticationError);
    expect(error.status).toBe(403);
    expect(error.problem).toEqual(
      problem(403, 'forbidden', { detail: 'this key is not a curator' }),
    );
    expect(error.message).toBe(
      `GET ${API}/submissions failed with 403 forbidden: this key is not a curator. ` +
        'Ask the directory operator for a key with the curator role.',
    );
  });

  it('answers deciding a submission twice with a ConflictError', async () => {
    const curator = createClient({ baseUrl: BASE_URL, apiKey: 'curator-key' }).curator;
    const error = await failure(curator.approve('s-decided'));
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.status).toBe(409);
    expect(error.problem).toEqual(
      problem(409, 'conflict', { detail: 'submission s-decided was already approved' }),
    );
    expect(error.message).toBe(
      `POST ${API}/submissions/s-decided/approve failed with 409 conflict: submission s-decided was already approved. ` +
        'Fetch the current state and decide again.',
    );
    await expect(curator.reject('s-decided')).rejects.toBeInstanceOf(ConflictError);
  });

  it('answers a retired group with a GoneError', async () => {
    const client = createClient({ baseUrl: BASE_URL });
    const error = await failure(client.groups.get('g-retired'));
    expect(error).toBeInstanceOf(GoneError);
    expect(error).not.toBeInstanceOf(NotFoundError);
    expect(error.status).toBe(410);
    expect(error.problem).toEqual(problem(410, 'gone', { detail: 'g-retired was retired' }));
    expect(error.message).toBe(
      `GET ${API}/groups/g-retired failed with 410 gone: g-retired was retired. ` +
        'Remove the listing from saved lists; search again for current groups.',
    );
  });
});
