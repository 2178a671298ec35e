/**
 * The public read endpoints: search, a group, its meetings and calendar, the taxonomy, places
 * and the OpenAPI document.
 *
 * @packageDocumentation
 */
import { parseMeetingsParams, parsePlacesParams, parseSearchParams } from '@peer-groups/core';
import type { Hono } from 'hono';
import type { Directory } from '../../directory/directory.js';
import { negotiate } from '../negotiate.js';
import { pathId } from '../path-id.js';
import { noQuery, queryOrThrow, searchParamsOf } from '../query.js';

const JSON_TYPE = 'application/json';
const CALENDAR_TYPE = 'text/calendar';
/** Public answers may be stored but must be revalidated (cheaply, with the ETag). */
const REVALIDATE = { 'Cache-Control': 'no-cache' };

/** Adds the public read routes to `app`. */
export function publicRoutes(app: Hono, directory: Directory, openApi: () => unknown): void {
  const json = negotiate(JSON_TYPE);

  app.get('/v1/groups', json, (c) => {
    const query = queryOrThrow(parseSearchParams(searchParamsOf(c)));
    return c.json(directory.search(query), 200, REVALIDATE);
  });

  app.get('/v1/groups/:id', json, async (c) => {
    const id = pathId(c);
    noQuery(c);
    return c.json(await directory.getGroup(id), 200, REVALIDATE);
  });

  app.get('/v1/groups/:id/meetings', json, async (c) => {
    const id = pathId(c);
    const query = queryOrThrow(parseMeetingsParams(searchParamsOf(c)));
    return c.json(await directory.meetings(id, query), 200, REVALIDATE);
  });

  app.get('/v1/groups/:id/calendar.ics', negotiate(CALENDAR_TYPE), async (c) => {
    const id = pathId(c);
    noQuery(c);
    const text = await directory.calendar(id);
    return c.body(text, 200, {
      ...REVALIDATE,
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="${id}.ics"`,
    });
  });

  app.get('/v1/topics', json, (c) => {
    noQuery(c);
    return c.json(directory.taxonomy, 200, REVALIDATE);
  });

  app.get('/v1/places', json, (c) => {
    const query = queryOrThrow(parsePlacesParams(searchParamsOf(c)));
    return c.json(directory.places(query), 200, REVALIDATE);
  });

  app.get('/v1/openapi.json', json, (c) => {
    noQuery(c);
    return c.json(openApi(), 200, REVALIDATE);
  });
}
