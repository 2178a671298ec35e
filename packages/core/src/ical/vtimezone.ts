/**
 * VTIMEZONE components built from the runtime's `Intl` data: the zone's offset changes over the
 * years an export covers, written as yearly rules where they follow one, as single observances
 * where they do not.
 *
 * @packageDocumentation
 */
import { civilFromDays, daysInMonth, MS_PER_DAY, weekdayOfDays } from '../time/civil.js';
import { offsetMinutesAt } from '../time/zone.js';
import { formatClockFields, formatUtcDateTime, formatUtcOffset } from './date-time.js';
import { type ZoneTransition, zoneTransitions } from './zone-transitions.js';

/** The years, inclusive, a VTIMEZONE must describe. */
export interface ZoneCoverage {
  fromYear: number;
  toYear: number;
}

/** A transition seen on the local clock it leaves (RFC 5545 writes observance starts that way). */
interface LocalTransition extends ZoneTransition {
  /** The local wall time of `at` under `offsetFrom`, as epoch milliseconds read as UTC. */
  wallMs: number;
  year: number;
  month: number;
  day: number;
  weekday: string;
  timeOfDayMs: number;
  daylight: boolean;
}

/** What day of its month a yearly rule picks: an ordinal weekday, the last, or the first on or after a day. */
type DayRule = { kind: 'nth'; nth: number } | { kind: 'last' } | { kind: 'onOrAfter'; day: number };

/** A run of transitions, one a year, that one yearly rule describes. */
interface Run {
  members: LocalTransition[];
  rule: DayRule | undefined;
}

const BYDAY_CODES: Record<string, string> = {
  mon: 'MO',
  tue: 'TU',
  wed: 'WE',
  thu: 'TH',
  fri: 'FR',
  sat: 'SA',
  sun: 'SU',
};

function localTransition(transition: ZoneTransition): LocalTransition {
  const wallMs = transition.at + transition.offsetFrom * 60_000;
  const days = Math.floor(wallMs / MS_PER_DAY);
  const { year, month, day } = civilFromDays(days);
  return {
    ...transition,
    wallMs,
    year,
    month,
    day,
    weekday: weekdayOfDays(days),
    timeOfDayMs: wallMs - days * MS_PER_DAY,
    // Intl names no observances, so the larger offset of a change is taken as daylight time.
    daylight: transition.offsetTo > transition.offsetFrom,
  };
}

/** Whether `next` repeats `previous` one year later on the same kind of day, time and offsets. */
function continuesYearly(previous: LocalTransition, next: LocalTransition): boolean {
  return (
    next.year === previous.year + 1 &&
    next.month === previous.month &&
    next.weekday === previous.weekday &&
    next.timeOfDayMs === previous.timeOfDayMs &&
    next.offsetFrom === previous.offsetFrom &&
    next.offsetTo === previous.offsetTo
  );
}

/**
 * The day rule every member fits, preferring "last weekday" (the commonest rule in the tz
 * database, and the one a few years of "4th Sunday"-looking dates usually mean), then "nth
 * weekday", then "first weekday on or after day D"; `undefined` when none fits them all.
 */
function dayRuleOf(members: readonly LocalTransition[]): DayRule | undefined {
  // A weekday on or after day D falls on D..D+6; intersect the D each member allows.
  let lowest = 1;
  let highest = 31;
  let allLast = true;
  for (const member of members) {
    lowest = Math.max(lowest, member.day - 6);
    highest = Math.min(highest, member.day, daysInMonth(member.year, member.month) - 6);
    allLast &&= member.day + 7 > daysInMonth(member.year, member.month);
  }
  if (allLast) return { kind: 'last' };
  for (let start = lowest; start <= highest; start += 1) {
    if ((start - 1) % 7 === 0) return { kind: 'nth', nth: (start - 1) / 7 + 1 };
  }
  return lowest <= highest ? { kind: 'onOrAfter', day: lowest } : undefined;
}

/** Splits one kind of transition (daylight or standard) into the longest runs a yearly rule fits. */
function runsOf(transitions: readonly LocalTransition[]): Run[] {
  const runs: Run[] = [];
  let current: Run | undefined;
  for (const transition of transitions) {
    const previous = current?.members.at(-1);
    if (current !== undefined && previous !== undefined && continuesYearly(previous, transition)) {
      const rule = dayRuleOf([...current.members, transition]);
      if (rule !== undefined) {
        current.members.push(transition);
        current.rule = rule;
        continue;
      }
    }
    current = { members: [transition], rule: undefined };
    runs.push(current);
  }
  return runs;
}

function byDayOf(rule: DayRule, weekday: string): string {
  const code = BYDAY_CODES[weekday] ?? '';
  switch (rule.kind) {
    case 'nth':
      return `BYDAY=${rule.nth}${code}`;
    case 'last':
      return `BYDAY=-1${code}`;
    case 'onOrAfter': {
      const days = Array.from({ length: 7 }, (_, index) => rule.day + index);
      return `BYMONTHDAY=${days.join(',')};BYDAY=${code}`;
    }
  }
}

function observanceLines(
  daylight: boolean,
  first: ZoneTransition & { wallMs: number },
  rrule: string | undefined,
): string[] {
  const name = daylight ? 'DAYLIGHT' : 'STANDARD';
  const lines = [
    `BEGIN:${name}`,
    `DTSTART:${formatClockFields(first.wallMs)}`,
    `TZOFFSETFROM:${formatUtcOffset(first.offsetFrom)}`,
    `TZOFFSETTO:${formatUtcOffset(first.offsetTo)}`,
  ];
  if (rrule !== undefined) lines.push(`RRULE:${rrule}`);
  lines.push(`END:${name}`);
  return lines;
}

function runLines(run: Run, toYear: number): string[] {
  const first = run.members[0] as LocalTransition;
  const last = run.members.at(-1) as LocalTransition;
  if (run.rule === undefined || run.members.length < 2) {
    return run.members.flatMap((member) => observanceLines(member.daylight, member, undefined));
  }
  let rrule = `FREQ=YEARLY;BYMONTH=${first.month};${byDayOf(run.rule, first.weekday)}`;
  // A rule still in force in the last year covered is taken to go on; one that stopped earlier
  // ends at its last change.
  if (last.year < toYear) rrule += `;UNTIL=${formatUtcDateTime(last.at)}`;
  return observanceLines(first.daylight, first, rrule);
}

/** VTIMEZONEs kept for reuse: a server exporting many groups asks for the same few again and again. */
const CACHE_SIZE = 256;
const cache = new Map<string, readonly string[]>();

/**
 * The content lines of a VTIMEZONE for `timeZone` over `coverage`, derived from the runtime's
 * `Intl` data: the offset changes are found by binary search on the offset, then written as
 * STANDARD and DAYLIGHT observances with a yearly RRULE wherever consecutive years follow one
 * rule, and as single observances elsewhere. A zone with no change in the years covered gets
 * one STANDARD observance. The last 256 zones and coverages asked for are remembered.
 */
export function vtimezoneLines(timeZone: string, coverage: ZoneCoverage): string[] {
  const key = `${timeZone} ${coverage.fromYear} ${coverage.toYear}`;
  let lines = cache.get(key);
  if (lines === undefined) {
    lines = buildVtimezoneLines(timeZone, coverage);
    // Evict the oldest entry first (a Map iterates in insertion order) to bound the memory.
    if (cache.size >= CACHE_SIZE) {
      const oldest = cache.keys().next().value;
      if (oldest !== undefined) cache.delete(oldest);
    }
    cache.set(key, lines);
  }
  return [...lines];
}

function buildVtimezoneLines(timeZone: string, coverage: ZoneCoverage): string[] {
  const fromMs = Date.UTC(coverage.fromYear, 0, 1);
  const toMs = Date.UTC(coverage.toYear + 1, 0, 1);
  const transitions = zoneTransitions(timeZone, fromMs, toMs).map(localTransition);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  const offsetAtStart = offsetMinutesAt(timeZone, fromMs);
  const firstTransition = transitions[0];
  if (firstTransition === undefined || firstTransition.at > fromMs + 366 * MS_PER_DAY) {
    // Nothing describes the first year covered (or the zone never changes): an observance from
    // the start of the coverage holds the offset in force then.
    const wallMs = fromMs + offsetAtStart * 60_000;
    lines.push(
      ...observanceLines(
        false,
        { at: fromMs, offsetFrom: offsetAtStart, offsetTo: offsetAtStart, wallMs },
        undefined,
      ),
    );
  }
  for (const daylight of [false, true]) {
    const ofKind = transitions.filter((transition) => transition.daylight === daylight);
    for (const run of runsOf(ofKind)) lines.push(...runLines(run, coverage.toYear));
  }
  lines.push('END:VTIMEZONE');
  return lines;
}
