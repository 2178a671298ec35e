import { describe, expect, it } from 'vitest';
import { chooseCoding } from '../src/http/content-coding.js';
import { accepts } from '../src/http/negotiate.js';
import { jsonPointer } from '../src/http/request-body.js';
import { TokenBuckets } from '../src/http/token-bucket.js';

describe('chooseCoding', () => {
  it('prefers brotli, then gzip', () => {
    expect(chooseCoding('gzip, deflate, br')).toBe('br');
    expect(chooseCoding('gzip')).toBe('gzip');
  });

  it('follows q-values, and q=0 refuses a coding', () => {
    expect(chooseCoding('br;q=0.5, gzip;q=0.9')).toBe('gzip');
    expect(chooseCoding('br;q=0, gzip;q=0')).toBeUndefined();
    expect(chooseCoding('*;q=0.3')).toBe('br');
  });

  it('sends identity when nothing usable is accepted', () => {
    expect(chooseCoding(undefined)).toBeUndefined();
    expect(chooseCoding('identity')).toBeUndefined();
    expect(chooseCoding('deflate')).toBeUndefined();
  });
});

describe('accepts', () => {
  it('accepts when there is no Accept header', () => {
    expect(accepts(undefined, 'application/json')).toBe(true);
    expect(accepts('', 'application/json')).toBe(true);
  });

  it('matches exact types, type wildcards and */*', () => {
    expect(accepts('application/json', 'application/json')).toBe(true);
    expect(accepts('application/*', 'application/json')).toBe(true);
    expect(accepts('text/html, */*;q=0.8', 'application/json')).toBe(true);
    expect(accepts('text/html', 'application/json')).toBe(false);
  });

  it('treats q=0 as refusal', () => {
    expect(accepts('application/json;q=0', 'application/json')).toBe(false);
  });
});

describe('jsonPointer', () => {
  it('escapes ~ and / in keys (RFC 6901)', () => {
    expect(jsonPointer(['listing', 'schedules', 0, 'a/b~c'])).toBe('/listing/schedules/0/a~1b~0c');
  });
});

describe('TokenBuckets', () => {
  it('lets a burst through, then refuses with the wait', () => {
    const buckets = new TokenBuckets({ capacity: 3, refillPerSecond: 0.5 });
    for (let index = 0; index < 3; index += 1) expect(buckets.take('a', 0).allowed).toBe(true);
    expect(buckets.take('a', 0)).toEqual({ allowed: false, retryAfterSeconds: 2 });
  });

  it('refills over time, up to the capacity', () => {
    const buckets = new TokenBuckets({ capacity: 2, refillPerSecond: 1 });
    buckets.take('a', 0);
    buckets.take('a', 0);
    expect(buckets.take('a', 500).allowed).toBe(false);
    expect(buckets.take('a', 1600).allowed).toBe(true);
    expect(buckets.take('a', 100_000).allowed).toBe(true);
    expect(buckets.take('a', 100_000).allowed).toBe(true);
    expect(buckets.take('a', 100_000).allowed).toBe(false);
  });

  it('keeps clients apart', () => {
    const buckets = new TokenBuckets({ capacity: 1, refillPerSecond: 1 });
    expect(buckets.take('a', 0).allowed).toBe(true);
    expect(buckets.take('b', 0).allowed).toBe(true);
    expect(buckets.take('a', 0).allowed).toBe(false);
  });

  it('forgets the least recently seen clients beyond its bound', () => {
    const buckets = new TokenBuckets({ capacity: 1, refillPerSecond: 0.001 }, { maxClients: 2 });
    buckets.take('a', 0);
    buckets.take('b', 0);
    buckets.take('c', 0);
    // "a" was forgotten, so it starts again with a full bucket.
    expect(buckets.take('a', 0).allowed).toBe(true);
    expect(buckets.take('c', 0).allowed).toBe(false);
  });

  it('refuses a policy that could never allow a request', () => {
    expect(() => new TokenBuckets({ capacity: 0, refillPerSecond: 1 })).toThrow(RangeError);
    expect(() => new TokenBuckets({ capacity: 1, refillPerSecond: 0 })).toThrow(RangeError);
  });
});
