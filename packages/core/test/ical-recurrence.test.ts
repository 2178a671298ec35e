import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { type Group, groupToICalendar, type Schedule } from '../src/index.js';
import { validGroup } from './fixtures.js';

// Expected instants below were worked out apart from this package, from the IANA database, so
// the export is checked against an independent oracle rather than against itself.

const WINDOW_START = Date.parse('2026-02-01T00:00:00Z');
const WINDOW_END = Date.parse('2026-12-01T00:00:00Z');

function groupWith(schedules: Schedule[]): Group {
  return { ...validGroup(), schedules };
}

/** Every start of every VEVENT in [from, to), as ISO strings to the minute, per UID. */
function expandStarts(text: string, from: number, to: number): Map<string, string[]> {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const starts = new Map<string, string[]>();
  for (const component of calendar.getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(component);
    const iterator = event.iterator();
    const found: string[] = [];
    // A bounded walk: no series in these tests has more than a few hundred meetings.
    for (let step = 0; step < 2000; step += 1) {
      const next = iterator.next();
      if (next === undefined || next === null) break;
      const epochMs = next.toUnixTime() * 1000;
      if (epochMs >= to) break;
      if (epochMs >= from) found.push(new Date(epochMs).toISOString().slice(0, 16).concat('Z'));
    }
    starts.set(event.uid, found);
  }
  return starts;
}

function startsOf(group: Group, options: Parameters<typeof groupToICalendar>[1] = {}): string[] {
  const starts = expandStarts(groupToICalendar(group, options), WINDOW_START, WINDOW_END);
  return starts.get(`${group.id}.0@peer-groups`) ?? [];
}

describe('recurrence read back by an iCalendar parser', () => {
  test('New York, 2nd and 4th Wednesday, with cancelled dates, across both DST changes', () => {
    const group = groupWith([
      {
        frequency: 'monthly',
        days: ['wed'],
        weeksOfMonth: [2, 4],
        startTime: '19:00',
        endTime: '20:30',
        timeZone: 'America/New_York',
        validFrom: '2026-01-01',
        cancelledDates: ['2026-03-11', '2026-11-25', '2026-03-12'],
      },
    ]);
    expect(startsOf(group)).toEqual([
      '2026-02-12T00:00Z',
      '2026-02-26T00:00Z',
      '2026-03-25T23:00Z',
      '2026-04-08T23:00Z',
      '2026-04-22T23:00Z',
      '2026-05-13T23:00Z',
      '2026-05-27T23:00Z',
      '2026-06-10T23:00Z',
      '2026-06-24T23:00Z',
      '2026-07-08T23:00Z',
      '2026-07-22T23:00Z',
      '2026-08-12T23:00Z',
      '2026-08-26T23:00Z',
      '2026-09-09T23:00Z',
      '2026-09-23T23:00Z',
      '2026-10-14T23:00Z',
      '2026-10-28T23:00Z',
      '2026-11-12T00:00Z',
    ]);
  });

  test('London, last Friday, dated from the reference instant', () => {
    const group = groupWith([
      {
        frequency: 'monthly',
        days: ['fri'],
        weeksOfMonth: [-1],
        startTime: '18:00',
        endTime: '19:30',
        timeZone: 'Europe/London',
      },
    ]);
    expect(startsOf(group, { now: '2026-01-15T09:00:00Z' })).toEqual([
      '2026-02-27T18:00Z',
      '2026-03-27T18:00Z',
      '2026-04-24T17:00Z',
      '2026-05-29T17:00Z',
      '2026-06-26T17:00Z',
      '2026-07-31T17:00Z',
      '2026-08-28T17:00Z',
      '2026-09-25T17:00Z',
      '2026-10-30T18:00Z',
      '2026-11-27T18:00Z',
    ]);
  });

  test('Sydney, every other Monday and Thursday, across both DST changes', () => {
    const group = groupWith([
      {
        frequency: 'weekly',
        interval: 2,
        days: ['thu', 'mon'],
        startTime: '19:00',
        endTime: '20:30',
        timeZone: 'Australia/Sydney',
        validFrom: '2026-02-05',
      },
    ]);
    expect(startsOf(group)).toEqual([
      '2026-02-05T08:00Z',
      '2026-02-16T08:00Z',
      '2026-02-19T08:00Z',
      '2026-03-02T08:00Z',
      '2026-03-05T08:00Z',
      '2026-03-16T08:00Z',
      '2026-03-19T08:00Z',
      '2026-03-30T08:00Z',
      '2026-04-02T08:00Z',
      '2026-04-13T09:00Z',
      '2026-04-16T09:00Z',
      '2026-04-27T09:00Z',
      '2026-04-30T09:00Z',
      '2026-05-11T09:00Z',
      '2026-05-14T09:00Z',
      '2026-05-25T09:00Z',
      '2026-05-28T09:00Z',
      '2026-06-08T09:00Z',
      '2026-06-11T09:00Z',
      '2026-06-22T09:00Z',
      '2026-06-25T09:00Z',
      '2026-07-06T09:00Z',
      '2026-07-09T09:00Z',
      '2026-07-20T09:00Z',
      '2026-07-23T09:00Z',
      '2026-08-03T09:00Z',
      '2026-08-06T09:00Z',
      '2026-08-17T09:00Z',
      '2026-08-20T09:00Z',
      '2026-08-31T09:00Z',
      '2026-09-03T09:00Z',
      '2026-09-14T09:00Z',
      '2026-09-17T09:00Z',
      '2026-09-28T09:00Z',
      '2026-10-01T09:00Z',
      '2026-10-12T08:00Z',
      '2026-10-15T08:00Z',
      '2026-10-26T08:00Z',
      '2026-10-29T08:00Z',
      '2026-11-09T08:00Z',
      '2026-11-12T08:00Z',
      '2026-11-23T08:00Z',
      '2026-11-26T08:00Z',
    ]);
  });

  test('Kolkata (no DST), an eight-week cohort ends at validUntil', () => {
    const group = groupWith([
      {
        frequency: 'weekly',
        days: ['tue'],
        startTime: '10:00',
        endTime: '11:30',
        timeZone: 'Asia/Kolkata',
        validFrom: '2026-03-03',
        validUntil: '2026-04-21',
      },
    ]);
    expect(startsOf(group)).toEqual([
      '2026-03-03T04:30Z',
      '2026-03-10T04:30Z',
      '2026-03-17T04:30Z',
      '2026-03-24T04:30Z',
      '2026-03-31T04:30Z',
      '2026-04-07T04:30Z',
      '2026-04-14T04:30Z',
      '2026-04-21T04:30Z',
    ]);
  });

  test('London cohort across the spring change, with a cancelled week', () => {
    const group = groupWith([
      {
        frequency: 'weekly',
        days: ['thu'],
        startTime: '18:30',
        endTime: '20:00',
        timeZone: 'Europe/London',
        validFrom: '2026-03-05',
        validUntil: '2026-04-23',
        cancelledDates: ['2026-04-02'],
      },
    ]);
    expect(startsOf(group)).toEqual([
      '2026-03-05T18:30Z',
      '2026-03-12T18:30Z',
      '2026-03-19T18:30Z',
      '2026-03-26T18:30Z',
      '2026-04-09T17:30Z',
      '2026-04-16T17:30Z',
      '2026-04-23T17:30Z',
    ]);
  });

  test('a first meeting that is cancelled moves the series start to the next one', () => {
    const group = groupWith([
      {
        frequency: 'weekly',
        days: ['tue'],
        startTime: '10:00',
        endTime: '11:30',
        timeZone: 'Asia/Kolkata',
        validFrom: '2026-03-03',
        validUntil: '2026-03-24',
        cancelledDates: ['2026-03-03'],
      },
    ]);
    const text = groupToICalendar(group);
    expect(text).toContain('DTSTART;TZID=Asia/Kolkata:20260310T100000\r\n');
    expect(text).not.toContain('EXDATE');
    expect(startsOf(group)).toEqual([
      '2026-03-10T04:30Z',
      '2026-03-17T04:30Z',
      '2026-03-24T04:30Z',
    ]);
  });

  test('every meeting lasts from DTSTART to DTEND in wall time, even across a DST change', () => {
    const group = groupWith([
      {
        frequency: 'weekly',
        days: ['sat'],
        startTime: '23:00',
        endTime: '23:45',
        timeZone: 'America/New_York',
        validFrom: '2026-03-07',
        validUntil: '2026-03-14',
      },
    ]);
    const calendar = new ICAL.Component(ICAL.parse(groupToICalendar(group)));
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent') ?? undefined);
    expect(event.duration.toSeconds()).toBe(45 * 60);
  });
});
