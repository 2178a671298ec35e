/**
 * The export endpoints: the whole directory as a Meeting Guide feed, as HSDS services and as
 * CSV; a search as an iCalendar feed; and each group as schema.org JSON-LD.
 *
 * @packageDocumentation
 */
import {
  type Group,
  groupsToICalendar,
  groupToJsonLd,
  MAX_PAGE_SIZE,
  parseSearchParams,
  type SearchHit,
  type SearchQuery,
} from '@peer-groups/core';
import type { Hono } from 'hono';
import type { Directory } from '../../directory/directory.js';
import { InvalidParametersError } from '../../errors.js';
import { groupsToCsv } from '../../interop/csv/write.js';
import { groupToHsdsService, hsdsServicePage } from '../../interop/hsds/write.js';
import { meetingGuideFeed } from '../../interop/meeting-guide/write.js';
import { answerJson, answerText } from '../answer.js';
import { negotiate } from '../negotiate.js';
import { pathId } from '../path-id.js';
import { noQuery, queryOrThrow, searchParamsOf } from '../query.js';

const JSON_TYPE = 'application/json';
const REVALIDATE = { 'Cache-Control': 'no-cache' };
/** Services per HSDS page when `per_page` is left out, and the most it may ask for. */
const HSDS_DEFAULT_PER_PAGE = 50;
const HSDS_MAX_PER_PAGE = 500;

/**
 * Most groups in one search calendar: every match up to this many, in the search's order. A
 * larger search is cut here (narrow it to see the rest); the bound keeps one request's work and
 * answer small.
 */
export const MAX_CALENDAR_GROUPS = 500;

/** The first `max` matches of `query`, read page by page; its own `limit` and `cursor` are ignored. */
function everyMatch(directory: Directory, query: SearchQuery, max: number): SearchHit[] {
  const { limit: _limit, cursor: _cursor, ...filters } = query;
  const hits: SearchHit[] = [];
  let cursor: string | undefined;
  do {
    const page = directory.search({
      ...filters,
      limit: Math.min(MAX_PAGE_SIZE, max - hits.length),
      ...(cursor === undefined ? {} : { cursor }),
    });
    hits.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined && hits.length < max);
  return hits;
}

/** Every active group, ordered by id so an unchanged directory exports the same bytes (and ETag). */
async function activeGroups(directory: Directory): Promise<Group[]> {
  const groups = await directory.activeGroups();
  return groups.sort((left, right) => (left.id < right.id ? -1 : left.id > right.id ? 1 : 0));
}

function wholeNumberParam(
  params: URLSearchParams,
  name: string,
  fallback: number,
  max: number,
): number {
  const text = params.get(name);
  if (text === null) return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < 1 || value > max) {
    throw new InvalidParametersError([{ name, reason: `must be a whole number from 1 to ${max}` }]);
  }
  return value;
}

function hsdsPageParams(params: URLSearchParams): { page: number; perPage: number } {
  const unknown = [...new Set(params.keys())].filter(
    (name) => name !== 'page' && name !== 'per_page',
  );
  if (unknown.length > 0) {
    throw new InvalidParametersError(
      unknown.map((name) => ({
        name,
        reason: 'unknown parameter; this endpoint takes page and per_page',
      })),
    );
  }
  return {
    page: wholeNumberParam(params, 'page', 1, 1_000_000),
    perPage: wholeNumberParam(params, 'per_page', HSDS_DEFAULT_PER_PAGE, HSDS_MAX_PER_PAGE),
  };
}

/** Adds the export routes to `app`. */
export function exportRoutes(app: Hono, directory: Directory, now: () => number): void {
  const json = negotiate(JSON_TYPE);

  app.get('/v1/export/meeting-guide.json', json, async (c) => {
    noQuery(c);
    return answerJson(c, meetingGuideFeed(await activeGroups(directory)), { headers: REVALIDATE });
  });

  app.get('/v1/export/hsds/services', json, async (c) => {
    const { page, perPage } = hsdsPageParams(searchParamsOf(c));
    const groups = await activeGroups(directory);
    return answerJson(c, hsdsServicePage(groups, page, perPage, now()), { headers: REVALIDATE });
  });

  app.get('/v1/export/hsds/services/:id', json, async (c) => {
    const id = pathId(c);
    noQuery(c);
    const group = await directory.getGroup(id);
    return answerJson(c, groupToHsdsService(group, now()), { headers: REVALIDATE });
  });

  app.get('/v1/export/groups.csv', negotiate('text/csv'), async (c) => {
    noQuery(c);
    const csv = groupsToCsv(await activeGroups(directory));
    return answerText(c, csv, 'text/csv; charset=utf-8; header=present', {
      headers: { ...REVALIDATE, 'Content-Disposition': 'attachment; filename="groups.csv"' },
    });
  });

  app.get('/v1/export/calendar.ics', negotiate('text/calendar'), (c) => {
    const query = queryOrThrow(parseSearchParams(searchParamsOf(c)));
    const groups = everyMatch(directory, query, MAX_CALENDAR_GROUPS);
    const text = groupsToICalendar(groups, { calendarName: 'Peer support groups' });
    return answerText(c, text, 'text/calendar; charset=utf-8', {
      headers: { ...REVALIDATE, 'Content-Disposition': 'attachment; filename="groups.ics"' },
    });
  });

  app.get('/v1/groups/:id/event.jsonld', negotiate('application/ld+json'), async (c) => {
    const id = pathId(c);
    noQuery(c);
    const group = await directory.getGroup(id);
    // startDate counts from today, not from when the listing was created (the default). It
    // depends only on the date of now in each schedule's zone, so the answer (and its ETag)
    // changes once a day; a now rounded to a UTC day would date it from yesterday for hours
    // after midnight west of Greenwich.
    const jsonLd = groupToJsonLd(group, { now: now() });
    return answerText(c, JSON.stringify(jsonLd), 'application/ld+json; charset=utf-8', {
      headers: REVALIDATE,
    });
  });
}
