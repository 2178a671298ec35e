/**
 * English words of schedule descriptions and occurrence labels.
 *
 * @packageDocumentation
 */
import type { ScheduleText } from './schedule-text.js';

/** English words of schedule descriptions and occurrence labels. */
export const en: ScheduleText = {
  weekOfMonth: { 1: '1st', 2: '2nd', 3: '3rd', 4: '4th', 5: '5th', [-1]: 'last' },
  pluralWeekday: (name) => `${name}s`,
  everyDay: 'Every day',
  weekly: (days) => days.plural,
  everyOtherWeek: (days) => `Every other ${days.singular}`,
  everyFewWeeks: (weeks, days) => `Every ${weeks} weeks on ${days.plural}`,
  monthlyOnce: (week, days) => `${week} ${days.singular} of the month`,
  monthlyMany: (weeks, days) => `Every ${weeks} ${days.singular}`,
  daysAndTime: (days, time) => `${days}, ${time}`,
  withTimeZone: (time, zoneName) => `${time} ${zoneName}`,
  overnightRange: (start, end) => `${start} – ${end}`,
  status: { 'in-progress': 'happening now', 'starting-soon': 'starts within the hour' },
  withStatus: (when, status) => `${when} (${status})`,
};
