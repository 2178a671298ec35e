import { HttpResponse, http } from 'msw';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  BadRequestError,
  createClient,
  RateLimitError,
  ServerError,
  TimeoutError,
} from '../src/index.js';
import { API, BASE_URL, group, problem, submissionInput } from './fixtures.js';
import { useDirectory } from './server.js';

const server = useDirectory();

/** Answers `GET /v1/groups/g-1` with each of `answers` in turn, then with the group; records when. */
function scripted(answers: (() => Response)[], path = `${API}/groups/g-1`) {
  const times: number[] = [];
  server.use(
    http.all(path, () => {
      times.push(Date.now());
      const next = answers[times.length - 1];
      return next === undefined ? HttpResponse.json(group(1)) : next();
    }),
  );
  return times;
}

function status(code: number, headers: Record<string, string> = {}) {
  return () =>
    HttpResponse.json(problem(code, 'failure'), {
      status: code,
      headers: { 'content-type': 'application/problem+json', ...headers },
    });
}

function gaps(times: number[]): number[] {
  return times.slice(1).map((time, index) => time - (times[index] ?? 0));
}

/** Runs `call` while advancing fake time until it settles, in 50 ms steps, for up to `limitMs`. */
async function settle<T>(
  call: Promise<T>,
  limitMs = 50_000,
): Promise<{ value?: T; error?: unknown }> {
  let outcome: { value?: T; error?: unknown } | undefined;
  call.then(
    (value) => {
      outcome = { value };
    },
    (error: unknown) => {
      outcome = { error };
    },
  );
  for (let elapsed = 0; elapsed < limitMs && outcome === undefined; elapsed += 50) {
    await vi.advanceTimersByTimeAsync(50);
  }
  if (outcome === undefined) {
    throw new Error(`the call did not settle within ${limitMs} ms of fake time`);
  }
  return outcome;
}

beforeAll(async () => {
  // The client loads these on first use; loading takes real time, which fake timers never give.
  await import('../src/resources/submissions.js');
  await import('../src/resources/curator.js');
});

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  vi.setSystemTime(new Date('2026-11-02T12:00:00Z'));
  // Jitter at its midpoint: each delay is three quarters of the backoff.
  vi.spyOn(Math, 'random').mockReturnValue(0.5);
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('retries', () => {
  const client = createClient({ baseUrl: BASE_URL, cache: false });

  // Every 5xx but those that say the request can never succeed, the codes of CDNs and gateways
  // (Cloudflare's 520-527 and 530, proxies' 598 and 599) included.
  for (const code of [
    408, 429, 500, 502, 503, 504, 507, 509, 520, 521, 522, 523, 524, 525, 526, 527, 530, 598, 599,
  ]) {
    it(`retries a GET answered ${code}`, async () => {
      const times = scripted([status(code)]);
      const { value } = await settle(client.groups.get('g-1'));
      expect(value?.id).toBe('g-1');
      expect(times).toHaveLength(2);
    });
  }

  for (const code of [400, 401, 403, 404, 409, 410, 413, 501, 505, 506, 508, 510, 511]) {
    it(`does not retry a GET answered ${code}`, async () => {
      const times = scripted([status(code), status(code)]);
      await settle(client.groups.get('g-1'));
      expect(times).toHaveLength(1);
    });
  }

  it('retries a network failure', async () => {
    const times = scripted([() => HttpResponse.error()]);
    const { value } = await settle(client.groups.get('g-1'));
    expect(value?.id).toBe('g-1');
    expect(times).toHaveLength(2);
  });

  it('gives up after the limit with the last answer', async () => {
    const times = scripted([status(503), status(503), status(503), status(503)]);
    const { error } = await settle(client.groups.get('g-1'));
    expect(error).toBeInstanceOf(ServerError);
    expect(times).toHaveLength(3);
  });

  it('waits with exponential backoff and jitter, capped', async () => {
    const capped = createClient({
      baseUrl: BASE_URL,
      cache: false,
      timeout: false,
      retry: { limit: 5, baseDelayMs: 400, maxDelayMs: 2000 },
    });
    const times = scripted([status(500), status(500), status(500), status(500), status(500)]);
    await settle(capped.groups.get('g-1'));
    // 400, 800, 1600, 3200 -> 2000 (cap), 6400 -> 2000; each at 3/4 for jitter 0.5.
    expect(gaps(times)).toEqual([300, 600, 1200, 1500, 1500]);
  });

  it('honours Retry-After in seconds', async () => {
    const times = scripted([status(429, { 'retry-after': '3' })]);
    await settle(client.groups.get('g-1'));
    expect(gaps(times)).toEqual([3000]);
  });

  it('honours Retry-After as an HTTP date', async () => {
    const at = new Date(Date.now() + 4000).toUTCString();
    const times = scripted([status(503, { 'retry-after': at })]);
    await settle(client.groups.get('g-1'));
    expect(gaps(times)).toEqual([4000]);
  });

  it('waits by backoff when Retry-After is neither whole seconds nor a date', async () => {
    const times = scripted([
      status(503, { 'retry-after': '1.5' }),
      status(503, { 'retry-after': 'soon' }),
    ]);
    const { error, value } = await settle(client.groups.get('g-1'));
    expect(error).toBeUndefined();
    expect(value?.id).toBe('g-1');
    expect(gaps(times)).toEqual([375, 750]);
  });

  it('waits by backoff, not by rate-limit reset headers, when Retry-After is absent', async () => {
    // Rate-limit headers say when a quota window resets, and some servers send them on every
    // answer: waiting on them could outlast the timeout, and the SDK honours Retry-After alone.
    const resetAt = String(Math.floor(Date.now() / 1000) + 3600);
    const times = scripted([
      status(503, { 'ratelimit-reset': '30' }),
      status(429, { 'x-ratelimit-reset': resetAt, 'x-rate-limit-reset': resetAt }),
    ]);
    const { value } = await settle(client.groups.get('g-1'));
    expect(value?.id).toBe('g-1');
    expect(gaps(times)).toEqual([375, 750]);
  });

  it('fails at once when Retry-After reaches past the timeout', async () => {
    const times = scripted([status(429, { 'retry-after': '60' })]);
    const { error } = await settle(client.groups.get('g-1'));
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(60_000);
    expect((error as RateLimitError).message).toContain('Wait 60 s');
    expect(times).toHaveLength(1);
  });

  describe('with no timeout', () => {
    const patient = createClient({ baseUrl: BASE_URL, cache: false, timeout: false });

    it('honours a Retry-After up to the cap of 60 s', async () => {
      const times = scripted([status(429, { 'retry-after': '60' })]);
      const { value } = await settle(patient.groups.get('g-1'), 70_000);
      expect(value?.id).toBe('g-1');
      expect(gaps(times)).toEqual([60_000]);
    });

    it('fails at once with the answer when Retry-After asks for more than the cap', async () => {
      const times = scripted([status(429, { 'retry-after': '61' })]);
      const { error } = await settle(patient.groups.get('g-1'));
      expect(error).toBeInstanceOf(RateLimitError);
      expect((error as RateLimitError).retryAfterMs).toBe(61_000);
      expect(times).toHaveLength(1);
    });

    it('applies a cap of the caller’s, to an HTTP date as well', async () => {
      const brief = createClient({
        baseUrl: BASE_URL,
        cache: false,
        timeout: false,
        retry: { maxRetryAfterMs: 2000 },
      });
      const times = scripted([
        status(503, { 'retry-after': '2' }),
        status(503, { 'retry-after': new Date(Date.now() + 2000 + 3000).toUTCString() }),
      ]);
      const { error } = await settle(brief.groups.get('g-1'));
      expect(error).toBeInstanceOf(ServerError);
      expect((error as ServerError).retryAfterMs).toBe(3000);
      expect(gaps(times)).toEqual([2000]);
    });
  });

  it('carries the Retry-After of a server error that ends the call', async () => {
    const times = scripted([status(503, { 'retry-after': '45' })]);
    const { error } = await settle(client.groups.get('g-1'));
    expect(error).toBeInstanceOf(ServerError);
    expect((error as ServerError).retryAfterMs).toBe(45_000);
    expect((error as ServerError).message).toContain('try again in 45 s');
    expect(times).toHaveLength(1);
  });

  it('carries the Retry-After of the last answer when retries run out', async () => {
    scripted([
      status(503, { 'retry-after': '1' }),
      status(503, { 'retry-after': '1' }),
      status(502, { 'retry-after': '2' }),
    ]);
    const { error } = await settle(client.groups.get('g-1'));
    expect(error).toBeInstanceOf(ServerError);
    expect((error as ServerError).status).toBe(502);
    expect((error as ServerError).retryAfterMs).toBe(2000);
  });

  it('leaves retryAfterMs undefined when the answer had no Retry-After', async () => {
    scripted([status(503), status(503), status(503)]);
    const { error } = await settle(client.groups.get('g-1'));
    expect(error).toBeInstanceOf(ServerError);
    expect((error as ServerError).retryAfterMs).toBeUndefined();
    expect((error as ServerError).message).toContain('try again in a few minutes');
  });

  it('does not retry a POST without an idempotency key', async () => {
    const curator = createClient({ baseUrl: BASE_URL, apiKey: 'curator-key' }).curator;
    const times = scripted([status(503)], `${API}/submissions/s-1/approve`);
    const { error } = await settle(curator.approve('s-1'));
    expect(error).toBeInstanceOf(ServerError);
    expect(times).toHaveLength(1);
  });

  it('retries a submission with the same idempotency key', async () => {
    const keys: (string | null)[] = [];
    server.use(
      http.post(`${API}/submissions`, ({ request }) => {
        keys.push(request.headers.get('idempotency-key'));
        return keys.length === 1
          ? status(503)()
          : HttpResponse.json({ id: 's-1', status: 'pending', receivedAt: '2026-10-02T09:00:00Z' });
      }),
    );
    const { value } = await settle(client.submissions.create(submissionInput()));
    expect(value?.id).toBe('s-1');
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
  });

  it('can be turned off', async () => {
    const once = createClient({ baseUrl: BASE_URL, retry: false });
    const times = scripted([status(503)]);
    await settle(once.groups.get('g-1'));
    expect(times).toHaveLength(1);
  });

  it('reports invalid parameters by name', async () => {
    scripted([
      () =>
        HttpResponse.json(
          problem(400, 'invalid-parameters', {
            invalidParams: [{ name: 'radiusKm', reason: 'must be at most 500' }],
          }),
          { status: 400, headers: { 'content-type': 'application/problem+json' } },
        ),
    ]);
    const { error } = await settle(client.groups.get('g-1'));
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).invalidParams).toEqual([
      { name: 'radiusKm', reason: 'must be at most 500' },
    ]);
    expect((error as Error).message).toContain('Fix radiusKm (must be at most 500)');
  });
});

describe('the timeout', () => {
  it('spans every retry and wait', async () => {
    const client = createClient({
      baseUrl: BASE_URL,
      cache: false,
      timeout: 1000,
      retry: { limit: 5, baseDelayMs: 400 },
    });
    const times = scripted([status(503), status(503), status(503), status(503), status(503)]);
    const started = Date.now();
    const { error } = await settle(client.groups.get('g-1'));
    expect(error).toBeInstanceOf(TimeoutError);
    // Attempts at 0, 300 and 900 ms; the next wait (1200 ms) is cut short at 1000 ms.
    expect(times.map((time) => time - started)).toEqual([0, 300, 900]);
    expect((error as TimeoutError).attempts).toBe(3);
    expect((error as TimeoutError).cause).toBeInstanceOf(ServerError);
    expect(Date.now() - started).toBeLessThanOrEqual(1050);
  });

  it('stops a server that never answers', async () => {
    const client = createClient({ baseUrl: BASE_URL, timeout: 2000 });
    server.use(http.get(`${API}/groups/g-1`, () => new Promise<Response>(() => undefined)));
    const { error } = await settle(client.groups.get('g-1'));
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).timeoutMs).toBe(2000);
    expect((error as Error).message).toContain('raise `timeout`');
  });
});
