import { describe, expect, test } from 'vitest';
import {
  ExportOptionError,
  type Group,
  groupToJsonLd,
  type JsonLdPlace,
  type JsonLdVirtualLocation,
  jsonLdScriptText,
} from '../src/index.js';
import { validGroup } from './fixtures.js';

function inPersonGroup(): Group {
  const group: Group = { ...validGroup(), attendance: 'inPerson' };
  delete group.online;
  return group;
}

function onlineGroup(): Group {
  const group: Group = { ...validGroup(), attendance: 'online' };
  delete group.location;
  return group;
}

describe('groupToJsonLd: the event', () => {
  test('is a schema.org EventSeries with name, description, status and context', () => {
    const jsonLd = groupToJsonLd(validGroup());
    expect(jsonLd['@context']).toBe('https://schema.org');
    expect(jsonLd['@type']).toBe('EventSeries');
    expect(jsonLd.name).toBe('Cambridge Grief Circle');
    expect(jsonLd.description).toBe(validGroup().description);
    expect(jsonLd.eventStatus).toBe('https://schema.org/EventScheduled');
  });

  test('starts at the first meeting on or after validFrom, with its offset', () => {
    expect(groupToJsonLd(validGroup()).startDate).toBe('2026-01-13T18:30:00-05:00');
  });

  test('starts at the first meeting on or after now for schedules without validFrom', () => {
    const group = validGroup();
    group.schedules = [
      {
        frequency: 'weekly',
        days: ['thu'],
        startTime: '19:00',
        endTime: '20:00',
        timeZone: 'Europe/London',
      },
    ];
    expect(groupToJsonLd(group, { now: '2026-07-01T12:00:00Z' }).startDate).toBe(
      '2026-07-02T19:00:00+01:00',
    );
    expect(groupToJsonLd(group).startDate).toBe('2025-05-01T19:00:00+01:00');
  });

  test('has an endDate only when every schedule ends', () => {
    const group = validGroup();
    expect(groupToJsonLd(group).endDate).toBeUndefined();
    group.schedules = [
      { ...(group.schedules[0] as Group['schedules'][0]), validUntil: '2026-06-30' },
      { ...(group.schedules[0] as Group['schedules'][0]), validUntil: '2026-09-30' },
    ];
    expect(groupToJsonLd(group).endDate).toBe('2026-09-30');
  });

  test('labels topics and audience in the locale asked for', () => {
    const jsonLd = groupToJsonLd(validGroup(), { locale: 'es' });
    expect(jsonLd.about).toEqual([
      { '@type': 'Thing', name: 'Duelo y pérdida' },
      { '@type': 'Thing', name: 'Pérdida por suicidio' },
    ]);
    expect(jsonLd.keywords).toBe('Duelo y pérdida, Pérdida por suicidio');
    expect(jsonLd.audience).toEqual({
      '@type': 'PeopleAudience',
      audienceType: 'Personas mayores',
      suggestedMinAge: 18,
    });
  });

  test('writes organizer, languages and cost', () => {
    const jsonLd = groupToJsonLd(validGroup());
    expect(jsonLd.organizer).toEqual({
      '@type': 'Organization',
      name: 'Cambridge Bereavement Network',
      url: 'https://example.org/cbn',
    });
    expect(jsonLd.inLanguage).toEqual(['en', 'es']);
    expect(jsonLd.isAccessibleForFree).toBe(true);
    expect(groupToJsonLd({ ...validGroup(), languages: ['es-MX'] }).inLanguage).toBe('es-MX');
    expect(groupToJsonLd({ ...validGroup(), cost: 'fee' }).isAccessibleForFree).toBe(false);
    expect(groupToJsonLd({ ...validGroup(), cost: 'donation' }).isAccessibleForFree).toBe(true);
  });

  test('links the listing page when given, else the website', () => {
    expect(groupToJsonLd(validGroup()).url).toBe('https://example.org/grief-circle');
    expect(groupToJsonLd(validGroup(), { url: 'https://groups.example.org/g/1' }).url).toBe(
      'https://groups.example.org/g/1',
    );
  });
});

describe('groupToJsonLd: eventSchedule', () => {
  test('monthly 2nd and 4th weekday: P1M with byDay and byMonthWeek', () => {
    expect(groupToJsonLd(validGroup()).eventSchedule).toEqual([
      {
        '@type': 'Schedule',
        repeatFrequency: 'P1M',
        byDay: ['https://schema.org/Tuesday'],
        byMonthWeek: [2, 4],
        startTime: '18:30',
        endTime: '20:00',
        duration: 'PT1H30M',
        scheduleTimezone: 'America/New_York',
        startDate: '2026-01-01',
        exceptDate: ['2026-12-22'],
      },
    ]);
  });

  test('every other week: P2W with days in order and the validity window', () => {
    const group = validGroup();
    group.schedules = [
      {
        frequency: 'weekly',
        interval: 2,
        days: ['thu', 'mon'],
        startTime: '10:00',
        endTime: '10:45',
        timeZone: 'Australia/Sydney',
        validFrom: '2026-03-03',
        validUntil: '2026-04-21',
      },
    ];
    expect(groupToJsonLd(group).eventSchedule).toEqual([
      {
        '@type': 'Schedule',
        repeatFrequency: 'P2W',
        byDay: ['https://schema.org/Monday', 'https://schema.org/Thursday'],
        startTime: '10:00',
        endTime: '10:45',
        duration: 'PT45M',
        scheduleTimezone: 'Australia/Sydney',
        startDate: '2026-03-03',
        endDate: '2026-04-21',
      },
    ]);
  });

  test('the last week of the month is written in iCalendar BYDAY syntax', () => {
    const group = validGroup();
    group.schedules = [
      {
        frequency: 'monthly',
        days: ['fri'],
        weeksOfMonth: [-1, 1],
        startTime: '18:00',
        endTime: '20:00',
        timeZone: 'Europe/London',
      },
    ];
    const [schedule] = groupToJsonLd(group).eventSchedule;
    expect(schedule?.byDay).toEqual(['1FR', '-1FR']);
    expect(schedule?.byMonthWeek).toBeUndefined();
    expect(schedule?.duration).toBe('PT2H');
  });

  test('one Schedule per schedule', () => {
    const group = validGroup();
    const first = group.schedules[0] as Group['schedules'][0];
    group.schedules = [first, { ...first, days: ['thu'] }];
    expect(groupToJsonLd(group).eventSchedule).toHaveLength(2);
  });
});

describe('groupToJsonLd: attendance modes and locations', () => {
  const place: JsonLdPlace = {
    '@type': 'Place',
    name: 'Cambridge Public Library, Community Room',
    address: {
      '@type': 'PostalAddress',
      streetAddress: '449 Broadway',
      addressLocality: 'Cambridge',
      addressRegion: 'MA',
      postalCode: '02138',
      addressCountry: 'US',
    },
    geo: { '@type': 'GeoCoordinates', latitude: 42.3736, longitude: -71.1097 },
  };
  const virtual: JsonLdVirtualLocation = {
    '@type': 'VirtualLocation',
    url: 'https://zoom.example/j/123',
  };

  test('in person: offline, a Place with address and coordinates', () => {
    const jsonLd = groupToJsonLd(inPersonGroup());
    expect(jsonLd.eventAttendanceMode).toBe('https://schema.org/OfflineEventAttendanceMode');
    expect(jsonLd.location).toEqual([place]);
  });

  test('online: online, a VirtualLocation with the join link', () => {
    const jsonLd = groupToJsonLd(onlineGroup());
    expect(jsonLd.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode');
    expect(jsonLd.location).toEqual([virtual]);
  });

  test('hybrid: mixed, both the Place and the VirtualLocation', () => {
    const jsonLd = groupToJsonLd(validGroup());
    expect(jsonLd.eventAttendanceMode).toBe('https://schema.org/MixedEventAttendanceMode');
    expect(jsonLd.location).toEqual([place, virtual]);
  });

  test('an online group joined by phone only has a VirtualLocation without url', () => {
    const group = onlineGroup();
    group.online = { platform: 'phone', dialIn: '+1 617-555-0100' };
    expect(groupToJsonLd(group).location).toEqual([{ '@type': 'VirtualLocation' }]);
  });
});

describe('groupToJsonLd: only safe links', () => {
  const unsafe = ['javascript:alert(1)', 'data:text/html,x', 'vbscript:x', 'tel:+15555550100'];

  test('drops unsafe links that reach it in a group', () => {
    for (const link of unsafe) {
      const group: Group = {
        ...onlineGroup(),
        website: link,
        online: { platform: 'other', joinUrl: link },
        organization: { name: 'Org', url: link },
      };
      const text = JSON.stringify(groupToJsonLd(group));
      expect(text).not.toMatch(/javascript:|vbscript:|data:|tel:/);
    }
  });

  test('refuses an unsafe listing page', () => {
    expect(() => groupToJsonLd(validGroup(), { url: 'javascript:alert(1)' })).toThrow(
      ExportOptionError,
    );
  });

  test('refuses a reference date that is not a date', () => {
    expect(() => groupToJsonLd(validGroup(), { now: Number.NaN })).toThrow(/now must be/);
  });
});

describe('jsonLdScriptText', () => {
  const hostile = '</script><script>alert(1)</script><!-- & \u2028\u2029 "quoted" \\ 💬';

  test('escapes every character that could end the script element', () => {
    const text = jsonLdScriptText({ name: hostile });
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(text.toLowerCase()).not.toContain('</script');
    expect(text).toContain('\\u003c/script\\u003e');
    expect(text).toContain('\\u0026');
    expect(text).toContain('\\u2028\\u2029');
  });

  test('is valid JSON that round-trips to the same value', () => {
    const group: Group = { ...validGroup(), name: hostile, description: `${hostile}\n${hostile}` };
    const jsonLd = groupToJsonLd(group);
    const text = jsonLdScriptText(jsonLd);
    expect(JSON.parse(text)).toEqual(jsonLd);
  });

  test('escapes keys as well as values', () => {
    expect(JSON.parse(jsonLdScriptText({ '<b>': ['&'] }))).toEqual({ '<b>': ['&'] });
  });

  test('refuses what JSON cannot hold, with a TypeError', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => jsonLdScriptText(cyclic)).toThrow(TypeError);
    expect(() => jsonLdScriptText(() => 1)).toThrow(TypeError);
  });
});
