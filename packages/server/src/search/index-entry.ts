/**
 * The precomputed form of a group in the search index: every field a filter, facet or sort
 * reads, as small numbers, id lists and bit masks. The index copies the hot ones into typed
 * columns; the entry keeps the rest (text, schedules, the group itself).
 *
 * @packageDocumentation
 */
import {
  type AccessibilityFeature,
  type Attendance,
  accessibilityFeatureSchema,
  type Cost,
  type Group,
  type TimeOfDay,
  WEEKDAYS,
  type Weekday,
} from '@peer-groups/core';
import { foldText } from './fold-text.js';
import type { NextMeetingTimes } from './types.js';

/** Attendance values in their bit order. */
export const ATTENDANCE_VALUES: readonly Attendance[] = ['inPerson', 'online', 'hybrid'];
/** Cost values in their bit order. */
export const COST_VALUES: readonly Cost[] = ['free', 'donation', 'fee'];
/** Accessibility features in their bit order. */
export const ACCESSIBILITY_VALUES: readonly AccessibilityFeature[] =
  accessibilityFeatureSchema.options;

/** A string-to-number dictionary that grows as new values appear. */
export class Dictionary {
  readonly values: string[] = [];
  readonly #ids = new Map<string, number>();

  /** The id of `value`, adding it when new. */
  intern(value: string): number {
    let id = this.#ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      this.#ids.set(value, id);
    }
    return id;
  }

  /** The id of `value`, or -1 when it never appeared. */
  find(value: string): number {
    return this.#ids.get(value) ?? -1;
  }
}

/** The dictionaries an index shares across its entries. */
export interface Dictionaries {
  topics: Dictionary;
  audiences: Dictionary;
  /** Lowercase full tags and primary subtags, for filtering. */
  languages: Dictionary;
  /** Lowercase primary subtags, for facets. */
  languageFacets: Dictionary;
  /** Each topic's broader terms, nearest first. */
  topicAncestors: ReadonlyMap<string, readonly string[]>;
}

/** A group as the index holds it. */
export interface IndexEntry {
  group: Group;
  id: string;
  /** Folded name: the name sort key. */
  nameKey: string;
  /** Folded name and description, for free-text matching. */
  text: string;
  /** Whether the group has a point to measure distance from (not online-only). */
  hasPoint: boolean;
  lat: number;
  lng: number;
  /** Index into {@link ATTENDANCE_VALUES}. */
  attendance: number;
  /** Bit of {@link COST_VALUES}. */
  costBit: number;
  /** Bits of {@link ACCESSIBILITY_VALUES}. */
  accessibility: number;
  atFacility: boolean;
  acceptsReferrals: boolean;
  /** Topic ids with every broader term added, so a filter on a term matches its children. */
  topics: number[];
  audiences: number[];
  languages: number[];
  languageFacets: number[];
  /** Days any schedule meets on, bit 0 Monday. */
  days: number;
  /** Per schedule: its day mask, then its start in minutes after midnight. */
  schedules: number[];
  /**
   * The cached next meeting as the finder returned it (its instants are also in the index's
   * columns); the same object until the meeting ends, so callers can cache what they derive.
   */
  next: NextMeetingTimes | null;
}

/** Minutes after midnight of a validated `HH:MM`. */
function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

function dayMask(days: readonly Weekday[]): number {
  let mask = 0;
  for (const day of days) mask |= 1 << WEEKDAYS.indexOf(day);
  return mask;
}

function internAll(dictionary: Dictionary, values: Iterable<string>): number[] {
  const ids: number[] = [];
  for (const value of values) {
    const id = dictionary.intern(value);
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

function expandTopics(topics: readonly string[], ancestors: Dictionaries['topicAncestors']) {
  const expanded = new Set<string>();
  for (const topic of topics) {
    expanded.add(topic);
    for (const broader of ancestors.get(topic) ?? []) expanded.add(broader);
  }
  return expanded;
}

/** Builds the index form of `group`, interning its values into `dictionaries`. */
export function createEntry(group: Group, dictionaries: Dictionaries): IndexEntry {
  const location = group.attendance === 'online' ? undefined : group.location;
  const languageTags = group.languages.map((tag) => tag.toLowerCase());
  const primaryTags = languageTags.map((tag) => tag.split('-')[0] as string);
  let accessibility = 0;
  for (const feature of location?.accessibility ?? []) {
    accessibility |= 1 << ACCESSIBILITY_VALUES.indexOf(feature);
  }
  const schedules: number[] = [];
  let days = 0;
  for (const schedule of group.schedules) {
    const mask = dayMask(schedule.days);
    schedules.push(mask, minutesOf(schedule.startTime));
    days |= mask;
  }
  return {
    group,
    id: group.id,
    nameKey: foldText(group.name),
    text: ` ${foldText(`${group.name} ${group.description}`)} `,
    hasPoint: location !== undefined,
    lat: location?.coordinates.lat ?? Number.NaN,
    lng: location?.coordinates.lng ?? Number.NaN,
    attendance: ATTENDANCE_VALUES.indexOf(group.attendance),
    costBit: 1 << COST_VALUES.indexOf(group.cost),
    accessibility,
    atFacility: location?.atHealthcareFacility ?? false,
    acceptsReferrals: group.referrals.accepted,
    topics: internAll(dictionaries.topics, expandTopics(group.topics, dictionaries.topicAncestors)),
    audiences: internAll(dictionaries.audiences, group.audiences),
    languages: internAll(dictionaries.languages, [...languageTags, ...primaryTags]),
    languageFacets: internAll(dictionaries.languageFacets, primaryTags),
    days,
    schedules,
    next: null,
  };
}

/** A window of local start times, in minutes after midnight: `from` inclusive, `to` exclusive. */
export interface StartWindow {
  from: number;
  to: number;
}

const TIME_OF_DAY_WINDOWS: Record<TimeOfDay, StartWindow> = {
  morning: { from: 0, to: 12 * 60 },
  afternoon: { from: 12 * 60, to: 17 * 60 },
  evening: { from: 17 * 60, to: 24 * 60 },
};

/**
 * The start windows a query allows: the union of its `timeOfDay` parts, each narrowed by
 * `startsAfter` (inclusive) and `startsBefore` (exclusive). `undefined` when the query sets no
 * time constraint.
 */
export function startWindows(
  timeOfDay: readonly TimeOfDay[] | undefined,
  startsAfter: string | undefined,
  startsBefore: string | undefined,
): StartWindow[] | undefined {
  if (timeOfDay === undefined && startsAfter === undefined && startsBefore === undefined) {
    return undefined;
  }
  const lower = startsAfter === undefined ? 0 : minutesOf(startsAfter);
  const upper = startsBefore === undefined ? 24 * 60 : minutesOf(startsBefore);
  const parts =
    timeOfDay === undefined
      ? [{ from: 0, to: 24 * 60 }]
      : timeOfDay.map((part) => TIME_OF_DAY_WINDOWS[part]);
  return parts
    .map((part) => ({ from: Math.max(part.from, lower), to: Math.min(part.to, upper) }))
    .filter((window) => window.from < window.to);
}

/** The days on which `entry` has a schedule starting inside one of `windows`, as a mask. */
export function daysStartingWithin(entry: IndexEntry, windows: readonly StartWindow[]): number {
  let days = 0;
  const schedules = entry.schedules;
  for (let index = 0; index < schedules.length; index += 2) {
    const start = schedules[index + 1] as number;
    for (const window of windows) {
      if (start >= window.from && start < window.to) {
        days |= schedules[index] as number;
        break;
      }
    }
  }
  return days;
}
