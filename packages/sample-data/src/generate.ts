/**
 * The public generator: whole data sets, lazy iteration, or one item by index.
 *
 * @packageDocumentation
 */
import type { Group } from '@peer-groups/core';
import { dayOfInstant } from './days.js';
import { SampleDataOptionsError } from './errors.js';
import { buildGroup, type GenerationContext } from './group.js';
import { type DayRange, holidayRanges } from './holidays.js';

/**
 * The instant generated data is "as of" unless told otherwise: 2026-11-01T12:00:00Z. Fixed, so
 * a seed gives the same groups whatever the date; pass `now` for data fresh as of today.
 */
export const DEFAULT_NOW = '2026-11-01T12:00:00.000Z';

/** The default seed. */
export const DEFAULT_SEED = 1;

/** The default number of groups. */
export const DEFAULT_COUNT = 100;

/** The most groups one call generates. */
export const MAX_COUNT = 1_000_000;

/** Options of {@link generateGroup}. */
export interface GenerateGroupOptions {
  /**
   * The moment the data is "as of": verification dates, cohorts and holiday cancellations fall
   * around it. A `Date`, epoch milliseconds or an ISO 8601 string; default {@link DEFAULT_NOW}.
   */
  now?: Date | number | string;
}

/** Options of {@link generateGroups} and {@link iterateGroups}. */
export interface GenerateGroupsOptions extends GenerateGroupOptions {
  /** Which data set: any safe integer; default {@link DEFAULT_SEED}. */
  seed?: number;
  /** How many groups, 0 to {@link MAX_COUNT}; default {@link DEFAULT_COUNT}. */
  count?: number;
}

function nowMsOf(now: GenerateGroupOptions['now']): number {
  const value = now ?? DEFAULT_NOW;
  const epochMs = value instanceof Date ? value.getTime() : new Date(value).getTime();
  if (!Number.isFinite(epochMs)) {
    throw new SampleDataOptionsError(
      'now',
      `now must be a valid date, epoch milliseconds or ISO 8601 string; got ${String(value)}`,
    );
  }
  return epochMs;
}

function checkSeed(seed: number): void {
  if (!Number.isSafeInteger(seed)) {
    throw new SampleDataOptionsError('seed', `seed must be a safe integer; got ${String(seed)}`);
  }
}

function checkIndex(index: number): void {
  if (!Number.isInteger(index) || index < 0 || index >= 2 ** 32) {
    throw new SampleDataOptionsError(
      'index',
      `index must be an integer from 0 to 4294967295; got ${String(index)}`,
    );
  }
}

function checkCount(count: number): void {
  if (!Number.isInteger(count) || count < 0 || count > MAX_COUNT) {
    throw new SampleDataOptionsError(
      'count',
      `count must be an integer from 0 to ${MAX_COUNT}; got ${String(count)}. Generate larger sets in slices with generateGroup(seed, index).`,
    );
  }
}

// Holidays span from a month before "now" to a year and a month after, which covers every
// cohort and schedule the generator writes.
const HOLIDAY_DAYS_BEFORE = 31;
const HOLIDAY_DAYS_AFTER = 400;

function createContext(nowMs: number): GenerationContext {
  const today = dayOfInstant(nowMs);
  const holidays = new Map<string, readonly DayRange[]>();
  return {
    nowMs,
    today,
    holidaysOf(country) {
      let ranges = holidays.get(country);
      if (ranges === undefined) {
        ranges = holidayRanges(country, today - HOLIDAY_DAYS_BEFORE, today + HOLIDAY_DAYS_AFTER);
        holidays.set(country, ranges);
      }
      return ranges;
    },
  };
}

// Callers of generateGroup usually walk many indexes with one `now`; keep its context.
let lastContext: GenerationContext | undefined;

function contextFor(nowMs: number): GenerationContext {
  if (lastContext === undefined || lastContext.nowMs !== nowMs) lastContext = createContext(nowMs);
  return lastContext;
}

/**
 * Group number `index` of the data set `seed`, the same as `generateGroups({ seed })[index]`,
 * without generating the others: a server can stream 100,000 groups into its store one by one.
 *
 * @throws {SampleDataOptionsError} when `seed`, `index` or `now` is out of range.
 */
export function generateGroup(
  seed: number,
  index: number,
  options: GenerateGroupOptions = {},
): Group {
  checkSeed(seed);
  checkIndex(index);
  return buildGroup(seed, index, contextFor(nowMsOf(options.now)));
}

/**
 * The groups of data set `seed`, one at a time, so a large set never has to be held at once.
 * Options are checked when the first group is requested.
 *
 * @throws {SampleDataOptionsError} when an option is out of range.
 */
export function* iterateGroups(
  options: GenerateGroupsOptions = {},
): Generator<Group, void, undefined> {
  const seed = options.seed ?? DEFAULT_SEED;
  const count = options.count ?? DEFAULT_COUNT;
  checkSeed(seed);
  checkCount(count);
  const context = createContext(nowMsOf(options.now));
  for (let index = 0; index < count; index += 1) yield buildGroup(seed, index, context);
}

/**
 * `count` realistic sample groups. The same options give byte-identical groups on every
 * machine and every day: nothing depends on `Math.random` or the clock unless `now` is given.
 *
 * @example
 * ```ts
 * const groups = generateGroups({ seed: 7, count: 2000 });
 * ```
 * @throws {SampleDataOptionsError} when an option is out of range.
 */
export function generateGroups(options: GenerateGroupsOptions = {}): Group[] {
  const seed = options.seed ?? DEFAULT_SEED;
  const count = options.count ?? DEFAULT_COUNT;
  checkSeed(seed);
  checkCount(count);
  const context = createContext(nowMsOf(options.now));
  const groups = new Array<Group>(count);
  for (let index = 0; index < count; index += 1) groups[index] = buildGroup(seed, index, context);
  return groups;
}
