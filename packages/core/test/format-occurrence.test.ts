import { describe, expect, it } from 'vitest';
import {
  formatOccurrence,
  nextOccurrence,
  type Occurrence,
  toMeetingOccurrence,
} from '../src/schedule/index.js';
import type { Schedule } from '../src/schemas/index.js';
import { InvalidInstantError, UnknownTimeZoneError } from '../src/time/index.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** ICU spaces times with narrow and thin no-break spaces; tests read them as plain spaces. */
const plain = (text: string) => text.replace(/\s/gu, ' ');

const denverWednesdays: Schedule = {
  frequency: 'weekly',
  days: ['wed'],
  startTime: '18:30',
  endTime: '20:00',
  timeZone: 'America/Denver',
};
// Wednesday 2026-03-11, 18:30-20:00 MDT in Denver: 00:30-02:00 UTC on Thursday 12,
// 01:30-03:00 CET in Madrid.
const meeting = nextOccurrence([denverWednesdays], Date.UTC(2026, 2, 10)) as Occurrence;

describe('formatOccurrence for a viewer in the group zone', () => {
  const inDenver = { locale: 'en', timeZone: 'America/Denver' };

  it('says Today for a meeting later today', () => {
    const formatted = formatOccurrence(meeting, { ...inDenver, now: meeting.start - 5 * HOUR });
    expect(formatted).toMatchObject({ day: 'Today', daysFromToday: 0, status: 'upcoming' });
    expect(plain(formatted.time)).toBe('6:30 – 8:00 PM');
    expect(plain(formatted.text)).toBe('Today, 6:30 – 8:00 PM');
    expect(formatted.statusText).toBeNull();
  });

  it('says Tomorrow for a meeting tomorrow', () => {
    const formatted = formatOccurrence(meeting, { ...inDenver, now: meeting.start - DAY });
    expect(formatted).toMatchObject({ day: 'Tomorrow', daysFromToday: 1 });
  });

  it('gives weekday and date further out, without the year of this year', () => {
    const formatted = formatOccurrence(meeting, { ...inDenver, now: meeting.start - 5 * DAY });
    expect(formatted.day).toBe('Wednesday, March 11');
    expect(formatted.daysFromToday).toBe(5);
  });

  it('adds the year when the meeting is in another year', () => {
    const formatted = formatOccurrence(meeting, { ...inDenver, now: Date.UTC(2025, 11, 1) });
    expect(formatted.day).toBe('Wednesday, March 11, 2026');
  });

  it('flags a meeting starting within the hour', () => {
    const formatted = formatOccurrence(meeting, { ...inDenver, now: meeting.start - 30 * MINUTE });
    expect(formatted.status).toBe('starting-soon');
    expect(plain(formatted.text)).toBe('Today, 6:30 – 8:00 PM (starts within the hour)');
  });

  it('flags a meeting exactly an hour away as starting soon, but not one further', () => {
    expect(formatOccurrence(meeting, { ...inDenver, now: meeting.start - HOUR }).status).toBe(
      'starting-soon',
    );
    expect(formatOccurrence(meeting, { ...inDenver, now: meeting.start - HOUR - 1 }).status).toBe(
      'upcoming',
    );
  });

  it('flags a meeting in progress, from its start until its end', () => {
    for (const now of [meeting.start, meeting.end - 1]) {
      const formatted = formatOccurrence(meeting, { ...inDenver, now });
      expect(formatted.status).toBe('in-progress');
      expect(formatted.statusText).toBe('happening now');
    }
  });

  it('says a meeting that is over has ended, without a label', () => {
    const formatted = formatOccurrence(meeting, { ...inDenver, now: meeting.end });
    expect(formatted).toMatchObject({ status: 'ended', statusText: null });
  });
});

describe('formatOccurrence for a viewer in another zone', () => {
  it('shows a Denver evening meeting as Madrid early morning, the next day', () => {
    const formatted = formatOccurrence(meeting, {
      locale: 'en',
      timeZone: 'Europe/Madrid',
      now: Date.UTC(2026, 2, 11, 12),
    });
    expect(formatted.day).toBe('Tomorrow');
    expect(plain(formatted.time)).toBe('1:30 – 3:00 AM');
  });

  it('speaks Spanish with Hoy and Mañana', () => {
    const base = { locale: 'es', timeZone: 'Europe/Madrid' };
    const today = formatOccurrence(meeting, { ...base, now: meeting.start - 30 * MINUTE });
    expect(plain(today.text)).toBe('Hoy, 1:30–3:00 (empieza en menos de una hora)');
    const tomorrow = formatOccurrence(meeting, { ...base, now: Date.UTC(2026, 2, 11, 12) });
    expect(tomorrow.day).toBe('Mañana');
    const later = formatOccurrence(meeting, { ...base, now: Date.UTC(2026, 2, 5) });
    expect(later.day).toBe('Jueves, 12 de marzo');
  });

  it('names the viewer zone, and puts it in the text on request', () => {
    const formatted = formatOccurrence(meeting, {
      locale: 'en',
      timeZone: 'Asia/Kolkata',
      now: meeting.start - 2 * DAY,
      withTimeZone: true,
    });
    expect(formatted.timeZoneName).toBe('GMT+5:30');
    expect(plain(formatted.text)).toBe('Thursday, March 12, 6:00 – 7:30 AM GMT+5:30');
  });

  it('writes a range past midnight in the viewer zone without repeating dates', () => {
    // 00:30-02:00 UTC is 23:30-01:00 in Cape Verde (UTC-1 all year).
    const formatted = formatOccurrence(meeting, {
      locale: 'en',
      timeZone: 'Atlantic/Cape_Verde',
      now: meeting.start - 3 * DAY,
    });
    expect(formatted.day).toBe('Wednesday, March 11');
    expect(plain(formatted.time)).toBe('11:30 PM – 1:00 AM');
  });

  it('accepts the wire form of an occurrence', () => {
    const options = { locale: 'en', timeZone: 'Europe/Madrid', now: meeting.start - HOUR };
    expect(formatOccurrence(toMeetingOccurrence(meeting), options)).toEqual(
      formatOccurrence(meeting, options),
    );
  });
});

describe('formatOccurrence defaults and errors', () => {
  it('speaks English for a language without a table', () => {
    const formatted = formatOccurrence(meeting, {
      locale: 'de',
      timeZone: 'America/Denver',
      now: meeting.start - DAY,
    });
    expect(formatted.day).toBe('Tomorrow');
  });

  it('shows times in the runtime zone when none is given', () => {
    const runtimeZone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    const now = meeting.start - DAY;
    expect(formatOccurrence(meeting, { now })).toEqual(
      formatOccurrence(meeting, { now, timeZone: runtimeZone }),
    );
  });

  it('judges the status against the clock when no moment is given', () => {
    const longAgo: Occurrence = {
      ...meeting,
      start: Date.UTC(2000, 0, 5),
      end: Date.UTC(2000, 0, 5, 1),
    };
    expect(formatOccurrence(longAgo, { timeZone: 'UTC' }).status).toBe('ended');
  });

  it('refuses a wire occurrence whose start is not a date-time', () => {
    const broken = { ...toMeetingOccurrence(meeting), start: 'next Wednesday' };
    expect(() => formatOccurrence(broken, { now: 0 })).toThrow(InvalidInstantError);
  });

  it('refuses a viewer zone the runtime does not know', () => {
    expect(() => formatOccurrence(meeting, { timeZone: 'Local/Time', now: 0 })).toThrow(
      UnknownTimeZoneError,
    );
  });
});
