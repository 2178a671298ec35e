/**
 * Searching the directory: the query a client sends and the page of results it gets back.
 *
 * @packageDocumentation
 */
import * as z from 'zod/mini';
import { attendanceSchema, costSchema, groupShape, listingChecks } from './group.js';
import { accessibilityFeatureSchema } from './location.js';
import { oneOf } from './one-of.js';
import {
  coordinatesSchema,
  instantSchema,
  languageTagSchema,
  localTimeSchema,
  termIdSchema,
  weekdaySchema,
} from './primitives.js';

/** Most results one page may hold. */
export const MAX_PAGE_SIZE = 100;
/** Results per page when the query does not say. */
export const DEFAULT_PAGE_SIZE = 20;
/** Widest search radius accepted, in kilometres. */
export const MAX_RADIUS_KM = 500;
/** Search radius when `near` is given without `radiusKm`, in kilometres. */
export const DEFAULT_RADIUS_KM = 25;
/** Furthest ahead `withinDays` may look. */
export const MAX_WITHIN_DAYS = 90;

/** Coarse parts of the day, in the group's local time: morning before 12:00, afternoon 12:00-17:00, evening from 17:00. */
export const timeOfDaySchema = /* @__PURE__ */ oneOf(['morning', 'afternoon', 'evening']);
/** A coarse part of the day in the group's local time. */
export type TimeOfDay = z.infer<typeof timeOfDaySchema>;

/** How results are ordered. */
export const sortSchema = /* @__PURE__ */ oneOf(['distance', 'next', 'name']);
/** How results are ordered: by `distance` (needs `near`), `next` meeting, or `name`. */
export type SortOrder = z.infer<typeof sortSchema>;

/**
 * A search of the directory, as a typed object. Every filter is optional; list filters match a
 * group that has any of the listed values, and different filters must all match.
 */
export const searchQuerySchema = /* @__PURE__ */ z.object({
  /** A point, a postal code or a place name. Places are resolved on the server, never by a third party. */
  near: z.optional(
    z.union([
      coordinatesSchema,
      /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(100)),
    ]),
  ),
  radiusKm: z.optional(/* @__PURE__ */ z.number().check(z.gt(0), z.lte(MAX_RADIUS_KM))),
  topics: z.optional(/* @__PURE__ */ z.array(termIdSchema).check(z.maxLength(20))),
  audiences: z.optional(/* @__PURE__ */ z.array(termIdSchema).check(z.maxLength(20))),
  attendance: z.optional(z.array(attendanceSchema)),
  days: z.optional(z.array(weekdaySchema)),
  timeOfDay: z.optional(z.array(timeOfDaySchema)),
  startsAfter: z.optional(localTimeSchema),
  startsBefore: z.optional(localTimeSchema),
  language: z.optional(/* @__PURE__ */ z.array(languageTagSchema).check(z.maxLength(10))),
  cost: z.optional(z.array(costSchema)),
  accessibility: z.optional(z.array(accessibilityFeatureSchema)),
  atFacility: z.optional(z.boolean()),
  acceptsReferrals: z.optional(z.boolean()),
  withinDays: z.optional(/* @__PURE__ */ z.int().check(z.gte(1), z.lte(MAX_WITHIN_DAYS))),
  q: z.optional(/* @__PURE__ */ z.string().check(z.maxLength(200))),
  sort: z.optional(sortSchema),
  limit: z.optional(/* @__PURE__ */ z.int().check(z.gte(1), z.lte(MAX_PAGE_SIZE))),
  cursor: z.optional(/* @__PURE__ */ z.string().check(z.maxLength(512))),
});
/** A search of the directory, as a typed object. */
export type SearchQuery = z.infer<typeof searchQuerySchema>;

/** The start and end of a group's next meeting, as exact instants. */
export const nextMeetingSchema = /* @__PURE__ */ z.object({
  start: instantSchema,
  end: instantSchema,
});
/** The start and end of a group's next meeting, as exact instants. */
export type NextMeeting = z.infer<typeof nextMeetingSchema>;

/** One search result: a group, its distance from `near` when given, and its next meeting. */
export const searchHitSchema = /* @__PURE__ */ z
  .object({
    ...groupShape,
    distanceKm: z.optional(/* @__PURE__ */ z.number().check(z.gte(0))),
    nextMeeting: z.nullable(nextMeetingSchema),
  })
  .check(...listingChecks);
/** One search result: a group, its distance from `near` when given, and its next meeting. */
export type SearchHit = z.infer<typeof searchHitSchema>;

const countsSchema = /* @__PURE__ */ z.record(z.string(), /* @__PURE__ */ z.int().check(z.gte(0)));

/** How many matches each filter value would give, so filters can show counts. */
export const facetsSchema = /* @__PURE__ */ z.object({
  topics: countsSchema,
  audiences: countsSchema,
  attendance: countsSchema,
  days: countsSchema,
  languages: countsSchema,
});
/** How many matches each filter value would give. */
export type Facets = z.infer<typeof facetsSchema>;

/** One page of search results. `nextCursor` is null on the last page. */
export const searchPageSchema = /* @__PURE__ */ z.object({
  items: z.array(searchHitSchema),
  nextCursor: z.nullable(z.string()),
  total: /* @__PURE__ */ z.int().check(z.gte(0)),
  facets: facetsSchema,
});
/** One page of search results. */
export type SearchPage = z.infer<typeof searchPageSchema>;
