/**
 * The search index's own query and result shapes: the wire query after validation and place
 * resolution, and results before they are serialized.
 *
 * @packageDocumentation
 */
import type { Facets, Group, SearchQuery, SortOrder } from '@peer-groups/core';
import type { SortKey } from './cursor.js';

/** A point and radius to search around, resolved from `near` and `radiusKm`. */
export interface SearchArea {
  lat: number;
  lng: number;
  radiusKm: number;
}

/** A validated search, with `near` resolved to a point and every default applied. */
export interface IndexQuery
  extends Omit<SearchQuery, 'near' | 'radiusKm' | 'cursor' | 'sort' | 'limit'> {
  near?: SearchArea;
  sort: SortOrder;
  limit: number;
  /** Return only results after this key (from a cursor). */
  after?: SortKey;
  /**
   * `false` skips counting facets, for callers that show only the results (a calendar feed of a
   * search); the page's facets then count nothing. Default: counted.
   */
  facets?: boolean;
}

/** A group's next meeting as exact instants and the zone to show them in. */
export interface NextMeetingTimes {
  /** Epoch milliseconds. */
  start: number;
  /** Epoch milliseconds. */
  end: number;
  /** The IANA zone of the schedule it comes from. */
  timeZone: string;
}

/**
 * Finds the first meeting of `group` that has not ended at `now` (epoch ms), or `null` when it
 * has no meeting left.
 */
export type NextMeetingFinder = (group: Group, now: number) => NextMeetingTimes | null;

/** One result of {@link IndexQuery}. */
export interface IndexHit {
  group: Group;
  /** Distance from the search point, for groups with a location when `near` was given. */
  distanceKm?: number;
  /** The cached next meeting: the same object on every hit until that meeting ends. */
  nextMeeting: NextMeetingTimes | null;
}

/** A page of results. */
export interface IndexPage {
  hits: IndexHit[];
  /** Matches of the whole search, across every page. */
  total: number;
  facets: Facets;
  /** The key of the last hit when more results follow, for the next cursor; otherwise `null`. */
  next: SortKey | null;
  /**
   * Until when (epoch ms, exclusive) the same search on the same index revision gives this
   * page: the first instant a meeting it depends on ends or comes within `withinDays`.
   * `Infinity` when nothing in it depends on the clock.
   */
  validUntil: number;
}
