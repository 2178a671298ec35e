/**
 * The UTC-offset changes of an IANA zone, found from the runtime's `Intl` data alone.
 *
 * @packageDocumentation
 */
import { MS_PER_DAY } from '../time/civil.js';
import { offsetMinutesAt } from '../time/zone.js';

/** One change of a zone's UTC offset. */
export interface ZoneTransition {
  /** The first instant of the new offset, in epoch milliseconds. */
  at: number;
  /** The offset in force just before, in minutes east of UTC. */
  offsetFrom: number;
  /** The offset in force from `at`, in minutes east of UTC. */
  offsetTo: number;
}

/**
 * How far apart the offset is sampled. Real zones keep an offset for weeks at least, so a week
 * finds every change; two changes that cancel out within one week would be missed.
 */
const SAMPLE_STEP_MS = 7 * MS_PER_DAY;

/** The first whole second in `(low, high]` at which the offset differs from `offsetAtLow`. */
function firstChange(timeZone: string, low: number, high: number, offsetAtLow: number): number {
  // Offsets change on whole seconds, so the search runs on seconds and ends in about 20 steps.
  let lowSecond = Math.floor(low / 1000);
  let highSecond = Math.floor(high / 1000);
  while (highSecond - lowSecond > 1) {
    const middle = Math.floor((lowSecond + highSecond) / 2);
    if (offsetMinutesAt(timeZone, middle * 1000) === offsetAtLow) lowSecond = middle;
    else highSecond = middle;
  }
  return highSecond * 1000;
}

/**
 * Every change of the UTC offset of `timeZone` in `[fromMs, toMs)`, oldest first: sampled a
 * week apart, each change then pinned to the second by binary search on the offset.
 */
export function zoneTransitions(timeZone: string, fromMs: number, toMs: number): ZoneTransition[] {
  const transitions: ZoneTransition[] = [];
  let cursor = fromMs;
  let offset = offsetMinutesAt(timeZone, cursor);
  while (cursor < toMs) {
    const next = Math.min(cursor + SAMPLE_STEP_MS, toMs);
    const offsetAtNext = offsetMinutesAt(timeZone, next);
    if (offsetAtNext === offset) {
      cursor = next;
      continue;
    }
    const at = firstChange(timeZone, cursor, next, offset);
    const offsetTo = offsetMinutesAt(timeZone, at);
    transitions.push({ at, offsetFrom: offset, offsetTo });
    cursor = at;
    offset = offsetTo;
  }
  return transitions;
}
