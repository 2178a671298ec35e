/**
 * Resolving what a patient types (a postal code, a city) to points, from open data bundled with
 * the server: a location never goes to a third party.
 *
 * The bundled implementation lives in this folder and is exported from `./index.js` as
 * `loadBundledPlaceResolver(): Promise<PlaceResolver>`; the server loads it at start-up and falls
 * back to no places (every `near=<text>` is then a 400) only when it is absent.
 *
 * @packageDocumentation
 */
import type { Place } from '@peer-groups/core';

/** Options of {@link PlaceResolver.resolve}. */
export interface ResolvePlaceOptions {
  /** Only places in this ISO 3166-1 alpha-2 country (uppercase, e.g. `US`); every country when absent. */
  country?: string;
  /** At most this many places; default 10. */
  limit?: number;
}

/**
 * Turns free text into places, best match first. `resolve` is synchronous and answers from
 * memory: it runs on the search path of every `near=<text>` query.
 *
 * Matching is forgiving of case, accents and surrounding spaces. A postal code ranks before a
 * place name that happens to read the same. No match is an empty array, never an error.
 */
export interface PlaceResolver {
  resolve(text: string, options?: ResolvePlaceOptions): Place[];
}
