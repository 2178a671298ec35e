/**
 * Meeting schedules: weekly (every N weeks) or monthly by ordinal weekday ("2nd and 4th
 * Wednesday", "last Friday"), in local wall-clock time of an IANA zone, with a validity window
 * and cancelled dates.
 *
 * @packageDocumentation
 */
import * as z from 'zod/mini';
import { oneOf } from './one-of.js';
import {
  instantSchema,
  isUnique,
  localDateSchema,
  localTimeSchema,
  longText,
  timeZoneSchema,
  weekdaySchema,
} from './primitives.js';

/** How a schedule repeats. */
export const frequencySchema = /* @__PURE__ */ oneOf(['weekly', 'monthly']);
/** How a schedule repeats: `weekly` (every `interval` weeks) or `monthly` by ordinal weekday. */
export type Frequency = z.infer<typeof frequencySchema>;

/** The week of the month for monthly schedules: 1st to 5th, or -1 for the last. */
export const weekOfMonthSchema = /* @__PURE__ */ z.literal(
  [1, 2, 3, 4, 5, -1],
  'must be a week of the month: 1 to 5, or -1 for the last',
);
/** The week of the month for monthly schedules: 1st to 5th, or -1 for the last. */
export type WeekOfMonth = z.infer<typeof weekOfMonthSchema>;

/**
 * One recurring meeting pattern of a group.
 *
 * - weekly: meets on each of `days`, every `interval` weeks counted from the week of `validFrom`.
 * - monthly: meets on each of `days` in each of `weeksOfMonth` (`[2, 4]` with `['wed']` is
 *   "2nd and 4th Wednesdays"; `[-1]` is "last").
 *
 * Times are wall-clock times in `timeZone`, so a 7 PM meeting stays at 7 PM across daylight
 * saving changes. Dates in `cancelledDates` are local dates in `timeZone`.
 */
export const scheduleSchema = /* @__PURE__ */ z
  .object({
    frequency: frequencySchema,
    interval: z.optional(/* @__PURE__ */ z.int().check(z.gte(1), z.lte(8))),
    days: /* @__PURE__ */ z
      .array(weekdaySchema)
      .check(
        z.minLength(1, 'must name at least one day'),
        z.maxLength(7),
        z.refine(isUnique, 'must not repeat a day'),
      ),
    weeksOfMonth: z.optional(
      /* @__PURE__ */ z
        .array(weekOfMonthSchema)
        .check(z.minLength(1), z.maxLength(6), z.refine(isUnique, 'must not repeat a week')),
    ),
    startTime: localTimeSchema,
    endTime: localTimeSchema,
    timeZone: timeZoneSchema,
    validFrom: z.optional(localDateSchema),
    validUntil: z.optional(localDateSchema),
    cancelledDates: z.optional(/* @__PURE__ */ z.array(localDateSchema).check(z.maxLength(366))),
    note: z.optional(longText(500)),
  })
  .check(
    z.refine((schedule) => schedule.endTime > schedule.startTime, {
      message: 'endTime must be after startTime',
      path: ['endTime'],
    }),
    z.refine(
      (schedule) =>
        schedule.validFrom === undefined ||
        schedule.validUntil === undefined ||
        schedule.validUntil >= schedule.validFrom,
      { message: 'validUntil must not be before validFrom', path: ['validUntil'] },
    ),
    z.refine(
      (schedule) => schedule.frequency !== 'monthly' || schedule.weeksOfMonth !== undefined,
      { message: 'monthly schedules need weeksOfMonth', path: ['weeksOfMonth'] },
    ),
    z.refine((schedule) => schedule.frequency !== 'weekly' || schedule.weeksOfMonth === undefined, {
      message: 'weeksOfMonth only applies to monthly schedules',
      path: ['weeksOfMonth'],
    }),
    z.refine((schedule) => schedule.frequency !== 'monthly' || schedule.interval === undefined, {
      message: 'interval only applies to weekly schedules',
      path: ['interval'],
    }),
    z.refine((schedule) => (schedule.interval ?? 1) === 1 || schedule.validFrom !== undefined, {
      message: 'a schedule repeating every few weeks needs validFrom to anchor it',
      path: ['validFrom'],
    }),
  );
/** One recurring meeting pattern of a group. */
export type Schedule = z.infer<typeof scheduleSchema>;

/** One concrete meeting: exact instants, with the zone and schedule it came from. */
export const meetingOccurrenceSchema = /* @__PURE__ */ z.object({
  start: instantSchema,
  end: instantSchema,
  timeZone: timeZoneSchema,
  scheduleIndex: /* @__PURE__ */ z.int().check(z.gte(0)),
});
/** One concrete meeting: exact instants, with the zone and schedule it came from. */
export type MeetingOccurrence = z.infer<typeof meetingOccurrenceSchema>;

/** The answer of `GET /v1/groups/{id}/meetings`. */
export const meetingListSchema = /* @__PURE__ */ z.object({
  items: z.array(meetingOccurrenceSchema),
});
/** The answer of `GET /v1/groups/{id}/meetings`. */
export type MeetingList = z.infer<typeof meetingListSchema>;
