/**
 * Spanish words of schedule descriptions and occurrence labels.
 *
 * @packageDocumentation
 */
import type { ScheduleText } from './schedule-text.js';

/** Spanish words of schedule descriptions and occurrence labels. */
export const es: ScheduleText = {
  // Masculine forms before a weekday: "1.er lunes", "2.º martes", "3.er miércoles".
  weekOfMonth: { 1: '1.er', 2: '2.º', 3: '3.er', 4: '4.º', 5: '5.º', [-1]: 'último' },
  // Weekday names ending in -s (lunes … viernes) do not change in the plural.
  pluralWeekday: (name) => (name.endsWith('s') ? name : `${name}s`),
  everyDay: 'Todos los días',
  weekly: (days) => `Los ${days.plural}`,
  everyOtherWeek: (days) => `Los ${days.plural} cada dos semanas`,
  everyFewWeeks: (weeks, days) => `Los ${days.plural} cada ${weeks} semanas`,
  monthlyOnce: (week, days) => `${week} ${days.singular} de cada mes`,
  monthlyMany: (weeks, days) => `Cada ${weeks} ${days.singular}`,
  daysAndTime: (days, time) => `${days}, ${time}`,
  withTimeZone: (time, zoneName) => `${time} ${zoneName}`,
  overnightRange: (start, end) => `${start}–${end}`,
  status: { 'in-progress': 'en curso', 'starting-soon': 'empieza en menos de una hora' },
  withStatus: (when, status) => `${when} (${status})`,
};
