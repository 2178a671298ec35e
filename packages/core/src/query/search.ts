/**
 * The query string of `GET /v1/groups`, in both directions: the SDK writes it, the server reads
 * it, and both go through the same table, so they agree by construction.
 *
 * @packageDocumentation
 */
import type { InvalidParam } from '../schemas/problem.js';
import type { SearchQuery } from '../schemas/search.js';
import { searchQuerySchema } from '../schemas/search.js';
import type { CrossCheck, QueryFields, QueryParseResult } from './codec.js';
import { defineQueryCodec } from './codec.js';
import {
  booleanField,
  integerField,
  listField,
  nearField,
  numberField,
  textField,
} from './fields.js';

/** The parameters of `GET /v1/groups` in canonical order, with how each reads and writes. */
export const searchFields: QueryFields<SearchQuery> = {
  near: nearField,
  radiusKm: numberField,
  topics: listField,
  audiences: listField,
  // The schema narrows these lists to their allowed values and names the ones it refuses.
  attendance: listField as QueryFields<SearchQuery>['attendance'],
  days: listField as QueryFields<SearchQuery>['days'],
  timeOfDay: listField as QueryFields<SearchQuery>['timeOfDay'],
  startsAfter: textField,
  startsBefore: textField,
  language: listField,
  cost: listField as QueryFields<SearchQuery>['cost'],
  accessibility: listField as QueryFields<SearchQuery>['accessibility'],
  atFacility: booleanField,
  acceptsReferrals: booleanField,
  withinDays: integerField,
  q: textField,
  sort: textField as QueryFields<SearchQuery>['sort'],
  limit: integerField,
  cursor: textField,
};

const distanceNeedsNear: CrossCheck<SearchQuery> = (valid, given) =>
  valid.sort === 'distance' && !given.has('near')
    ? [
        {
          name: 'sort',
          reason:
            'sort=distance needs near ("lat,lng", a postal code or a place name); give near, or sort by next or name',
        },
      ]
    : [];

const oneKindOfTimeFilter: CrossCheck<SearchQuery> = (_valid, given) =>
  given.has('timeOfDay') && (given.has('startsAfter') || given.has('startsBefore'))
    ? [
        {
          name: 'timeOfDay',
          reason: 'cannot be combined with startsAfter or startsBefore; use one or the other',
        },
      ]
    : [];

const timeWindowInOrder: CrossCheck<SearchQuery> = (valid) => {
  const { startsAfter, startsBefore } = valid;
  if (startsAfter === undefined || startsBefore === undefined || startsAfter < startsBefore) {
    return [];
  }
  const problem: InvalidParam = {
    name: 'startsAfter',
    reason: `must be before startsBefore (${startsAfter} is not before ${startsBefore})`,
  };
  return [problem];
};

const searchCodec = defineQueryCodec<SearchQuery>({
  schema: searchQuerySchema,
  fields: searchFields,
  checks: [distanceNeedsNear, oneKindOfTimeFilter, timeWindowInOrder],
});

/**
 * The URL parameters of a search, in canonical order (the order of {@link SearchQuery}'s fields),
 * so equal queries make equal URLs and caches hit. Lists are comma-separated; `near` coordinates
 * are written `lat,lng`. Empty lists and an empty `q` filter nothing and are left out.
 */
export function searchQueryToParams(query: SearchQuery): URLSearchParams {
  return searchCodec.toParams(query);
}

/**
 * Reads the query string of `GET /v1/groups`. Never throws: on bad input it names every invalid
 * parameter with a reason: unknown or repeated parameters, malformed numbers, booleans, times and
 * lists, values out of range, unknown values (with the allowed ones), `sort=distance` without
 * `near`, `timeOfDay` together with `startsAfter`/`startsBefore`, and `startsAfter` not before
 * `startsBefore`. `near` given as `lat,lng` reads as coordinates; any other text is a postal code
 * or place name. The result satisfies `searchQuerySchema`.
 */
export function parseSearchParams(params: URLSearchParams): QueryParseResult<SearchQuery> {
  return searchCodec.parse(params);
}
