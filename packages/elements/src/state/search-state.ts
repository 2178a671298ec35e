import {
  type Attendance,
  attendanceSchema,
  type SearchQuery,
  type SortOrder,
  sortSchema,
  type TimeOfDay,
  timeOfDaySchema,
  WEEKDAYS,
  type Weekday,
} from '@peer-groups/core';

/** What the patient asked for: the form and filters of the widget, as plain values. */
export interface SearchState {
  /** A postal code, a place name, or `lat,lng` from "use my location"; empty for none. */
  near: string;
  /** Online groups only, which need no place. */
  online: boolean;
  /** Search radius in kilometres; the directory's default when absent. */
  radiusKm?: number;
  /** Free text over names and descriptions. */
  q: string;
  topics: string[];
  audiences: string[];
  attendance: Attendance[];
  days: Weekday[];
  timeOfDay: TimeOfDay[];
  languages: string[];
  free: boolean;
  accessible: boolean;
  acceptsReferrals: boolean;
  atFacility: boolean;
  /** Meets in the next 7 days. */
  soon: boolean;
  sort?: SortOrder;
}

/** A search with nothing chosen. */
export function emptyState(): SearchState {
  return {
    near: '',
    online: false,
    q: '',
    topics: [],
    audiences: [],
    attendance: [],
    days: [],
    timeOfDay: [],
    languages: [],
    free: false,
    accessible: false,
    acceptsReferrals: false,
    atFacility: false,
    soon: false,
  };
}

/** `state` with every filter cleared, keeping where the patient looks and the sort order. */
export function clearFilters(state: SearchState): SearchState {
  return { ...emptyState(), near: state.near, online: state.online, sort: state.sort };
}

const COORDINATES = /^\s*(-?\d{1,2}(?:\.\d+)?)\s*,\s*(-?\d{1,3}(?:\.\d+)?)\s*$/;

/** Attendance that counts as "online": hybrid groups can be joined from home too. */
const ONLINE_ATTENDANCE: Attendance[] = ['online', 'hybrid'];

/** The directory query for `state`, asking for `limit` results. */
export function toQuery(state: SearchState, limit: number): SearchQuery {
  const query: SearchQuery = { limit };
  const near = state.near.trim();
  if (!state.online && near !== '') {
    const point = COORDINATES.exec(near);
    query.near = point ? { lat: Number(point[1]), lng: Number(point[2]) } : near;
    if (state.radiusKm !== undefined) query.radiusKm = state.radiusKm;
  }
  const attendance = state.online
    ? state.attendance.filter((mode) => ONLINE_ATTENDANCE.includes(mode))
    : state.attendance;
  if (state.online && attendance.length === 0) query.attendance = ONLINE_ATTENDANCE;
  else if (attendance.length > 0) query.attendance = attendance;
  if (state.q.trim() !== '') query.q = state.q.trim();
  if (state.topics.length > 0) query.topics = state.topics;
  if (state.audiences.length > 0) query.audiences = state.audiences;
  if (state.days.length > 0) query.days = state.days;
  if (state.timeOfDay.length > 0) query.timeOfDay = state.timeOfDay;
  if (state.languages.length > 0) query.language = state.languages;
  if (state.free) query.cost = ['free'];
  if (state.accessible) query.accessibility = ['wheelchair'];
  if (state.acceptsReferrals) query.acceptsReferrals = true;
  if (state.atFacility) query.atFacility = true;
  if (state.soon) query.withinDays = 7;
  const sort = state.sort ?? (query.near === undefined ? 'next' : 'distance');
  // Distance means nothing without a place; the directory refuses it, so fall back to soonest.
  query.sort = sort === 'distance' && query.near === undefined ? 'next' : sort;
  return query;
}

/** Splits a comma-separated attribute or parameter into trimmed, non-empty values. */
export function splitList(text: string | null | undefined): string[] {
  if (!text) return [];
  return text
    .split(',')
    .map((value) => value.trim())
    .filter((value) => value !== '');
}

function pick<Value extends string>(values: readonly Value[], text: string | null): Value[] {
  return splitList(text).filter((value): value is Value => values.includes(value as Value));
}

const PREFIX = 'pg-';
const GROUP = `${PREFIX}group`;
const LISTS = ['topics', 'audiences', 'attendance', 'days', 'timeOfDay', 'languages'] as const;
const FLAGS = ['online', 'free', 'accessible', 'acceptsReferrals', 'atFacility', 'soon'] as const;

/**
 * Writes `state` and the open group into `params` under `pg-` names, so a link reopens the same
 * search and the host page's own parameters are left alone.
 */
export function writeParams(params: URLSearchParams, state: SearchState, groupId?: string): void {
  for (const key of [...params.keys()]) {
    if (key.startsWith(PREFIX)) params.delete(key);
  }
  const set = (name: string, value: string) => {
    if (value !== '') params.set(PREFIX + name, value);
  };
  set('near', state.online ? '' : state.near.trim());
  set('q', state.q.trim());
  if (state.radiusKm !== undefined) set('radius', String(state.radiusKm));
  for (const name of LISTS) set(name, state[name].join(','));
  for (const name of FLAGS) set(name, state[name] ? '1' : '');
  set('sort', state.sort ?? '');
  set('group', groupId ?? '');
}

/**
 * Whether `params` hold a search: any `pg-` parameter but the open group. Only a search
 * overrides the clinic's defaults; a link to one group opens it over the clinic's search.
 */
export function hasSearch(params: URLSearchParams): boolean {
  for (const key of params.keys()) if (key.startsWith(PREFIX) && key !== GROUP) return true;
  return false;
}

/** Reads the state and open group that {@link writeParams} wrote; unknown values are dropped. */
export function readParams(params: URLSearchParams): { state: SearchState; groupId?: string } {
  const get = (name: string) => params.get(PREFIX + name);
  const state = emptyState();
  state.near = get('near') ?? '';
  state.q = get('q') ?? '';
  const radius = Number(get('radius'));
  if (radius > 0 && radius <= 500) state.radiusKm = radius;
  state.topics = splitList(get('topics'));
  state.audiences = splitList(get('audiences'));
  state.languages = splitList(get('languages'));
  state.attendance = pick(attendanceSchema.options, get('attendance'));
  state.days = pick(WEEKDAYS, get('days'));
  state.timeOfDay = pick(timeOfDaySchema.options, get('timeOfDay'));
  for (const name of FLAGS) state[name] = get(name) === '1';
  const sort = pick(sortSchema.options, get('sort'))[0];
  if (sort !== undefined) state.sort = sort;
  const groupId = get('group') ?? undefined;
  return groupId === undefined ? { state } : { state, groupId };
}
