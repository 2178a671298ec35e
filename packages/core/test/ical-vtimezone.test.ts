import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { serializeLines } from '../src/ical/content-line.js';
import { vtimezoneLines, type ZoneCoverage } from '../src/ical/vtimezone.js';
import { zoneTransitions } from '../src/ical/zone-transitions.js';
import { offsetMinutesAt, wallTimeAt } from '../src/time/zone.js';

function parseZone(timeZone: string, coverage: ZoneCoverage) {
  const text = serializeLines([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//test//EN',
    ...vtimezoneLines(timeZone, coverage),
    'END:VCALENDAR',
  ]);
  const component = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vtimezone');
  if (component === null) throw new Error('no VTIMEZONE written');
  return component;
}

function observances(component: ICAL.Component) {
  const textOf = (observance: ICAL.Component, name: string) =>
    observance
      .getFirstProperty(name)
      ?.toICALString()
      .replace(/^[^:]*:/, '') ?? '';
  return component.getAllSubcomponents().map((observance) => ({
    kind: observance.name,
    start: textOf(observance, 'dtstart'),
    from: textOf(observance, 'tzoffsetfrom'),
    to: textOf(observance, 'tzoffsetto'),
    rrule: textOf(observance, 'rrule'),
  }));
}

/**
 * A test for instants whose wall time the clocks show twice (a fall-back overlap), which no
 * zone description can map back one way.
 */
function overlapTest(timeZone: string, instants: number[]): (instant: number) => boolean {
  const from = Math.min(...instants) - 86_400_000;
  const to = Math.max(...instants) + 86_400_000;
  const overlaps = zoneTransitions(timeZone, from, to)
    .filter(({ offsetFrom, offsetTo }) => offsetFrom > offsetTo)
    .map(({ at, offsetFrom, offsetTo }) => {
      const overlapMs = (offsetFrom - offsetTo) * 60_000;
      return [at - overlapMs, at + overlapMs] as const;
    });
  return (instant) => overlaps.some(([start, end]) => instant >= start && instant < end);
}

/**
 * Reads the runtime's wall time at each instant back through the VTIMEZONE (local time to UTC,
 * the direction event expansion uses) and lists the instants that do not come back.
 */
function mismatches(timeZone: string, coverage: ZoneCoverage, instants: number[]): string[] {
  const zone = new ICAL.Timezone(parseZone(timeZone, coverage));
  const isInOverlap = overlapTest(timeZone, instants);
  const wrong: string[] = [];
  for (const instant of instants) {
    if (isInOverlap(instant)) continue;
    const wall = wallTimeAt(timeZone, instant);
    const local = ICAL.Time.fromData({ ...wall, isDate: false }, zone);
    const readBack = local.toUnixTime() * 1000;
    if (readBack !== instant) {
      wrong.push(
        `${new Date(instant).toISOString()} read back as ${new Date(readBack).toISOString()}`,
      );
    }
  }
  return wrong;
}

/**
 * Instants to check over the covered years (from the second, which events may use): every 79
 * hours (so, over weeks, every hour of the day), and every hour for a day and a half either side
 * of each change, where a wrong rule would show.
 */
function sampleInstants(timeZone: string, coverage: ZoneCoverage): number[] {
  const hour = 3_600_000;
  const from = Date.UTC(coverage.fromYear + 1, 0, 1);
  const to = Date.UTC(coverage.toYear + 1, 0, 1);
  const instants: number[] = [];
  for (let instant = from; instant < to; instant += 79 * hour) instants.push(instant);
  for (const { at } of zoneTransitions(timeZone, from, to)) {
    for (let offset = -36 * hour; offset <= 36 * hour; offset += hour) instants.push(at + offset);
    instants.push(at - 1000);
  }
  return instants;
}

describe('zoneTransitions', () => {
  test('finds New York changes of 2026 to the second', () => {
    const transitions = zoneTransitions(
      'America/New_York',
      Date.UTC(2026, 0, 1),
      Date.UTC(2027, 0, 1),
    );
    expect(transitions).toEqual([
      { at: Date.parse('2026-03-08T07:00:00Z'), offsetFrom: -300, offsetTo: -240 },
      { at: Date.parse('2026-11-01T06:00:00Z'), offsetFrom: -240, offsetTo: -300 },
    ]);
  });

  test('finds none in a zone without DST', () => {
    expect(zoneTransitions('Asia/Kolkata', Date.UTC(2020, 0, 1), Date.UTC(2030, 0, 1))).toEqual([]);
  });

  test('each change really changes the offset at that second', () => {
    for (const { at, offsetFrom, offsetTo } of zoneTransitions(
      'Australia/Lord_Howe',
      Date.UTC(2025, 0, 1),
      Date.UTC(2028, 0, 1),
    )) {
      expect(offsetMinutesAt('Australia/Lord_Howe', at - 1000)).toBe(offsetFrom);
      expect(offsetMinutesAt('Australia/Lord_Howe', at)).toBe(offsetTo);
    }
  });
});

describe('vtimezoneLines rules', () => {
  test('New York: second Sunday of March, first Sunday of November', () => {
    expect(observances(parseZone('America/New_York', { fromYear: 2025, toYear: 2036 }))).toEqual([
      {
        kind: 'standard',
        start: '20251102T020000',
        from: '-0400',
        to: '-0500',
        rrule: 'FREQ=YEARLY;BYMONTH=11;BYDAY=1SU',
      },
      {
        kind: 'daylight',
        start: '20250309T020000',
        from: '-0500',
        to: '-0400',
        rrule: 'FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
      },
    ]);
  });

  test('London: last Sunday of March and October', () => {
    const rules = observances(parseZone('Europe/London', { fromYear: 2025, toYear: 2036 }));
    expect(rules.map(({ kind, start, rrule }) => [kind, start.slice(8), rrule])).toEqual([
      ['standard', 'T020000', 'FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU'],
      ['daylight', 'T010000', 'FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU'],
    ]);
  });

  test('Sydney: the southern summer, first Sundays of April and October', () => {
    const rules = observances(parseZone('Australia/Sydney', { fromYear: 2025, toYear: 2036 }));
    expect(rules).toEqual([
      {
        kind: 'standard',
        start: '20250406T030000',
        from: '+1100',
        to: '+1000',
        rrule: 'FREQ=YEARLY;BYMONTH=4;BYDAY=1SU',
      },
      {
        kind: 'daylight',
        start: '20251005T020000',
        from: '+1000',
        to: '+1100',
        rrule: 'FREQ=YEARLY;BYMONTH=10;BYDAY=1SU',
      },
    ]);
  });

  test('a zone without DST gets a single STANDARD observance', () => {
    const rules = observances(parseZone('Asia/Kolkata', { fromYear: 2025, toYear: 2036 }));
    expect(rules).toEqual([
      { kind: 'standard', start: '20250101T053000', from: '+0530', to: '+0530', rrule: '' },
    ]);
  });

  test('Jerusalem: the Friday on or after 23 March', () => {
    const rules = observances(parseZone('Asia/Jerusalem', { fromYear: 2025, toYear: 2036 }));
    expect(rules.find((rule) => rule.kind === 'daylight')?.rrule).toBe(
      'FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=23,24,25,26,27,28,29;BYDAY=FR',
    );
  });

  test('New York before and after the 2007 change: two rules each, the old ones ended by UNTIL', () => {
    const rules = observances(parseZone('America/New_York', { fromYear: 2003, toYear: 2012 }));
    expect(rules.map(({ kind, rrule }) => [kind, rrule])).toEqual([
      ['standard', 'FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU;UNTIL=20061029T060000Z'],
      ['standard', 'FREQ=YEARLY;BYMONTH=11;BYDAY=1SU'],
      ['daylight', 'FREQ=YEARLY;BYMONTH=4;BYDAY=1SU;UNTIL=20060402T070000Z'],
      ['daylight', 'FREQ=YEARLY;BYMONTH=3;BYDAY=2SU'],
    ]);
  });

  test('Mexico City: the rules end with DST in 2022', () => {
    const rules = observances(parseZone('America/Mexico_City', { fromYear: 2018, toYear: 2030 }));
    expect(rules.every((rule) => rule.rrule.includes('UNTIL=2022'))).toBe(true);
  });
});

describe('vtimezoneLines offsets agree with the runtime', () => {
  const cases: [string, ZoneCoverage][] = [
    ['America/New_York', { fromYear: 2025, toYear: 2032 }],
    ['America/New_York', { fromYear: 2003, toYear: 2012 }],
    ['Europe/London', { fromYear: 2025, toYear: 2032 }],
    ['Australia/Sydney', { fromYear: 2025, toYear: 2032 }],
    ['Australia/Lord_Howe', { fromYear: 2025, toYear: 2030 }],
    ['Pacific/Chatham', { fromYear: 2025, toYear: 2030 }],
    ['Asia/Kolkata', { fromYear: 2025, toYear: 2032 }],
    ['Asia/Jerusalem', { fromYear: 2025, toYear: 2032 }],
    ['America/Mexico_City', { fromYear: 2018, toYear: 2030 }],
    ['Africa/Casablanca', { fromYear: 2024, toYear: 2028 }],
    ['America/Santiago', { fromYear: 2024, toYear: 2030 }],
    ['UTC', { fromYear: 2025, toYear: 2030 }],
  ];
  for (const [timeZone, coverage] of cases) {
    test(`${timeZone} ${coverage.fromYear}-${coverage.toYear}`, () => {
      expect(mismatches(timeZone, coverage, sampleInstants(timeZone, coverage))).toEqual([]);
    });
  }

  test('an open-ended rule keeps describing the zone after the years covered', () => {
    const coverage = { fromYear: 2025, toYear: 2027 };
    const later = sampleInstants('Europe/London', { fromYear: 2029, toYear: 2031 });
    expect(mismatches('Europe/London', coverage, later)).toEqual([]);
  });
});
