/**
 * The query string of `GET /v1/groups/{id}/meetings`: the window of time to list meetings in.
 *
 * @packageDocumentation
 */
import * as z from 'zod/mini';
import { instantSchema, localDateSchema } from '../schemas/primitives.js';
import type { InvalidParam } from '../schemas/problem.js';
import { daysFromCivil, MS_PER_DAY, parseCivilDate } from '../time/civil.js';
import { instantOfLocalMs } from '../time/zone.js';
import type { QueryParseResult } from './codec.js';
import { defineQueryCodec } from './codec.js';
import type { FieldCodec } from './fields.js';

/** Length of the window when `to` is left out, in days from `from`. */
export const DEFAULT_MEETINGS_WINDOW_DAYS = 30;
/** Longest window one request may ask for, in days. */
export const MAX_MEETINGS_WINDOW_DAYS = 366;

/** A bound of the window: a date `YYYY-MM-DD` (in the group's time zone) or an exact instant. */
export const meetingsBoundSchema = z.union([localDateSchema, instantSchema]);

/**
 * The window of `GET /v1/groups/{id}/meetings`. A date `from` starts at the beginning of that day
 * and a date `to` ends at the end of that day, both in the group's time zone. `from` defaults to
 * now and `to` to {@link DEFAULT_MEETINGS_WINDOW_DAYS} days after `from`; the window spans at most
 * {@link MAX_MEETINGS_WINDOW_DAYS} days.
 */
export const meetingsQuerySchema = z.object({
  from: z.optional(meetingsBoundSchema),
  to: z.optional(meetingsBoundSchema),
});
/** The window of `GET /v1/groups/{id}/meetings`. */
export type MeetingsQuery = z.infer<typeof meetingsQuerySchema>;

const boundField: FieldCodec<string> = {
  list: false,
  decode: (raw) =>
    meetingsBoundSchema.safeParse(raw).success
      ? { ok: true, value: raw }
      : {
          ok: false,
          reason:
            'must be a date "YYYY-MM-DD" or a date-time with an offset, such as "2026-03-10T18:30:00-05:00"',
        },
  encode: (value) => value,
};

const meetingsCodec = defineQueryCodec<MeetingsQuery>({
  schema: meetingsQuerySchema,
  fields: { from: boundField, to: boundField },
});

/** Whether a bound is a date `YYYY-MM-DD` rather than a date-time, which is always longer. */
function isDate(bound: string): boolean {
  return bound.length === 10;
}

/**
 * The window's bounds in epoch milliseconds with dates read in UTC. The group's time zone moves a
 * date bound by at most a day, which leaves the order and the span check meaningful.
 */
function approximateWindow(query: MeetingsQuery, now: number): { start: number; end: number } {
  const start = query.from === undefined ? now : Date.parse(query.from);
  if (query.to === undefined)
    return { start, end: start + DEFAULT_MEETINGS_WINDOW_DAYS * MS_PER_DAY };
  const end = Date.parse(query.to) + (isDate(query.to) ? MS_PER_DAY : 0);
  return { start, end };
}

function windowProblems(query: MeetingsQuery, now: number): InvalidParam[] {
  const { start, end } = approximateWindow(query, now);
  const fromSays = query.from === undefined ? ' (from defaults to now)' : '';
  if (end <= start) return [{ name: 'to', reason: `must be after from${fromSays}` }];
  const days = Math.ceil((end - start) / MS_PER_DAY);
  if (days > MAX_MEETINGS_WINDOW_DAYS) {
    return [
      {
        name: query.to === undefined ? 'from' : 'to',
        reason: `the window spans ${days} days${fromSays}; ask for at most ${MAX_MEETINGS_WINDOW_DAYS} days at a time`,
      },
    ];
  }
  return [];
}

/** Options of {@link parseMeetingsParams}. */
export interface ParseMeetingsOptions {
  /** The current instant in epoch milliseconds, which a missing `from` stands for. Default: `Date.now()`. */
  now?: number;
}

/** The URL parameters of a meetings window: `from`, then `to`. */
export function meetingsQueryToParams(query: MeetingsQuery): URLSearchParams {
  return meetingsCodec.toParams(query);
}

/**
 * Reads the query string of `GET /v1/groups/{id}/meetings`. Never throws: names unknown, repeated
 * or malformed parameters, a `to` not after `from`, and a window longer than
 * {@link MAX_MEETINGS_WINDOW_DAYS} days (counting the defaults).
 */
export function parseMeetingsParams(
  params: URLSearchParams,
  options: ParseMeetingsOptions = {},
): QueryParseResult<MeetingsQuery> {
  const parsed = meetingsCodec.parse(params);
  if (!parsed.ok) return parsed;
  const problems = windowProblems(parsed.query, options.now ?? Date.now());
  return problems.length === 0 ? parsed : { ok: false, invalidParams: problems };
}

/** A window of time as exact instants in epoch milliseconds: `start` included, `end` excluded. */
export interface MeetingsWindow {
  start: number;
  end: number;
}

/** Options of {@link resolveMeetingsWindow}. */
export interface ResolveMeetingsWindowOptions {
  /** The group's IANA time zone, in which date bounds are read. */
  timeZone: string;
  /** The current instant in epoch milliseconds, which a missing `from` stands for. Default: `Date.now()`. */
  now?: number;
}

/** The instant the local day `date` starts at in `timeZone`, `dayOffset` days later. */
function startOfLocalDay(date: string, timeZone: string, dayOffset: number): number {
  const days = daysFromCivil(parseCivilDate(date)) + dayOffset;
  return instantOfLocalMs(timeZone, days * MS_PER_DAY);
}

/**
 * The exact instants of a parsed meetings window in the group's time zone: a date `from` starts
 * at the beginning of that local day, a date `to` ends at the end of its local day (so a day cut
 * short or lengthened by daylight saving is counted as it is), a missing `from` is `now`, and a
 * missing `to` is {@link DEFAULT_MEETINGS_WINDOW_DAYS} days after the start. Throws the time
 * module's error when `timeZone` is not an IANA zone this runtime knows.
 */
export function resolveMeetingsWindow(
  query: MeetingsQuery,
  options: ResolveMeetingsWindowOptions,
): MeetingsWindow {
  const { timeZone } = options;
  let start = options.now ?? Date.now();
  if (query.from !== undefined) {
    start = isDate(query.from) ? startOfLocalDay(query.from, timeZone, 0) : Date.parse(query.from);
  }
  let end = start + DEFAULT_MEETINGS_WINDOW_DAYS * MS_PER_DAY;
  if (query.to !== undefined) {
    end = isDate(query.to) ? startOfLocalDay(query.to, timeZone, 1) : Date.parse(query.to);
  }
  return { start, end };
}
