import { describe, expect, it } from 'vitest';
import { AnswerCache } from '../src/http/answer-cache.js';
import { Representation } from '../src/http/representation.js';

const text = (size: number) => new Representation('x'.repeat(size), 'text/plain');

/** Offers an answer twice, as a search asked a second time: the cache keeps it then. */
function keep(
  cache: AnswerCache,
  key: string,
  revision: number,
  validUntil: number,
  answer: Representation,
): void {
  cache.set(key, revision, validUntil, answer);
  cache.set(key, revision, validUntil, answer);
}

describe('AnswerCache', () => {
  it('serves an answer while its revision and time hold', () => {
    const cache = new AnswerCache(10_000);
    const answer = text(100);
    keep(cache, 'q=a', 7, 1000, answer);
    expect(cache.get('q=a', 7, 999)).toBe(answer);
    expect(cache.get('q=b', 7, 999)).toBeUndefined();
  });

  it('keeps an answer only for a search offered before, so one-off searches pass by', () => {
    const cache = new AnswerCache(10_000);
    const answer = text(100);
    cache.set('q=once', 1, 1000, answer);
    expect(cache.get('q=once', 1, 0)).toBeUndefined();
    cache.set('q=once', 1, 1000, answer);
    expect(cache.get('q=once', 1, 0)).toBe(answer);
  });

  it('keeps the next answer at once for a search whose kept answer went stale', () => {
    const cache = new AnswerCache(10_000);
    keep(cache, 'q=a', 1, 1000, text(100));
    expect(cache.get('q=a', 2, 0)).toBeUndefined();
    const fresh = text(100);
    cache.set('q=a', 2, 1000, fresh);
    expect(cache.get('q=a', 2, 0)).toBe(fresh);
  });

  it('drops an answer once the index moves on or the clock reaches validUntil', () => {
    const cache = new AnswerCache(10_000);
    keep(cache, 'q=a', 7, 1000, text(100));
    expect(cache.get('q=a', 8, 0)).toBeUndefined();
    expect(cache.size).toBe(0);
    keep(cache, 'q=a', 8, 1000, text(100));
    expect(cache.get('q=a', 8, 1000)).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('keeps within its bytes, dropping the least recently used first', () => {
    const cache = new AnswerCache(250);
    const [a, b, c] = [text(100), text(100), text(100)];
    keep(cache, 'a', 1, Infinity, a);
    keep(cache, 'b', 1, Infinity, b);
    expect(cache.get('a', 1, 0)).toBe(a);
    keep(cache, 'c', 1, Infinity, c);
    expect(cache.get('b', 1, 0)).toBeUndefined();
    expect(cache.get('a', 1, 0)).toBe(a);
    expect(cache.get('c', 1, 0)).toBe(c);
    keep(cache, 'huge', 1, Infinity, text(300));
    expect(cache.get('huge', 1, 0)).toBeUndefined();
  });

  it('counts compressed forms against its bytes as they are made', () => {
    const [a, b] = [new Representation('{"a":1}'.repeat(200), 'application/json'), text(1000)];
    // Room for both bodies and hardly anything else.
    const cache = new AnswerCache(a.byteLength + b.byteLength + 5);
    keep(cache, 'a', 1, Infinity, a);
    keep(cache, 'b', 1, Infinity, b);
    a.encoded('gzip');
    a.encoded('br');
    // Looking a up counts its compressed forms: now over budget, b (older) goes.
    expect(cache.get('a', 1, 0)).toBe(a);
    expect(cache.get('b', 1, 0)).toBeUndefined();
  });

  it('keeps nothing with no bytes to spend', () => {
    const cache = new AnswerCache(0);
    keep(cache, 'a', 1, Infinity, text(10));
    expect(cache.size).toBe(0);
  });
});
