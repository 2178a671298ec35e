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
import { BitColumn } from './bit-column.js';
import { foldQueryTerms } from './fold-text.js';
import { chordOfKm, distanceKm, GeoGrid, gridCellKey, kmOfChord, unitVector } from './geo.js';
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
import { PageSelector } from './select-page.js';
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

/** The query mask of `values` in `column`; `undefined` when the filter is not set. */
function wantedMask(
  column: BitColumn,
  dictionary: Dictionary,
  values: readonly string[] | undefined,
) {
  if (values === undefined) return undefined;
  const ids: number[] = [];
  for (const value of values) {
    const id = dictionary.find(value);
    if (id !== -1) ids.push(id);
  }
  return column.mask(ids);
}

function increment(counts: Int32Array, index: number): void {
  counts[index] = (counts[index] as number) + 1;
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

/** Most remembered online-only facet counts; beyond it the memo starts over. */
const ONLINE_MEMO_SIZE = 512;
const ONLINE = ATTENDANCE_VALUES.indexOf('online');

/**
 * The filters an online-only group's facet count depends on when `near` is set and the search
 * does not ask for online groups: everything but the area, attendance, order and page.
 */
function onlineMemoKey(query: IndexQuery): string {
  return JSON.stringify([
    query.topics,
    query.audiences,
    query.days,
    query.timeOfDay,
    query.startsAfter,
    query.startsBefore,
    query.language,
    query.cost,
    query.accessibility,
    query.atFacility,
    query.acceptsReferrals,
    query.q,
  ]);
}

// Bits of the flags column.
const HAS_POINT = 1;
const AT_FACILITY = 2;
const ACCEPTS_REFERRALS = 4;

/**
 * Every active group, precomputed for filtering, faceting and sorting.
 *
 * The fields a search reads for every candidate live in typed columns indexed by slot, so a
 * search over tens of thousands of candidates stays in the CPU cache; the group objects are
 * only touched for matches (and for text and time-of-day filters).
 *
 * A search visits candidates once: the groups in the radius (plus online-only groups) when
 * `near` is set, otherwise all. Each candidate is checked against the unfaceted filters, then
 * the faceted ones; a candidate failing exactly one faceted filter still counts toward that
 * filter's facet, which gives every facet "all filters but its own" in the same pass.
 */
export class SearchIndex {
  readonly #nextMeeting: NextMeetingFinder;
  readonly #dictionaries: Dictionaries;
  readonly #byId = new Map<string, number>();
  readonly #grid = new GeoGrid<number>();
  readonly #onlineOnly = new Set<number>();
  readonly #free: number[] = [];
  /**
   * Online-only groups counted toward `attendance.online` by radius searches that do not ask for
   * them, by filters: the same for every area, so repeated searches skip those groups. Cleared
   * on every write.
   */
  readonly #onlineCounts = new Map<string, number>();
  #entries: (IndexEntry | undefined)[] = [];
  #revision = 0;
  #slots = 0;
  #capacity = 0;
  #alive = new Uint8Array(0);
  // Points as unit vectors: the radius test is then a few multiplications, no trigonometry.
  #x = new Float64Array(0);
  #y = new Float64Array(0);
  #z = new Float64Array(0);
  #attendance = new Uint8Array(0);
  #costBit = new Uint8Array(0);
  #flags = new Uint8Array(0);
  #days = new Uint8Array(0);
  #accessibility = new Uint16Array(0);
  #nextStart = new Float64Array(0);
  #nextEnd = new Float64Array(0);
  #nextValidUntil = new Float64Array(0);
  readonly #topics = new BitColumn(0);
  readonly #audiences = new BitColumn(0);
  readonly #languages = new BitColumn(0);
  readonly #languageFacets = new BitColumn(0);

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
    return this.#byId.size;
  }

  /**
   * Goes up on every change to the indexed groups, so an answer computed at one revision can
   * be reused while the revision (and the clock, see {@link IndexPage.validUntil}) allows.
   */
  get revision(): number {
    return this.#revision;
  }

  /** Whether the index holds an active group with this id. */
  has(id: string): boolean {
    return this.#byId.has(id);
  }

  #grow(): void {
    const capacity = Math.max(1024, this.#capacity * 2);
    const grown = <T extends Uint8Array | Uint16Array | Float64Array>(
      old: T,
      make: (n: number) => T,
    ) => {
      const next = make(capacity);
      next.set(old);
      return next;
    };
    this.#alive = grown(this.#alive, (n) => new Uint8Array(n));
    this.#x = grown(this.#x, (n) => new Float64Array(n));
    this.#y = grown(this.#y, (n) => new Float64Array(n));
    this.#z = grown(this.#z, (n) => new Float64Array(n));
    this.#attendance = grown(this.#attendance, (n) => new Uint8Array(n));
    this.#costBit = grown(this.#costBit, (n) => new Uint8Array(n));
    this.#flags = grown(this.#flags, (n) => new Uint8Array(n));
    this.#days = grown(this.#days, (n) => new Uint8Array(n));
    this.#accessibility = grown(this.#accessibility, (n) => new Uint16Array(n));
    this.#nextStart = grown(this.#nextStart, (n) => new Float64Array(n));
    this.#nextEnd = grown(this.#nextEnd, (n) => new Float64Array(n));
    this.#nextValidUntil = grown(this.#nextValidUntil, (n) => new Float64Array(n));
    for (const column of [this.#topics, this.#audiences, this.#languages, this.#languageFacets]) {
      column.grow(capacity);
    }
    this.#capacity = capacity;
  }

  #place(slot: number, entry: IndexEntry): void {
    this.#revision += 1;
    this.#onlineCounts.clear();
    this.#entries[slot] = entry;
    this.#alive[slot] = 1;
    const [x, y, z] = unitVector(entry.lat, entry.lng);
    this.#x[slot] = x;
    this.#y[slot] = y;
    this.#z[slot] = z;
    this.#attendance[slot] = entry.attendance;
    this.#costBit[slot] = entry.costBit;
    this.#flags[slot] =
      (entry.hasPoint ? HAS_POINT : 0) |
      (entry.atFacility ? AT_FACILITY : 0) |
      (entry.acceptsReferrals ? ACCEPTS_REFERRALS : 0);
    this.#days[slot] = entry.days;
    this.#accessibility[slot] = entry.accessibility;
    this.#nextValidUntil[slot] = Number.NEGATIVE_INFINITY;
    this.#topics.set(slot, entry.topics);
    this.#audiences.set(slot, entry.audiences);
    this.#languages.set(slot, entry.languages);
    this.#languageFacets.set(slot, entry.languageFacets);
    if (entry.hasPoint) this.#grid.add(slot, entry.lat, entry.lng);
    else this.#onlineOnly.add(slot);
  }

  #unplace(slot: number): void {
    const entry = this.#entries[slot];
    if (entry === undefined) return;
    this.#revision += 1;
    this.#onlineCounts.clear();
    if (entry.hasPoint) this.#grid.remove(slot, entry.lat, entry.lng);
    else this.#onlineOnly.delete(slot);
    this.#entries[slot] = undefined;
    this.#alive[slot] = 0;
  }

  /**
   * Adds many groups, in an order that puts neighbours in neighbouring slots: a radius search
   * then reads its candidates' columns from a few stretches of memory instead of all over.
   */
  load(groups: readonly Group[]): void {
    const cellOf = (group: Group) => {
      const point = group.attendance === 'online' ? undefined : group.location?.coordinates;
      return point === undefined ? Number.POSITIVE_INFINITY : gridCellKey(point.lat, point.lng);
    };
    const keyed = groups.map((group) => ({ group, cell: cellOf(group) }));
    keyed.sort((left, right) => left.cell - right.cell);
    for (const { group } of keyed) this.upsert(group);
  }

  /** Adds a group, or replaces the one with its id. */
  upsert(group: Group): void {
    const entry = createEntry(group, this.#dictionaries);
    let slot = this.#byId.get(group.id);
    if (slot === undefined) {
      slot = this.#free.pop();
      if (slot === undefined) {
        if (this.#slots === this.#capacity) this.#grow();
        slot = this.#slots;
        this.#slots += 1;
      }
      this.#byId.set(group.id, slot);
    } else {
      this.#unplace(slot);
    }
    this.#place(slot, entry);
  }

  /** Removes a group (retired); unknown ids are ignored. */
  remove(id: string): void {
    const slot = this.#byId.get(id);
    if (slot === undefined) return;
    this.#unplace(slot);
    this.#byId.delete(id);
    this.#free.push(slot);
  }

  /** Makes sure slot `slot` has its next meeting cached for `now`. */
  #nextOf(slot: number, now: number): void {
    if (now < (this.#nextValidUntil[slot] as number)) return;
    const entry = this.#entries[slot] as IndexEntry;
    const next = this.#nextMeeting(entry.group, now);
    entry.next = next;
    if (next === null) {
      this.#nextStart[slot] = Number.POSITIVE_INFINITY;
      this.#nextEnd[slot] = Number.POSITIVE_INFINITY;
      this.#nextValidUntil[slot] = now + NO_MEETING_RECHECK_MS;
    } else {
      this.#nextStart[slot] = next.start;
      this.#nextEnd[slot] = next.end;
      this.#nextValidUntil[slot] = next.end;
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
    for (let slot = 0; slot < this.#slots; slot += 1) {
      if (this.#alive[slot] === 0 || now < (this.#nextValidUntil[slot] as number)) continue;
      if (done < budget) {
        this.#nextOf(slot, now);
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
    const countFacets = query.facets !== false;
    const costMask = bitsOf(query.cost, COST_VALUES);
    const accessibilityMask = bitsOf(query.accessibility, ACCESSIBILITY_VALUES);
    const attendanceMask = bitsOf(query.attendance, ATTENDANCE_VALUES);
    const dayFilter = bitsOf(query.days, WEEKDAYS);
    const windows = startWindows(query.timeOfDay, query.startsAfter, query.startsBefore);
    const terms = query.q === undefined ? [] : foldQueryTerms(query.q);
    const withinUntil =
      query.withinDays === undefined ? undefined : now + query.withinDays * DAY_MS;
    let flagMask = 0;
    let flagValue = 0;
    if (query.atFacility !== undefined) {
      flagMask |= AT_FACILITY;
      if (query.atFacility) flagValue |= AT_FACILITY;
    }
    if (query.acceptsReferrals !== undefined) {
      flagMask |= ACCEPTS_REFERRALS;
      if (query.acceptsReferrals) flagValue |= ACCEPTS_REFERRALS;
    }
    const topics = this.#topics;
    const audiences = this.#audiences;
    const languages = this.#languages;
    const languageFacets = this.#languageFacets;
    const wantedTopics = wantedMask(topics, dictionaries.topics, query.topics);
    const wantedAudiences = wantedMask(audiences, dictionaries.audiences, query.audiences);
    const wantedLanguages = wantedMask(
      languages,
      dictionaries.languages,
      query.language?.map((tag) => tag.toLowerCase()),
    );
    const costBits = this.#costBit;
    const accessibility = this.#accessibility;
    const flags = this.#flags;
    const attendance = this.#attendance;
    const dayColumn = this.#days;
    const entries = this.#entries;

    const topicCounts = new Int32Array(dictionaries.topics.values.length);
    const audienceCounts = new Int32Array(dictionaries.audiences.values.length);
    const languageCounts = new Int32Array(dictionaries.languageFacets.values.length);
    const attendanceCounts = new Int32Array(ATTENDANCE_VALUES.length);
    const dayCounts = new Int32Array(WEEKDAYS.length);
    const selector = new PageSelector<number>(query.limit, query.after);
    const keyOf = (slot: number) => {
      const entry = entries[slot] as IndexEntry;
      return { name: entry.nameKey, id: entry.id };
    };
    let total = 0;
    // The first instant the answer may differ because time passed (a meeting ended, or one
    // came within `withinDays`); the index's contents are the other thing it depends on.
    let validUntil = Number.POSITIVE_INFINITY;
    const nextStarts = this.#nextStart;
    const nextValidUntils = this.#nextValidUntil;

    const xs = this.#x;
    const ys = this.#y;
    const zs = this.#z;
    const [cx, cy, cz] = near === undefined ? [0, 0, 0] : unitVector(near.lat, near.lng);
    /** The squared chord from the search point to slot's point on the unit sphere. */
    const chordSquaredOf = (slot: number): number => {
      const dx = (xs[slot] as number) - cx;
      const dy = (ys[slot] as number) - cy;
      const dz = (zs[slot] as number) - cz;
      return dx * dx + dy * dy + dz * dz;
    };
    // Takes the slot alone: a double argument would be boxed on every call that is not inlined.
    const consider = (slot: number): void => {
      if (costMask !== 0 && ((costBits[slot] as number) & costMask) === 0) return;
      if (accessibilityMask !== 0 && ((accessibility[slot] as number) & accessibilityMask) === 0) {
        return;
      }
      const slotFlags = flags[slot] as number;
      if ((slotFlags & flagMask) !== flagValue) return;
      if (terms.length > 0) {
        const text = (entries[slot] as IndexEntry).text;
        for (const term of terms) {
          if (!text.includes(term)) return;
        }
      }
      const days =
        windows === undefined
          ? (dayColumn[slot] as number)
          : daysStartingWithin(entries[slot] as IndexEntry, windows);
      if (days === 0) return;
      if (withinUntil !== undefined) {
        this.#nextOf(slot, now);
        const start = nextStarts[slot] as number;
        if (start > withinUntil) {
          // It comes within the window once the clock nears its next meeting.
          validUntil = Math.min(validUntil, start - (withinUntil - now));
          return;
        }
        // It leaves the window, or meets again later, once this meeting ends.
        validUntil = Math.min(validUntil, nextValidUntils[slot] as number);
      }

      let failed = 0;
      if (wantedTopics !== undefined && !topics.hasAny(slot, wantedTopics)) failed |= TOPICS;
      if (wantedAudiences !== undefined && !audiences.hasAny(slot, wantedAudiences)) {
        failed |= AUDIENCES;
      }
      // Online-only groups have no distance: with `near` they count only when asked for.
      const slotAttendance = attendance[slot] as number;
      if (
        attendanceMask === 0
          ? near !== undefined && (slotFlags & HAS_POINT) === 0
          : ((1 << slotAttendance) & attendanceMask) === 0
      ) {
        failed |= ATTENDANCE;
      }
      if (dayFilter !== 0 && (days & dayFilter) === 0) failed |= DAYS;
      if (wantedLanguages !== undefined && !languages.hasAny(slot, wantedLanguages)) {
        failed |= LANGUAGES;
      }
      if ((failed & (failed - 1)) !== 0) return;
      if (countFacets) {
        if (failed === 0 || failed === TOPICS) topics.countInto(slot, topicCounts);
        if (failed === 0 || failed === AUDIENCES) audiences.countInto(slot, audienceCounts);
        if (failed === 0 || failed === ATTENDANCE) increment(attendanceCounts, slotAttendance);
        if (failed === 0 || failed === LANGUAGES) languageFacets.countInto(slot, languageCounts);
        if (failed === 0 || failed === DAYS) {
          for (let day = 0; day < 7; day += 1) {
            if ((days & (1 << day)) !== 0) increment(dayCounts, day);
          }
        }
      }
      if (failed !== 0) return;

      total += 1;
      // Name order leaves every primary key equal (infinite), like a cursor without one.
      let primary = Number.POSITIVE_INFINITY;
      if (query.sort === 'distance' && (slotFlags & HAS_POINT) !== 0) {
        primary = kmOfChord(Math.sqrt(chordSquaredOf(slot)));
      } else if (query.sort === 'next') {
        this.#nextOf(slot, now);
        primary = nextStarts[slot] as number;
        // Its place in the order moves once its next meeting ends.
        validUntil = Math.min(validUntil, nextValidUntils[slot] as number);
      }
      selector.offer(slot, primary, keyOf);
    };

    if (near === undefined) {
      const alive = this.#alive;
      for (let slot = 0; slot < this.#slots; slot += 1) {
        if (alive[slot] === 1) consider(slot);
      }
    } else {
      const maxChord = chordOfKm(near.radiusKm);
      const maxChordSquared = maxChord * maxChord;
      this.#grid.visitNear(near.lat, near.lng, near.radiusKm, (slot) => {
        if (chordSquaredOf(slot) <= maxChordSquared) consider(slot);
      });
      const onlineAsked = (attendanceMask & (1 << ONLINE)) !== 0;
      // Not asked for, online-only groups could only count toward a facet: skip them when
      // facets are not counted.
      if (onlineAsked || countFacets) {
        this.#considerOnlineOnly(query, onlineAsked, consider, attendanceCounts);
      }
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
    const hits = page.map((ranked) => {
      const hit = this.#hit(ranked.item, near, now);
      // The next meeting shown is replaced once it ends.
      validUntil = Math.min(validUntil, nextValidUntils[ranked.item] as number);
      return hit;
    });
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
    return { hits, total, facets, next, validUntil };
  }

  /**
   * Offers the online-only groups to a radius search. When the search does not ask for them
   * they only ever count toward `attendance.online`, the same count for every area: it is
   * remembered by the other filters, so repeated searches skip those groups.
   */
  #considerOnlineOnly(
    query: IndexQuery,
    onlineAsked: boolean,
    consider: (slot: number) => void,
    attendanceCounts: Int32Array,
  ): void {
    // withinDays depends on the clock, so its counts are never remembered.
    const memoKey =
      onlineAsked || query.withinDays !== undefined ? undefined : onlineMemoKey(query);
    const remembered = memoKey === undefined ? undefined : this.#onlineCounts.get(memoKey);
    if (remembered !== undefined) {
      attendanceCounts[ONLINE] = (attendanceCounts[ONLINE] as number) + remembered;
      return;
    }
    const before = attendanceCounts[ONLINE] as number;
    for (const slot of this.#onlineOnly) consider(slot);
    if (memoKey !== undefined) {
      if (this.#onlineCounts.size >= ONLINE_MEMO_SIZE) this.#onlineCounts.clear();
      this.#onlineCounts.set(memoKey, (attendanceCounts[ONLINE] as number) - before);
    }
  }

  #hit(slot: number, near: IndexQuery['near'], now: number): IndexHit {
    const entry = this.#entries[slot] as IndexEntry;
    this.#nextOf(slot, now);
    const hit: IndexHit = { group: entry.group, nextMeeting: entry.next };
    if (near !== undefined && entry.hasPoint) {
      // Recomputed for the page only, so sorts other than distance need not carry it per candidate.
      hit.distanceKm = distanceKm(near.lat, near.lng, entry.lat, entry.lng);
    }
    return hit;
  }
}
