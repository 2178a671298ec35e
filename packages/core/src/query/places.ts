/**
 * The query string of `GET /v1/places`: a postal code or place name to resolve.
 *
 * @packageDocumentation
 */
import * as z from 'zod/mini';
import type { QueryParseResult } from './codec.js';
import { defineQueryCodec } from './codec.js';
import type { FieldCodec } from './fields.js';
import { textField } from './fields.js';

/** The query of `GET /v1/places`: the text to resolve, optionally within one country. */
export const placesQuerySchema = z.object({
  /** A postal code or a place name, such as `02138` or `Cambridge`. */
  q: z.string().check(
    z.minLength(1),
    z.maxLength(100),
    z.refine((text) => text.trim() !== '', 'must name a place or a postal code'),
  ),
  /** An ISO 3166-1 alpha-2 country code that narrows the matches, such as `US`. */
  country: z.optional(
    z
      .string()
      .check(z.regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code such as "US"')),
  ),
});
/** The query of `GET /v1/places`. */
export type PlacesQuery = z.infer<typeof placesQuerySchema>;

// Country codes are upper case on the wire; lower case is read too, since people type `us`.
const countryField: FieldCodec<string> = {
  list: false,
  decode: (raw) => (raw === '' ? textField.decode(raw) : { ok: true, value: raw.toUpperCase() }),
  encode: (value) => value,
};

const placesCodec = defineQueryCodec<PlacesQuery>({
  schema: placesQuerySchema,
  fields: { q: textField, country: countryField },
});

/** The URL parameters of a place look-up: `q`, then `country`. */
export function placesQueryToParams(query: PlacesQuery): URLSearchParams {
  return placesCodec.toParams(query);
}

/**
 * Reads the query string of `GET /v1/places`. Never throws: names a missing or blank `q`, a
 * malformed `country`, and unknown or repeated parameters.
 */
export function parsePlacesParams(params: URLSearchParams): QueryParseResult<PlacesQuery> {
  return placesCodec.parse(params);
}
