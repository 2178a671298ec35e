/**
 * The words of the schedule descriptions that `Intl` does not have. Weekday names, times, time
 * ranges, lists and relative days come from `Intl`; each locale supplies only this table, so a
 * locale missing a key does not compile.
 *
 * @packageDocumentation
 */
import type { WeekOfMonth } from '../../schemas/schedule.js';

/** Weekday names joined into a list by `Intl.ListFormat`, in both grammatical numbers. */
export interface DayList {
  /** Singular names: "Tuesday and Thursday". */
  singular: string;
  /** Plural names: "Tuesdays and Thursdays". */
  plural: string;
}

/** What an occurrence is doing at the moment of viewing, when it is worth saying. */
export type NotableStatus = 'in-progress' | 'starting-soon';

/** The per-locale words of schedule descriptions and occurrence labels. */
export interface ScheduleText {
  /** A week of the month before a weekday: 2 is "2nd", -1 is "last". */
  readonly weekOfMonth: Readonly<Record<WeekOfMonth, string>>;
  /** A weekday name (as `Intl` spells it) made plural. */
  pluralWeekday(name: string): string;
  /** A schedule meeting every day of every week. */
  readonly everyDay: string;
  /** Meets every week: "Mondays and Thursdays". */
  weekly(days: DayList): string;
  /** Meets every other week: "Every other Tuesday". */
  everyOtherWeek(days: DayList): string;
  /** Meets every `weeks` weeks (3 or more, as `Intl.NumberFormat` wrote it). */
  everyFewWeeks(weeks: string, days: DayList): string;
  /** Meets in one week of the month: "Last Friday of the month". */
  monthlyOnce(week: string, days: DayList): string;
  /** Meets in several weeks of the month: "Every 2nd and 4th Wednesday". */
  monthlyMany(weeks: string, days: DayList): string;
  /** The days and the time range: "Mondays, 7:00 – 8:30 PM". */
  daysAndTime(days: string, time: string): string;
  /** A time with its zone name: "7:00 – 8:30 PM Eastern Time". */
  withTimeZone(time: string, zoneName: string): string;
  /** A time range running past midnight, where `Intl.DateTimeFormat#formatRange` adds dates. */
  overnightRange(start: string, end: string): string;
  /** Labels for what an occurrence is doing now. */
  readonly status: Readonly<Record<NotableStatus, string>>;
  /** A day and time with a status label: "Today, 6:30 – 8:00 PM (happening now)". */
  withStatus(when: string, status: string): string;
}
