/**
 * The in-memory search index of the directory: built from the store at start-up and kept fresh
 * on every write, so search latency never depends on the database.
 *
 * @packageDocumentation
 */
import {
  BUILT_IN_TAXONOMY,
  type Facets,
  type Group,
  type Taxonomy,
  WEEKDAYS,
} from '@peer-groups/core';
import { foldQueryTerms } from './fold-text.js';
import { distanceKm, GeoGrid } from './geo.js';
import {
  ACCESSIBILITY_VALUES,
  ATTENDANCE_VALUES,
  COST_VALUES,
  createEntry,
  type Dictionaries,
  Dictionary,
  daysStartingWithin,
  type IndexEntry,
  startWindows,
} from './index-entry.js';
import { PageSelector, type Ranked } from './select-page.js';
import type { IndexHit, IndexPage, IndexQuery, NextMeetingFinder } from './types.js';

/** Options of {@link SearchIndex}. */
export interface SearchIndexOptions {
  /** Finds a group's next meeting; its answer is cached until that meeting ends. */
  nextMeeting: NextMeetingFinder;
  /** Gives topics their broader terms, so `mental-health` matches `depression`. Default: the built-in taxonomy. */
  taxonomy?: Taxonomy;
}

const DAY_MS = 86_400_000;
/** How long "no meeting left" is trusted before asking again (schedules are edited through writes). */
const NO_MEETING_RECHECK_MS = 6 * 3_600_000;

// Bits of the faceted filters in a candidate's failure mask.
const TOPICS = 1;
const AUDIENCES = 2;
const ATTENDANCE = 4;
const DAYS = 8;
const LANGUAGES = 16;

function topicAncestors(taxonomy: Taxonomy): Map<string, string[]> {
  const parents = new Map<string, string>();
  for (const term of taxonomy.topics) {
    if (term.parent !== undefined) parents.set(term.id, term.parent);
  }
  const ancestors = new Map<string, string[]>();
  for (const term of taxonomy.topics) {
    const chain: string[] = [];
    let parent = parents.get(term.id);
    // Bounded walk: a taxonomy a directory extends could hold a cycle.
    while (parent !== undefined && chain.length < 16 && !chain.includes(parent)) {
      chain.push(parent);
      parent = parents.get(parent);
    }
    ancestors.set(term.id, chain);
  }
  return ancestors;
}

/** Marks the ids of `values` in a lookup table sized for `dictionary`; `undefined` when no filter. */
function wantedIds(dictionary: Dictionary, values: readonly string[] | undefined) {
  if (values === undefined) return undefined;
  const wanted = new Uint8Array(dictionary.values.length);
  for (const value of values) {
    const id = dictionary.find(value);
    if (id !== -1) wanted[id] = 1;
  }
  return wanted;
}

function hasAny(ids: Int32Array, wanted: Uint8Array): boolean {
  for (let index = 0; index < ids.length; index += 1) {
    if (wanted[ids[index] as number] === 1) return true;
  }
  return false;
}

function increment(counts: Int32Array, index: number): void {
  counts[index] = (counts[index] as number) + 1;
}

function countAll(ids: Int32Array, counts: Int32Array): void {
  for (let index = 0; index < ids.length; index += 1) increment(counts, ids[index] as number);
}

function bitsOf<T>(values: readonly T[] | undefined, order: readonly T[]): number {
  if (values === undefined) return 0;
  let mask = 0;
  for (const value of values) mask |= 1 << order.indexOf(value);
  return mask;
}

function namedCounts(
  names: readonly string[],
  counts: Int32Array,
  options: { all: boolean; selected?: readonly string[] },
): Record<string, number> {
  const result: Record<string, number> = {};
  names.forEach((name, id) => {
    const count = counts[id] ?? 0;
    if (options.all || count > 0) result[name] = count;
  });
  for (const name of options.selected ?? []) {
    if (result[name] === undefined) result[name] = 0;
  }
  return result;
}

/**
 * Every active group, precomputed for filtering, faceting and sorting.
 *
 * A search visits candidates once: the groups in the radius (plus online-only groups) when
 * `near` is set, otherwise all. Each candidate is checked against the unfaceted filters, then
 * the faceted ones; a candidate failing exactly one faceted filter still counts toward that
 * filter's facet, which gives every facet "all filters but its own" in the same pass.
 */
export class SearchIndex {
  readonly #nextMeeting: NextMeetingFinder;
  readonly #dictionaries: Dictionaries;
  readonly #entries: IndexEntry[] = [];
  readonly #byId = new Map<string, number>();
  readonly #grid = new GeoGrid<IndexEntry>();
  readonly #onlineOnly = new Set<IndexEntry>();

  constructor(options: SearchIndexOptions) {
    this.#nextMeeting = options.nextMeeting;
    this.#dictionaries = {
      topics: new Dictionary(),
      audiences: new Dictionary(),
      languages: new Dictionary(),
      languageFacets: new Dictionary(),
      topicAncestors: topicAncestors(options.taxonomy ?? BUILT_IN_TAXONOMY),
    };
  }

  /** Active groups in the index. */
  get size(): number {
    return this.#entries.length;
  }

  /** Whether the index holds an active group with this id. */
  has(id: string): boolean {
    return this.#byId.has(id);
  }

  /** Adds a group, or replaces the one with its id. */
  upsert(group: Group): void {
    const entry = createEntry(group, this.#dictionaries);
    const slot = this.#byId.get(group.id);
    if (slot === undefined) {
      this.#byId.set(group.id, this.#entries.length);
      this.#entries.push(entry);
    } else {
      this.#unplace(this.#entries[slot] as IndexEntry);
      this.#entries[slot] = entry;
    }
    if (entry.hasPoint) this.#grid.add(entry, entry.lat, entry.lng);
    else this.#onlineOnly.add(entry);
  }

  /** Removes a group (retired); unknown ids are ignored. */
  remove(id: string): void {
    const slot = this.#byId.get(id);
    if (slot === undefined) return;
    this.#unplace(this.#entries[slot] as IndexEntry);
    const last = this.#entries.pop() as IndexEntry;
    this.#byId.delete(id);
    if (slot < this.#entries.length) {
      this.#entries[slot] = last;
      this.#byId.set(last.id, slot);
    }
  }

  #unplace(entry: IndexEntry): void {
    if (entry.hasPoint) this.#grid.remove(entry, entry.lat, entry.lng);
    else this.#onlineOnly.delete(entry);
  }

  /** The cached next meeting of `entry`, computed when missing or ended. */
  #nextOf(entry: IndexEntry, now: number): void {
    if (now < entry.nextValidUntil) return;
    const next = this.#nextMeeting(entry.group, now);
    if (next === null) {
      entry.nextStart = Number.POSITIVE_INFINITY;
      entry.nextEnd = Number.POSITIVE_INFINITY;
      entry.nextZone = '';
      entry.nextValidUntil = now + NO_MEETING_RECHECK_MS;
    } else {
      entry.nextStart = next.start;
      entry.nextEnd = next.end;
      entry.nextZone = next.timeZone;
      entry.nextValidUntil = next.end;
    }
  }

  /**
   * Computes up to `budget` missing or ended next meetings ahead of time, so the first
   * `withinDays` or `sort=next` search after start-up does not pay for all of them. Returns how
   * many remain to compute; call again (in later ticks) until 0.
   */
  warmNextMeetings(budget: number, now = Date.now()): number {
    let done = 0;
    let remaining = 0;
    for (const entry of this.#entries) {
      if (now < entry.nextValidUntil) continue;
      if (done < budget) {
        this.#nextOf(entry, now);
        done += 1;
      } else {
        remaining += 1;
      }
    }
    return remaining;
  }

  /** Runs a search at the instant `now` (epoch ms). */
  search(query: IndexQuery, now = Date.now()): IndexPage {
    const dictionaries = this.#dictionaries;
    const near = query.near;
    const costMask = bitsOf(query.cost, COST_VALUES);
    const accessibilityMask = bitsOf(query.accessibility, ACCESSIBILITY_VALUES);
    const attendanceMask = bitsOf(query.attendance, ATTENDANCE_VALUES);
    const dayFilter = bitsOf(query.days, WEEKDAYS);
    const windows = startWindows(query.timeOfDay, query.startsAfter, query.startsBefore);
    const terms = query.q === undefined ? [] : foldQueryTerms(query.q);
    const withinUntil =
      query.withinDays === undefined ? undefined : now + query.withinDays * DAY_MS;
    const wantedTopics = wantedIds(dictionaries.topics, query.topics);
    const wantedAudiences = wantedIds(dictionaries.audiences, query.audiences);
    const wantedLanguages = wantedIds(
      dictionaries.languages,
      query.language?.map((tag) => tag.toLowerCase()),
    );

    const topicCounts = new Int32Array(dictionaries.topics.values.length);
    const audienceCounts = new Int32Array(dictionaries.audiences.values.length);
    const languageCounts = new Int32Array(dictionaries.languageFacets.values.length);
    const attendanceCounts = new Int32Array(ATTENDANCE_VALUES.length);
    const dayCounts = new Int32Array(WEEKDAYS.length);
    const selector = new PageSelector<IndexEntry>(query.limit, query.after);
    let total = 0;

    const consider = (entry: IndexEntry, distance: number): void => {
      if (costMask !== 0 && (entry.costBit & costMask) === 0) return;
      if (accessibilityMask !== 0 && (entry.accessibility & accessibilityMask) === 0) return;
      if (query.atFacility !== undefined && entry.atFacility !== query.atFacility) return;
      if (
        query.acceptsReferrals !== undefined &&
        entry.acceptsReferrals !== query.acceptsReferrals
      ) {
        return;
      }
      for (const term of terms) {
        if (!entry.text.includes(term)) return;
      }
      const days = windows === undefined ? entry.days : daysStartingWithin(entry, windows);
      if (days === 0) return;
      if (withinUntil !== undefined) {
        this.#nextOf(entry, now);
        if (entry.nextStart > withinUntil) return;
      }

      let failed = 0;
      if (wantedTopics !== undefined && !hasAny(entry.topics, wantedTopics)) failed |= TOPICS;
      if (wantedAudiences !== undefined && !hasAny(entry.audiences, wantedAudiences)) {
        failed |= AUDIENCES;
      }
      // Online-only groups have no distance: with `near` they count only when asked for.
      const attendanceBit = 1 << entry.attendance;
      if (
        attendanceMask === 0
          ? near !== undefined && !entry.hasPoint
          : (attendanceBit & attendanceMask) === 0
      ) {
        failed |= ATTENDANCE;
      }
      if (dayFilter !== 0 && (days & dayFilter) === 0) failed |= DAYS;
      if (wantedLanguages !== undefined && !hasAny(entry.languages, wantedLanguages)) {
        failed |= LANGUAGES;
      }
      if ((failed & (failed - 1)) !== 0) return;

      if (failed === 0 || failed === TOPICS) countAll(entry.topics, topicCounts);
      if (failed === 0 || failed === AUDIENCES) countAll(entry.audiences, audienceCounts);
      if (failed === 0 || failed === ATTENDANCE) increment(attendanceCounts, entry.attendance);
      if (failed === 0 || failed === LANGUAGES) countAll(entry.languageFacets, languageCounts);
      if (failed === 0 || failed === DAYS) {
        for (let day = 0; day < 7; day += 1) {
          if ((days & (1 << day)) !== 0) increment(dayCounts, day);
        }
      }
      if (failed !== 0) return;

      total += 1;
      // Name order leaves every primary key equal (infinite), like a cursor without one.
      let primary = Number.POSITIVE_INFINITY;
      if (query.sort === 'distance') primary = distance;
      else if (query.sort === 'next') {
        this.#nextOf(entry, now);
        primary = entry.nextStart;
      }
      selector.offer({ item: entry, primary, name: entry.nameKey, id: entry.id });
    };

    if (near === undefined) {
      for (const entry of this.#entries) consider(entry, Number.POSITIVE_INFINITY);
    } else {
      this.#grid.visitNear(near.lat, near.lng, near.radiusKm, (entry) => {
        const distance = distanceKm(near.lat, near.lng, entry.lat, entry.lng);
        if (distance <= near.radiusKm) consider(entry, distance);
      });
      for (const entry of this.#onlineOnly) consider(entry, Number.POSITIVE_INFINITY);
    }

    const facets: Facets = {
      topics: namedCounts(dictionaries.topics.values, topicCounts, {
        all: false,
        ...(query.topics ? { selected: query.topics } : {}),
      }),
      audiences: namedCounts(dictionaries.audiences.values, audienceCounts, {
        all: false,
        ...(query.audiences ? { selected: query.audiences } : {}),
      }),
      attendance: namedCounts(ATTENDANCE_VALUES, attendanceCounts, { all: true }),
      days: namedCounts(WEEKDAYS, dayCounts, { all: true }),
      languages: namedCounts(dictionaries.languageFacets.values, languageCounts, { all: false }),
    };
    const page = selector.page;
    const hits = page.map((ranked) => this.#hit(ranked, near, now));
    const last = page[page.length - 1];
    const next =
      selector.hasMore && last !== undefined
        ? {
            ...(query.sort === 'name'
              ? {}
              : { primary: Number.isFinite(last.primary) ? last.primary : null }),
            name: last.name,
            id: last.id,
          }
        : null;
    return { hits, total, facets, next };
  }

  #hit(ranked: Ranked<IndexEntry>, near: IndexQuery['near'], now: number): IndexHit {
    const entry = ranked.item;
    this.#nextOf(entry, now);
    const hit: IndexHit = {
      group: entry.group,
      nextMeeting: Number.isFinite(entry.nextStart)
        ? { start: entry.nextStart, end: entry.nextEnd, timeZone: entry.nextZone }
        : null,
    };
    if (near !== undefined && entry.hasPoint) {
      // Recomputed for the page only, so sorts other than distance need not carry it per candidate.
      hit.distanceKm = distanceKm(near.lat, near.lng, entry.lat, entry.lng);
    }
    return hit;
  }
}
