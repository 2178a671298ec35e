/**
 * Reading a request's query string with one of core's query codecs.
 *
 * @packageDocumentation
 */
import type { QueryParseResult } from '@peer-groups/core';
import type { Context } from 'hono';
import { InvalidParametersError } from '../errors.js';

/** The query string of the request as `URLSearchParams`. */
export function searchParamsOf(c: Context): URLSearchParams {
  const url = c.req.url;
  const start = url.indexOf('?');
  return new URLSearchParams(start === -1 ? '' : url.slice(start + 1));
}

/**
 * The typed query of a parse result.
 *
 * @throws {InvalidParametersError} naming every invalid parameter.
 */
export function queryOrThrow<Query>(result: QueryParseResult<Query>): Query {
  if (!result.ok) throw new InvalidParametersError(result.invalidParams);
  return result.query;
}

/** Refuses any query parameter on endpoints that take none. */
export function noQuery(c: Context): void {
  const names = [...new Set(searchParamsOf(c).keys())];
  if (names.length > 0) {
    throw new InvalidParametersError(
      names.map((name) => ({ name, reason: 'unknown parameter; this endpoint takes none' })),
    );
  }
}
