import { describe, expect, it } from 'vitest';
import { describeSchedule, InvalidScheduleError } from '../src/schedule/index.js';
import type { Schedule } from '../src/schemas/index.js';
import { UnknownTimeZoneError } from '../src/time/index.js';

/** ICU spaces times with narrow and thin no-break spaces; tests read them as plain spaces. */
const plain = (text: string) => text.replace(/\s/gu, ' ');

const describePlain = (schedule: Schedule, locale?: string, withTimeZone = false) =>
  plain(describeSchedule(schedule, locale, { withTimeZone }));

const secondAndFourthWednesday: Schedule = {
  frequency: 'monthly',
  days: ['wed'],
  weeksOfMonth: [4, 2],
  startTime: '18:30',
  endTime: '20:00',
  timeZone: 'America/New_York',
};
const everyOtherTuesday: Schedule = {
  frequency: 'weekly',
  interval: 2,
  validFrom: '2026-01-06',
  days: ['tue'],
  startTime: '19:00',
  endTime: '20:30',
  timeZone: 'America/Chicago',
};
const mondaysAndThursdays: Schedule = {
  frequency: 'weekly',
  days: ['thu', 'mon'],
  startTime: '12:00',
  endTime: '13:00',
  timeZone: 'Europe/Madrid',
};
const lastFriday: Schedule = {
  frequency: 'monthly',
  days: ['fri'],
  weeksOfMonth: [-1],
  startTime: '19:00',
  endTime: '20:30',
  timeZone: 'Australia/Sydney',
};

describe('describeSchedule in English', () => {
  it('says ordinal weeks of the month', () => {
    expect(describePlain(secondAndFourthWednesday, 'en')).toBe(
      'Every 2nd and 4th Wednesday, 6:30 – 8:00 PM',
    );
  });

  it('says every other week', () => {
    expect(describePlain(everyOtherTuesday, 'en')).toBe('Every other Tuesday, 7:00 – 8:30 PM');
  });

  it('lists weekly days in week order, in the plural', () => {
    expect(describePlain(mondaysAndThursdays, 'en')).toBe('Mondays and Thursdays, 12:00 – 1:00 PM');
  });

  it('says the last weekday of the month', () => {
    expect(describePlain(lastFriday, 'en')).toBe('Last Friday of the month, 7:00 – 8:30 PM');
  });

  it('puts "last" after the numbered weeks', () => {
    const firstAndLast: Schedule = { ...lastFriday, days: ['mon'], weeksOfMonth: [-1, 1] };
    expect(describePlain(firstAndLast, 'en')).toBe('Every 1st and last Monday, 7:00 – 8:30 PM');
  });

  it('says every few weeks with the count', () => {
    const everyThird: Schedule = { ...everyOtherTuesday, interval: 3, days: ['sat', 'sun'] };
    expect(describePlain(everyThird, 'en')).toBe(
      'Every 3 weeks on Saturdays and Sundays, 7:00 – 8:30 PM',
    );
  });

  it('says every day when a weekly schedule names all seven', () => {
    const daily: Schedule = {
      ...mondaysAndThursdays,
      days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
    };
    expect(describePlain(daily, 'en')).toBe('Every day, 12:00 – 1:00 PM');
  });

  it('shows the times of the group zone, whatever zone the runtime is in', () => {
    // Sydney 19:00 is 08:00 UTC; the description keeps the wall clock of the listing.
    expect(describePlain(lastFriday, 'en')).toContain('7:00 – 8:30 PM');
  });

  it('follows the regional time format of the locale', () => {
    expect(describePlain(secondAndFourthWednesday, 'en-GB')).toBe(
      'Every 2nd and 4th Wednesday, 18:30–20:00',
    );
  });

  it('appends the zone name on request', () => {
    expect(describePlain(secondAndFourthWednesday, 'en', true)).toBe(
      'Every 2nd and 4th Wednesday, 6:30 – 8:00 PM Eastern Time',
    );
  });
});

describe('describeSchedule in Spanish', () => {
  it('says ordinal weeks of the month', () => {
    expect(describePlain(secondAndFourthWednesday, 'es')).toBe(
      'Cada 2.º y 4.º miércoles, 18:30–20:00',
    );
  });

  it('uses the masculine ordinals that go before a weekday', () => {
    const firstAndThird: Schedule = { ...secondAndFourthWednesday, weeksOfMonth: [1, 3] };
    expect(describePlain(firstAndThird, 'es')).toBe('Cada 1.er y 3.er miércoles, 18:30–20:00');
  });

  it('says every other week', () => {
    expect(describePlain(everyOtherTuesday, 'es')).toBe('Los martes cada dos semanas, 19:00–20:30');
  });

  it('lists weekly days in the plural', () => {
    expect(describePlain(mondaysAndThursdays, 'es')).toBe('Los lunes y jueves, 12:00–13:00');
    expect(describePlain({ ...mondaysAndThursdays, days: ['sat', 'sun'] }, 'es')).toBe(
      'Los sábados y domingos, 12:00–13:00',
    );
  });

  it('capitalizes a sentence that starts with a lower-case word', () => {
    expect(describePlain(lastFriday, 'es')).toBe('Último viernes de cada mes, 19:00–20:30');
  });

  it('appends the zone name in Spanish on request', () => {
    expect(describePlain(secondAndFourthWednesday, 'es', true)).toBe(
      'Cada 2.º y 4.º miércoles, 18:30–20:00 hora oriental',
    );
  });

  it('uses the Spanish table with regional formats', () => {
    expect(describePlain(mondaysAndThursdays, 'es-MX')).toMatch(/^Los lunes y jueves, 12:00/);
  });
});

describe('describeSchedule fallbacks and errors', () => {
  it('falls back to English for a language without a table', () => {
    expect(describePlain(everyOtherTuesday, 'fr')).toBe('Every other Tuesday, 7:00 – 8:30 PM');
  });

  it('falls back to English for a tag Intl refuses', () => {
    expect(describePlain(everyOtherTuesday, 'not a locale!')).toBe(
      'Every other Tuesday, 7:00 – 8:30 PM',
    );
  });

  it('speaks English when no locale is given', () => {
    expect(describePlain(everyOtherTuesday)).toBe('Every other Tuesday, 7:00 – 8:30 PM');
  });

  it('refuses a schedule that breaks the schema', () => {
    expect(() => describeSchedule({ ...lastFriday, weeksOfMonth: [] }, 'en')).toThrow(
      InvalidScheduleError,
    );
  });

  it('refuses an unknown zone when asked to name it', () => {
    expect(() =>
      describeSchedule({ ...lastFriday, timeZone: 'Nowhere/Land' }, 'en', { withTimeZone: true }),
    ).toThrow(UnknownTimeZoneError);
  });
});
