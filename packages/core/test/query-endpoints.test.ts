import { describe, expect, it } from 'vitest';
import {
  meetingsQueryToParams,
  parseMeetingsParams,
  parsePlacesParams,
  parseSubmissionQueueParams,
  placesQueryToParams,
  resolveMeetingsWindow,
  submissionQueueQueryToParams,
} from '../src/index.js';

const NOW = Date.parse('2026-03-01T12:00:00Z');

function meetings(query: string) {
  return parseMeetingsParams(new URLSearchParams(query), { now: NOW });
}

describe('meetings window', () => {
  it('accepts no window at all: the server lists the next 30 days', () => {
    expect(meetings('')).toEqual({ ok: true, query: {} });
  });

  it('accepts dates and date-times with an offset', () => {
    expect(meetings('from=2026-03-01&to=2026-03-31T23:59:00-04:00')).toEqual({
      ok: true,
      query: { from: '2026-03-01', to: '2026-03-31T23:59:00-04:00' },
    });
  });

  it('writes from, then to, and reads them back', () => {
    const params = meetingsQueryToParams({ to: '2026-04-01', from: '2026-03-02T09:00:00Z' });
    expect(params.toString()).toBe('from=2026-03-02T09%3A00%3A00Z&to=2026-04-01');
    expect(meetings(params.toString())).toEqual({
      ok: true,
      query: { from: '2026-03-02T09:00:00Z', to: '2026-04-01' },
    });
  });

  it('refuses a date-time without an offset, and says how to write one', () => {
    expect(meetings('from=2026-03-01T10:00:00')).toEqual({
      ok: false,
      invalidParams: [
        {
          name: 'from',
          reason:
            'must be a date "YYYY-MM-DD" or a date-time with an offset, such as "2026-03-10T18:30:00-05:00"',
        },
      ],
    });
  });

  it('refuses impossible dates', () => {
    expect(meetings('to=2026-02-30').ok).toBe(false);
  });

  it('refuses a to that is not after from', () => {
    expect(meetings('from=2026-05-01&to=2026-04-01')).toEqual({
      ok: false,
      invalidParams: [{ name: 'to', reason: 'must be after from' }],
    });
  });

  it('counts a date to as the whole of that day', () => {
    expect(meetings('from=2026-05-01&to=2026-05-01').ok).toBe(true);
  });

  it('refuses a to in the past when from defaults to now', () => {
    expect(meetings('to=2026-01-01')).toEqual({
      ok: false,
      invalidParams: [{ name: 'to', reason: 'must be after from (from defaults to now)' }],
    });
  });

  it('accepts a window of exactly 366 days and refuses a longer one', () => {
    expect(meetings('from=2026-01-01&to=2027-01-01').ok).toBe(true);
    expect(meetings('from=2026-01-01&to=2027-01-02')).toEqual({
      ok: false,
      invalidParams: [
        { name: 'to', reason: 'the window spans 367 days; ask for at most 366 days at a time' },
      ],
    });
  });

  it('counts the default from when only to is given', () => {
    const result = meetings('to=2027-06-01');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.invalidParams[0]?.reason).toMatch(/from defaults to now/);
  });

  it('refuses unknown and repeated parameters', () => {
    expect(meetings('from=2026-03-01&from=2026-03-02&until=2026-04-01')).toEqual({
      ok: false,
      invalidParams: [
        { name: 'from', reason: 'given 2 times; send it once' },
        { name: 'until', reason: 'unknown parameter; known parameters are from, to' },
      ],
    });
  });
});

describe('places query', () => {
  it('reads q and an upper-case country', () => {
    expect(parsePlacesParams(new URLSearchParams('q=02138&country=US'))).toEqual({
      ok: true,
      query: { q: '02138', country: 'US' },
    });
  });

  it('reads a lower-case country as upper case', () => {
    const result = parsePlacesParams(new URLSearchParams('q=Cambridge&country=gb'));
    expect(result.ok && result.query.country).toBe('GB');
  });

  it('writes q, then country', () => {
    expect(placesQueryToParams({ country: 'US', q: 'Cambridge, MA' }).toString()).toBe(
      'q=Cambridge%2C+MA&country=US',
    );
  });

  it('requires q', () => {
    expect(parsePlacesParams(new URLSearchParams('country=US'))).toEqual({
      ok: false,
      invalidParams: [{ name: 'q', reason: 'is required' }],
    });
  });

  it('refuses a blank q and a malformed country', () => {
    expect(parsePlacesParams(new URLSearchParams('q=%20&country=USA'))).toEqual({
      ok: false,
      invalidParams: [
        { name: 'q', reason: 'must name a place or a postal code' },
        { name: 'country', reason: 'must be an ISO 3166-1 alpha-2 country code such as "US"' },
      ],
    });
  });
});

describe('submission queue query', () => {
  it('reads status, limit and cursor', () => {
    expect(
      parseSubmissionQueueParams(new URLSearchParams('status=pending&limit=50&cursor=xyz')),
    ).toEqual({ ok: true, query: { status: 'pending', limit: 50, cursor: 'xyz' } });
  });

  it('writes status, limit, cursor in that order', () => {
    expect(
      submissionQueueQueryToParams({ cursor: 'xyz', limit: 5, status: 'rejected' }).toString(),
    ).toBe('status=rejected&limit=5&cursor=xyz');
  });

  it('names an unknown status and the allowed ones', () => {
    expect(parseSubmissionQueueParams(new URLSearchParams('status=open'))).toEqual({
      ok: false,
      invalidParams: [
        {
          name: 'status',
          reason: 'unknown value "open"; allowed values are pending, approved, rejected',
        },
      ],
    });
  });

  it('refuses a limit out of range', () => {
    expect(parseSubmissionQueueParams(new URLSearchParams('limit=1000'))).toEqual({
      ok: false,
      invalidParams: [{ name: 'limit', reason: 'must be at most 100' }],
    });
  });
});

describe('resolveMeetingsWindow', () => {
  const timeZone = 'America/New_York';

  it('defaults to now and the 30 days after', () => {
    expect(resolveMeetingsWindow({}, { timeZone, now: NOW })).toEqual({
      start: NOW,
      end: NOW + 30 * 86_400_000,
    });
  });

  it('reads date bounds as whole local days in the group time zone', () => {
    expect(resolveMeetingsWindow({ from: '2026-01-10', to: '2026-01-11' }, { timeZone })).toEqual({
      start: Date.parse('2026-01-10T05:00:00Z'),
      end: Date.parse('2026-01-12T05:00:00Z'),
    });
  });

  it('counts the day clocks spring forward as the 23 hours it has', () => {
    const window = resolveMeetingsWindow({ from: '2026-03-08', to: '2026-03-08' }, { timeZone });
    expect(window).toEqual({
      start: Date.parse('2026-03-08T05:00:00Z'),
      end: Date.parse('2026-03-09T04:00:00Z'),
    });
  });

  it('takes date-time bounds as the instants they name', () => {
    expect(
      resolveMeetingsWindow({ from: '2026-03-02T09:00:00+01:00' }, { timeZone, now: NOW }),
    ).toEqual({
      start: Date.parse('2026-03-02T08:00:00Z'),
      end: Date.parse('2026-03-02T08:00:00Z') + 30 * 86_400_000,
    });
  });
});
