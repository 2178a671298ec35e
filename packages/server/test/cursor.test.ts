import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, InvalidCursorError } from '../src/search/cursor.js';

describe('search cursors', () => {
  const payload = {
    sort: 'distance' as const,
    queryDigest: 'abc',
    after: { primary: 12.5, name: 'grief circle', id: 'g1' },
  };

  it('round-trips the key of the last result', () => {
    expect(decodeCursor(encodeCursor(payload), 'distance', 'abc')).toEqual(payload.after);
  });

  it('round-trips a key that sorts last', () => {
    const cursor = encodeCursor({ ...payload, after: { primary: null, name: 'x', id: 'g2' } });
    expect(decodeCursor(cursor, 'distance', 'abc')).toEqual({ name: 'x', id: 'g2' });
  });

  it('is base64url text', () => {
    expect(encodeCursor(payload)).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('refuses a cursor of another search or order', () => {
    const cursor = encodeCursor(payload);
    expect(() => decodeCursor(cursor, 'distance', 'other')).toThrow(InvalidCursorError);
    expect(() => decodeCursor(cursor, 'name', 'abc')).toThrow(InvalidCursorError);
  });

  it('refuses edited, truncated and foreign cursors', () => {
    const cursor = encodeCursor(payload);
    const text = Buffer.from(cursor, 'base64url').toString('utf8').replace('12.5', '99');
    for (const bad of [
      Buffer.from(text).toString('base64url'),
      cursor.slice(0, -4),
      'abc',
      'has spaces',
      Buffer.from('[1,"distance","abc",1,"x"]').toString('base64url'),
    ]) {
      expect(() => decodeCursor(bad, 'distance', 'abc')).toThrow(InvalidCursorError);
    }
  });
});
