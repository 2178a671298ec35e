import { describeSchedule, type Schedule } from '@peer-groups/core';

/** Each of a group's schedules in words ("Every 2nd Tuesday, 6:30 – 8:00 PM"), with its note. */
export function describeSchedules(schedules: readonly Schedule[], locale: string): string[] {
  return schedules.map((schedule) => {
    const words = describeSchedule(schedule, locale, { withTimeZone: true });
    return schedule.note ? `${words} (${schedule.note})` : words;
  });
}
