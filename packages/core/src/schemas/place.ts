/**
 * Places: postal codes and place names resolved to points from open data the server bundles.
 *
 * @packageDocumentation
 */
import * as z from 'zod/mini';
import { oneOf } from './one-of.js';
import { coordinatesSchema, shortText } from './primitives.js';

/** What kind of place a match is. */
export const placeKindSchema = /* @__PURE__ */ oneOf(['postalCode', 'locality']);
/** What kind of place a match is: a `postalCode` or a `locality` (city, town). */
export type PlaceKind = z.infer<typeof placeKindSchema>;

/** A place a text resolved to. */
export const placeSchema = /* @__PURE__ */ z.object({
  kind: placeKindSchema,
  name: shortText(),
  region: z.optional(z.string()),
  country: /* @__PURE__ */ z.string().check(z.regex(/^[A-Z]{2}$/)),
  coordinates: coordinatesSchema,
});
/** A place a text resolved to. */
export type Place = z.infer<typeof placeSchema>;

/** The answer of `GET /v1/places`: best match first. */
export const placeListSchema = /* @__PURE__ */ z.object({ items: z.array(placeSchema) });
/** The answer of `GET /v1/places`. */
export type PlaceList = z.infer<typeof placeListSchema>;
