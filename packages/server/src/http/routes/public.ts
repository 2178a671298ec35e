/**
 * The public read endpoints: search, a group, its meetings and calendar, the taxonomy, places
 * and the OpenAPI document.
 *
 * @packageDocumentation
 */
import {
  parseMeetingsParams,
  parsePlacesParams,
  parseSearchParams,
  searchQueryToParams,
} from '@peer-groups/core';
import type { Hono } from 'hono';
import type { Directory } from '../../directory/directory.js';
import { answer, answerJson, answerText } from '../answer.js';
import type { AnswerCache } from '../answer-cache.js';
import { negotiate } from '../negotiate.js';
import { pathId } from '../path-id.js';
import { noQuery, queryOrThrow, searchParamsOf } from '../query.js';
import { Representation } from '../representation.js';

const JSON_TYPE = 'application/json';
const CALENDAR_TYPE = 'text/calendar';
/** Public answers may be stored but must be revalidated (cheaply, with the ETag). */
const REVALIDATE = { headers: { 'Cache-Control': 'no-cache' } };

/** What the public routes need besides the directory. */
export interface PublicRouteOptions {
  /** The OpenAPI document, built on first use. */
  openApi: () => unknown;
  /** Answers of repeated searches. */
  searchCache: AnswerCache;
}

/** Adds the public read routes to `app`. */
export function publicRoutes(app: Hono, directory: Directory, options: PublicRouteOptions): void {
  const json = negotiate(JSON_TYPE);
  const { searchCache } = options;
  // The same for the life of the process: encoded and compressed once.
  let taxonomy: Representation | undefined;
  let openApi: Representation | undefined;

  app.get('/v1/groups', json, (c) => {
    const query = queryOrThrow(parseSearchParams(searchParamsOf(c)));
    // Canonical, so the same search spelled in another order or encoding is found too.
    const key = searchQueryToParams(query).toString();
    const revision = directory.revision;
    let representation = searchCache.get(key, revision, directory.now());
    if (representation === undefined) {
      const { page, validUntil } = directory.searchWithValidity(query);
      representation = Representation.json(page);
      searchCache.set(key, revision, validUntil, representation);
    }
    return answer(c, representation, REVALIDATE);
  });

  app.get('/v1/groups/:id', json, async (c) => {
    const id = pathId(c);
    noQuery(c);
    return answerJson(c, await directory.getGroup(id), REVALIDATE);
  });

  app.get('/v1/groups/:id/meetings', json, async (c) => {
    const id = pathId(c);
    const query = queryOrThrow(parseMeetingsParams(searchParamsOf(c)));
    return answerJson(c, await directory.meetings(id, query), REVALIDATE);
  });

  app.get('/v1/groups/:id/calendar.ics', negotiate(CALENDAR_TYPE), async (c) => {
    const id = pathId(c);
    noQuery(c);
    const text = await directory.calendar(id);
    return answerText(c, text, 'text/calendar; charset=utf-8', {
      headers: {
        ...REVALIDATE.headers,
        'Content-Disposition': `attachment; filename="${id}.ics"`,
      },
    });
  });

  app.get('/v1/topics', json, (c) => {
    noQuery(c);
    taxonomy ??= Representation.json(directory.taxonomy);
    return answer(c, taxonomy, REVALIDATE);
  });

  app.get('/v1/places', json, (c) => {
    const query = queryOrThrow(parsePlacesParams(searchParamsOf(c)));
    return answerJson(c, directory.places(query), REVALIDATE);
  });

  app.get('/v1/openapi.json', json, (c) => {
    noQuery(c);
    openApi ??= Representation.json(options.openApi());
    return answer(c, openApi, REVALIDATE);
  });
}
