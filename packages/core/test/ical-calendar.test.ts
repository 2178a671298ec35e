import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import {
  ExportOptionError,
  type Group,
  groupsToICalendar,
  groupToICalendar,
  InvalidScheduleError,
  type Schedule,
  UnknownTimeZoneError,
} from '../src/index.js';
import { validGroup } from './fixtures.js';

function unfoldedLines(text: string): string[] {
  return text.replace(/\r\n[ \t]/g, '').split('\r\n');
}

/** Values of a property, in the events only when the events have it (RRULE is also in zones). */
function propertyValues(text: string, name: string): string[] {
  const lines = unfoldedLines(text);
  const inEvents = name === 'RRULE' ? lines.slice(lines.indexOf('BEGIN:VEVENT')) : lines;
  return inEvents
    .filter((line) => line.startsWith(`${name}:`) || line.startsWith(`${name};`))
    .map((line) => line.slice(line.indexOf(':') + 1));
}

function withSchedules(group: Group, schedules: Schedule[]): Group {
  return { ...group, schedules };
}

const weekly: Schedule = {
  frequency: 'weekly',
  days: ['wed', 'mon'],
  startTime: '19:00',
  endTime: '20:00',
  timeZone: 'Europe/London',
};

describe('groupToICalendar: the calendar', () => {
  test('starts with the required calendar properties and ends with CRLF', () => {
    const lines = unfoldedLines(groupToICalendar(validGroup()));
    expect(lines.slice(0, 5)).toEqual([
      'BEGIN:VCALENDAR',
      'PRODID:-//peer-groups//Directory calendar export//EN',
      'VERSION:2.0',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
    ]);
    expect(lines.at(-2)).toBe('END:VCALENDAR');
    expect(lines.at(-1)).toBe('');
  });

  test('names the calendar after the group, or as told', () => {
    expect(propertyValues(groupToICalendar(validGroup()), 'NAME')).toEqual([
      'Cambridge Grief Circle',
    ]);
    expect(
      propertyValues(
        groupToICalendar(validGroup(), { calendarName: 'Grupo; duelo' }),
        'X-WR-CALNAME',
      ),
    ).toEqual(['Grupo\\; duelo']);
  });

  test('is deterministic: the same group gives the same text', () => {
    expect(groupToICalendar(validGroup())).toBe(groupToICalendar(validGroup()));
  });

  test('parses as one VCALENDAR with one VEVENT per schedule and one VTIMEZONE per zone', () => {
    const group = withSchedules(validGroup(), [
      weekly,
      { ...weekly, days: ['fri'] },
      { ...weekly, timeZone: 'America/Chicago' },
    ]);
    const calendar = new ICAL.Component(ICAL.parse(groupToICalendar(group)));
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(3);
    expect(
      calendar.getAllSubcomponents('vtimezone').map((zone) => zone.getFirstPropertyValue('tzid')),
    ).toEqual(['America/Chicago', 'Europe/London']);
  });

  test('leaves out a schedule that never meets again', () => {
    const group = withSchedules(validGroup(), [
      weekly,
      { ...weekly, validFrom: '2024-01-01', validUntil: '2024-01-02', days: ['fri'] },
    ]);
    expect(propertyValues(groupToICalendar(group), 'UID')).toEqual([
      'g-cambridge-grief.0@peer-groups',
    ]);
  });
});

describe('groupToICalendar: the events', () => {
  test('UID joins group id, schedule index and domain', () => {
    const group = withSchedules(validGroup(), [weekly, weekly]);
    expect(
      propertyValues(groupToICalendar(group, { domain: 'groups.example.org' }), 'UID'),
    ).toEqual(['g-cambridge-grief.0@groups.example.org', 'g-cambridge-grief.1@groups.example.org']);
  });

  test('DTSTAMP is the listing update time in UTC', () => {
    const group = { ...validGroup(), updatedAt: '2026-10-01T08:00:00-04:00' };
    expect(propertyValues(groupToICalendar(group), 'DTSTAMP')).toEqual(['20261001T120000Z']);
  });

  test('DTSTART and DTEND carry the TZID and the first meeting on or after validFrom', () => {
    const text = groupToICalendar(validGroup());
    expect(unfoldedLines(text)).toContain('DTSTART;TZID=America/New_York:20260113T183000');
    expect(unfoldedLines(text)).toContain('DTEND;TZID=America/New_York:20260113T200000');
  });

  test('without validFrom the series starts on or after createdAt, or now when given', () => {
    const group = withSchedules(validGroup(), [weekly]);
    expect(unfoldedLines(groupToICalendar(group))).toContain(
      'DTSTART;TZID=Europe/London:20250505T190000',
    );
    expect(
      unfoldedLines(groupToICalendar(group, { now: new Date('2026-07-01T20:00:00Z') })),
    ).toContain('DTSTART;TZID=Europe/London:20260701T190000');
  });

  test('weekly rules name the interval and days in order', () => {
    const group = withSchedules(validGroup(), [
      weekly,
      { ...weekly, interval: 2, validFrom: '2026-01-05' },
    ]);
    expect(propertyValues(groupToICalendar(group), 'RRULE')).toEqual([
      'FREQ=WEEKLY;INTERVAL=1;BYDAY=MO,WE',
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;WKST=MO',
    ]);
  });

  test('monthly rules name ordinal weekdays, the last one as -1', () => {
    const group = withSchedules(validGroup(), [
      { ...weekly, frequency: 'monthly', days: ['wed'], weeksOfMonth: [4, 2] },
      { ...weekly, frequency: 'monthly', days: ['fri'], weeksOfMonth: [-1] },
      { ...weekly, frequency: 'monthly', days: ['thu', 'tue'], weeksOfMonth: [-1, 1] },
    ]);
    expect(propertyValues(groupToICalendar(group), 'RRULE')).toEqual([
      'FREQ=MONTHLY;BYDAY=2WE,4WE',
      'FREQ=MONTHLY;BYDAY=-1FR',
      'FREQ=MONTHLY;BYDAY=1TU,1TH,-1TU,-1TH',
    ]);
  });

  test('UNTIL is the end of validUntil in the zone, in UTC', () => {
    const group = withSchedules(validGroup(), [
      { ...weekly, timeZone: 'America/New_York', validUntil: '2026-07-31' },
    ]);
    expect(propertyValues(groupToICalendar(group), 'RRULE')).toEqual([
      'FREQ=WEEKLY;INTERVAL=1;BYDAY=MO,WE;UNTIL=20260801T035959Z',
    ]);
  });

  test('EXDATE lists cancelled meetings at their start time, and only real meetings', () => {
    const group = withSchedules(validGroup(), [
      {
        ...weekly,
        validFrom: '2026-01-01',
        validUntil: '2026-06-30',
        // A Tuesday, a date after validUntil and a duplicate are not meetings to cancel.
        cancelledDates: ['2026-03-04', '2026-01-07', '2026-03-03', '2026-07-01', '2026-03-04'],
      },
    ]);
    expect(unfoldedLines(groupToICalendar(group))).toContain(
      'EXDATE;TZID=Europe/London:20260107T190000,20260304T190000',
    );
  });

  test('writes summary, description, location, geo, categories and status', () => {
    const text = groupToICalendar(validGroup());
    expect(propertyValues(text, 'SUMMARY')).toEqual(['Cambridge Grief Circle']);
    expect(propertyValues(text, 'DESCRIPTION')[0]).toMatch(
      /^A peer-led circle for adults grieving a death\.\\nNew members welcome\./,
    );
    expect(propertyValues(text, 'LOCATION')).toEqual([
      'Cambridge Public Library\\, Community Room\\, 449 Broadway\\, Cambridge\\, MA 02138\\, US',
    ]);
    expect(propertyValues(text, 'GEO')).toEqual(['42.3736;-71.1097']);
    expect(propertyValues(text, 'CATEGORIES')).toEqual(['Grief and loss,Suicide loss']);
    expect(propertyValues(text, 'STATUS')).toEqual(['CONFIRMED']);
  });

  test('labels categories in the locale asked for', () => {
    expect(propertyValues(groupToICalendar(validGroup(), { locale: 'es' }), 'CATEGORIES')).toEqual([
      'Duelo y pérdida,Pérdida por suicidio',
    ]);
  });

  test('an online group has no location and links its join page', () => {
    const group: Group = { ...validGroup(), attendance: 'online' };
    delete group.location;
    const text = groupToICalendar(group);
    expect(propertyValues(text, 'LOCATION')).toEqual([]);
    expect(propertyValues(text, 'GEO')).toEqual([]);
    expect(propertyValues(text, 'URL')).toEqual(['https://zoom.example/j/123']);
  });

  test('the listing page option wins over every other link', () => {
    const text = groupToICalendar(validGroup(), { url: 'https://groups.example.org/g/1' });
    expect(propertyValues(text, 'URL')).toEqual(['https://groups.example.org/g/1']);
  });
});

describe('groupToICalendar: only safe links', () => {
  const unsafe = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
  ];

  test('refuses an unsafe listing page with an error naming the option', () => {
    for (const url of [...unsafe, 'tel:+15555550100', 'not a url']) {
      expect(() => groupToICalendar(validGroup(), { url })).toThrow(ExportOptionError);
    }
    try {
      groupToICalendar(validGroup(), { url: unsafe[0] });
    } catch (error) {
      expect((error as ExportOptionError).option).toBe('url');
    }
  });

  test('drops unsafe links that reach it in a group, never writes them', () => {
    for (const link of unsafe) {
      const group: Group = {
        ...validGroup(),
        attendance: 'online',
        website: link,
        online: { platform: 'other', joinUrl: link },
      };
      const text = groupToICalendar(group);
      expect(text.toLowerCase()).not.toMatch(/javascript:|vbscript:|data:|file:/);
      expect(propertyValues(text, 'URL')).toEqual([]);
    }
  });

  test('writes links in their normalized form, so a line break cannot ride along', () => {
    const group: Group = { ...validGroup(), website: 'https://example.org/a\nBEGIN:VALARM b' };
    const urls = propertyValues(groupToICalendar(group), 'URL');
    expect(urls).toEqual(['https://example.org/aBEGIN:VALARM%20b']);
  });
});

describe('groupToICalendar: options', () => {
  test('refuses a domain that is not a host name', () => {
    expect(() => groupToICalendar(validGroup(), { domain: 'a b\r\nX:1' })).toThrow(/host name/);
  });

  test('refuses a reference date that is not a date', () => {
    expect(() => groupToICalendar(validGroup(), { now: 'yesterday' })).toThrow(ExportOptionError);
  });

  test('refuses a zone horizon out of range', () => {
    expect(() => groupToICalendar(validGroup(), { zoneHorizonYears: 0 })).toThrow(
      /zoneHorizonYears/,
    );
  });
});

describe('groupToICalendar: groups that skipped validation', () => {
  test('a schedule that breaks the schema gets a typed error', () => {
    const group = withSchedules(validGroup(), [{ ...weekly, startTime: '25:00' }]);
    expect(() => groupToICalendar(group)).toThrow(InvalidScheduleError);
  });

  test('an unknown zone gets a typed error', () => {
    const group = withSchedules(validGroup(), [{ ...weekly, timeZone: 'Mars/Olympus' }]);
    expect(() => groupToICalendar(group)).toThrow(UnknownTimeZoneError);
  });

  test('an id with line breaks cannot start a property', () => {
    const group = { ...validGroup(), id: 'g-1\r\nATTACH:https://evil.example' };
    const lines = unfoldedLines(groupToICalendar(group));
    expect(lines.some((line) => line.startsWith('ATTACH'))).toBe(false);
    expect(propertyValues(groupToICalendar(group), 'UID')).toEqual([
      'g-1\\nATTACH:https://evil.example.0@peer-groups',
    ]);
  });

  test('coordinates that are not numbers leave GEO out', () => {
    const group = validGroup();
    if (group.location !== undefined) group.location.coordinates = { lat: Number.NaN, lng: 0 };
    expect(propertyValues(groupToICalendar(group), 'GEO')).toEqual([]);
  });
});

describe('groupsToICalendar', () => {
  function secondGroup(): Group {
    return {
      ...validGroup(),
      id: 'g-boston-caregivers',
      slug: 'boston-caregivers',
      name: 'Boston Caregivers',
      schedules: [weekly, { ...weekly, timeZone: 'America/New_York' }],
    };
  }

  test('holds every schedule of every group and describes each zone once', () => {
    const text = groupsToICalendar([validGroup(), secondGroup()]);
    expect(propertyValues(text, 'UID')).toEqual([
      'g-cambridge-grief.0@peer-groups',
      'g-boston-caregivers.0@peer-groups',
      'g-boston-caregivers.1@peer-groups',
    ]);
    expect(propertyValues(text, 'TZID')).toEqual(['America/New_York', 'Europe/London']);
    expect(propertyValues(text, 'NAME')).toEqual([]);
  });

  test('gives each group its own listing page through a url function', () => {
    const text = groupsToICalendar([validGroup(), secondGroup()], {
      url: (group) => `https://groups.example.org/g/${group.slug}`,
    });
    expect(propertyValues(text, 'URL')).toEqual([
      'https://groups.example.org/g/cambridge-grief-circle',
      'https://groups.example.org/g/boston-caregivers',
      'https://groups.example.org/g/boston-caregivers',
    ]);
  });

  test('parses back with every event resolvable in its zone', () => {
    const calendar = new ICAL.Component(
      ICAL.parse(groupsToICalendar([validGroup(), secondGroup()])),
    );
    for (const component of calendar.getAllSubcomponents('vevent')) {
      const event = new ICAL.Event(component);
      expect(event.startDate.zone?.tzid).toBe(
        component.getFirstProperty('dtstart')?.getParameter('tzid'),
      );
    }
  });
});
