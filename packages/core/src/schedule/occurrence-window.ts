/**
 * Checks of the arguments shared by the occurrence queries.
 *
 * @packageDocumentation
 */
import { MS_PER_DAY } from '../time/civil.js';
import { assertInstant, MAX_EPOCH_MS } from '../time/errors.js';
import { InvalidOptionError } from './errors.js';

/** Occurrences returned by one query unless its `limit` option says otherwise. */
export const DEFAULT_OCCURRENCE_LIMIT = 1000;

/**
 * The last local day whose meetings a `Date` can still hold: a day of margin keeps every wall
 * time of the day, and the offsets a day either side of it, within range.
 */
export const LAST_REPRESENTABLE_DAY = Math.floor(MAX_EPOCH_MS / MS_PER_DAY) - 2;
/** The first local day whose meetings a `Date` can still hold. */
export const FIRST_REPRESENTABLE_DAY = -LAST_REPRESENTABLE_DAY;

/** Returns the `limit` option, checked, or the default. */
export function resolveLimit(limit: number | undefined): number {
  if (limit === undefined) return DEFAULT_OCCURRENCE_LIMIT;
  if (!Number.isInteger(limit) || limit < 1) {
    throw new InvalidOptionError('limit', 'a whole number of occurrences, at least 1', limit);
  }
  return limit;
}

/** Throws unless `from` and `to` are instants a `Date` can hold. */
export function assertWindow(from: number, to: number): void {
  assertInstant(from, 'window start');
  assertInstant(to, 'window end');
}
