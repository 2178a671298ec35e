import { describe, expect, it, vi } from 'vitest';
import {
  AbortError,
  ApiError,
  NetworkError,
  NotFoundError,
  PeerGroupsError,
  RateLimitError,
  ServerError,
  TimeoutError,
} from '../src/index.js';

const problem = { type: 'urn:peer-groups:problem:not-found', title: 'Not found', status: 404 };

describe('error classes', () => {
  it('form one tree under PeerGroupsError', () => {
    const notFound = new NotFoundError({ status: 404, problem, request: 'GET /v1/groups/x' });
    expect(notFound).toBeInstanceOf(NotFoundError);
    expect(notFound).toBeInstanceOf(ApiError);
    expect(notFound).toBeInstanceOf(PeerGroupsError);
    expect(notFound).toBeInstanceOf(Error);
    expect(notFound).not.toBeInstanceOf(ServerError);
    expect(notFound.name).toBe('NotFoundError');
  });

  it('are recognised across two copies of the SDK', async () => {
    vi.resetModules();
    const other = await import('../src/index.js');
    expect(other.PeerGroupsError).not.toBe(PeerGroupsError);
    const foreign = new other.TimeoutError('GET /v1/topics', 1000, 2);
    expect(foreign).toBeInstanceOf(TimeoutError);
    expect(foreign).toBeInstanceOf(PeerGroupsError);
    expect(foreign).not.toBeInstanceOf(AbortError);
    const local = new NetworkError('GET /v1/topics', new TypeError('fetch failed'));
    expect(local).toBeInstanceOf(other.NetworkError);
  });

  it('keep every brand in an application subclass that sets none of its own', async () => {
    class MissingListing extends NotFoundError {}
    const missing = new MissingListing({ status: 404, problem, request: 'GET /v1/groups/x' });
    expect(missing).toBeInstanceOf(MissingListing);
    expect(missing).toBeInstanceOf(NotFoundError);
    expect(missing).toBeInstanceOf(ApiError);
    expect(missing).toBeInstanceOf(PeerGroupsError);
    expect(missing.name).toBe('NotFoundError');
    vi.resetModules();
    const other = await import('../src/index.js');
    expect(missing).toBeInstanceOf(other.NotFoundError);
    expect(missing).toBeInstanceOf(other.PeerGroupsError);
  });

  it('tell an application subclass without a brand from its parent by prototype', () => {
    class MissingListing extends NotFoundError {}
    class RetiredListing extends NotFoundError {}
    const plain = new NotFoundError({ status: 404, problem, request: 'GET /v1/groups/x' });
    const missing = new MissingListing({ status: 404, problem, request: 'GET /v1/groups/x' });
    expect(plain).not.toBeInstanceOf(MissingListing);
    expect(missing).not.toBeInstanceOf(RetiredListing);
  });

  it('reject look-alikes that carry no brand', () => {
    const impostor = Object.assign(new Error('x'), { name: 'ApiError', status: 500 });
    expect(impostor).not.toBeInstanceOf(ApiError);
    expect(null).not.toBeInstanceOf(PeerGroupsError);
  });

  it('say what to do next', () => {
    const limited = new RateLimitError({
      status: 429,
      problem: { ...problem, status: 429, title: 'Too many requests' },
      request: 'POST /v1/submissions',
      retryAfterMs: 30_000,
    });
    expect(limited.message).toBe(
      'POST /v1/submissions failed with 429 Too many requests. Wait 30 s and try again.',
    );
    expect(new AbortError('GET /v1/topics', undefined).message).toContain('aborted');
  });

  it('carry the Retry-After of any error answer', () => {
    const tooLarge = new ApiError({
      status: 413,
      problem: { ...problem, status: 413, title: 'Payload too large' },
      request: 'POST /v1/submissions',
      retryAfterMs: 1500,
    });
    expect(tooLarge.retryAfterMs).toBe(1500);
    expect(new NotFoundError({ status: 404, problem, request: 'GET /x' }).retryAfterMs).toBe(
      undefined,
    );
  });
});
