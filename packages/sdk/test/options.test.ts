import { describe, expect, it } from 'vitest';
import { createClient } from '../src/index.js';
import { apiRootOf, resolveOptions } from '../src/options.js';

describe('baseUrl', () => {
  it('gains /v1/ when it lacks it', () => {
    expect(apiRootOf('https://groups.example.org')).toBe('https://groups.example.org/v1/');
    expect(apiRootOf('https://groups.example.org/')).toBe('https://groups.example.org/v1/');
    expect(apiRootOf('https://example.org/directory')).toBe('https://example.org/directory/v1/');
  });

  it('keeps a /v1 it already has', () => {
    expect(apiRootOf('https://groups.example.org/v1')).toBe('https://groups.example.org/v1/');
    expect(apiRootOf('https://groups.example.org/v1/')).toBe('https://groups.example.org/v1/');
  });

  it('may be a path on the page’s own origin', () => {
    expect(apiRootOf('/directory')).toBe('/directory/v1/');
    expect(apiRootOf('/')).toBe('/v1/');
  });

  it('must be given', () => {
    expect(() => createClient({ baseUrl: '' })).toThrow(/needs `baseUrl`/);
  });
});

describe('defaults and checks', () => {
  it('applies the documented defaults', () => {
    const options = resolveOptions({ baseUrl: 'https://groups.example.org' });
    expect(options.timeoutMs).toBe(20_000);
    expect(options.retry).toEqual({
      limit: 2,
      baseDelayMs: 500,
      maxDelayMs: 8000,
      maxRetryAfterMs: 60_000,
    });
    expect(options.cache).toEqual({ maxEntries: 64, staleWhileRevalidateMs: 0 });
    expect(options.strict).toBe(false);
  });

  it('reads a number as the retry limit and false as none', () => {
    expect(resolveOptions({ baseUrl: '/', retry: 5 }).retry.limit).toBe(5);
    expect(resolveOptions({ baseUrl: '/', retry: false }).retry.limit).toBe(0);
  });

  it('turns the timeout and the cache off with false', () => {
    const options = resolveOptions({ baseUrl: '/', timeout: false, cache: false });
    expect(options.timeoutMs).toBeUndefined();
    expect(options.cache).toBeUndefined();
  });

  it('refuses negative or non-finite numbers, naming the option', () => {
    expect(() => resolveOptions({ baseUrl: '/', timeout: -1 })).toThrow(/timeout must be/);
    expect(() => resolveOptions({ baseUrl: '/', retry: { maxDelayMs: Number.NaN } })).toThrow(
      /retry.maxDelayMs must be/,
    );
    expect(() => resolveOptions({ baseUrl: '/', retry: { maxRetryAfterMs: -1 } })).toThrow(
      /retry.maxRetryAfterMs must be/,
    );
    expect(() => resolveOptions({ baseUrl: '/', cache: { maxEntries: -3 } })).toThrow(
      /cache.maxEntries must be/,
    );
  });
});
