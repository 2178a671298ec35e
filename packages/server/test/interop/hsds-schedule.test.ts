import { describe, expect, it } from 'vitest';
import { HsdsScheduleError, scheduleFromHsds } from '../../src/interop/hsds/schedule.js';
import type { HsdsSchedule } from '../../src/interop/hsds/service.js';

const ZONE = 'America/New_York';
const base: HsdsSchedule = { freq: 'MONTHLY', byday: 'TU', opens_at: '19:00', closes_at: '20:30' };
const days = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, index) => from + index).join(',');

describe('scheduleFromHsds with bymonthday', () => {
  it.each([
    ['the 2nd week', days(8, 14), [2]],
    ['the 5th week', days(29, 31), [5]],
    ['the last week', days(-7, -1), [-1]],
    ['the 1st and 3rd weeks', `${days(1, 7)},${days(15, 21)}`, [1, 3]],
  ])('reads whole weeks of days with a weekday as %s', (_what, bymonthday, weeks) => {
    const [schedule] = scheduleFromHsds({ ...base, bymonthday }, ZONE).schedules;
    expect(schedule).toMatchObject({ frequency: 'monthly', days: ['tue'], weeksOfMonth: weeks });
  });

  it.each([
    ['one day of the month', { bymonthday: '15' }, /bymonthday 15 .*by weekday/],
    ['one day, as a number', { bymonthday: 15, byday: '' }, /bymonthday 15 /],
    ['part of a week', { bymonthday: days(8, 13) }, /bymonthday 8,9,10,11,12,13 /],
    ['a weekly schedule', { freq: 'WEEKLY', bymonthday: days(8, 14) }, /bymonthday/],
    ['weeks twice', { byday: '2TU', bymonthday: days(8, 14) }, /one or the other/],
  ])('refuses %s', (_what, fields, reason) => {
    expect(() => scheduleFromHsds({ ...base, ...fields }, ZONE)).toThrow(HsdsScheduleError);
    expect(() => scheduleFromHsds({ ...base, ...fields }, ZONE)).toThrow(reason);
  });
});
