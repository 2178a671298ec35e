/**
 * Resolving postal codes and place names, on the directory's own server.
 *
 * @packageDocumentation
 */
import { type PlaceList, placeListSchema, placesQueryToParams } from '@peer-groups/core';
import { type Connection, transportOf } from '../connection.js';
import type { RequestOptions } from '../options.js';
import { parseAnswer } from '../parse/validate.js';

/** Options of `client.places.resolve`. */
export interface ResolvePlaceOptions extends RequestOptions {
  /** An ISO 3166-1 alpha-2 code, such as `US`, to keep matches to one country. */
  readonly country?: string;
}

/**
 * The places a postal code or place name may mean, best first. Resolved by the directory from
 * the open data it bundles: the text never reaches a third party.
 */
export async function resolvePlace(
  connection: Connection,
  text: string,
  options: ResolvePlaceOptions = {},
): Promise<PlaceList> {
  const transport = transportOf(connection);
  const { country, ...requestOptions } = options;
  const searchParams = placesQueryToParams({
    q: text,
    ...(country === undefined ? {} : { country }),
  });
  const answer = await transport.send(
    {
      method: 'GET',
      path: 'places',
      searchParams,
      accept: 'application/json, application/problem+json',
    },
    requestOptions,
  );
  return parseAnswer(placeListSchema, answer);
}
