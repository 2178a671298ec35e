/**
 * The public group calls: search, one group, its meetings, its calendar, and every match.
 *
 * @packageDocumentation
 */
import {
  type Group,
  groupSchema,
  MAX_PAGE_SIZE,
  type MeetingList,
  meetingListSchema,
  meetingsQueryToParams,
  type SearchHit,
  type SearchPage,
  type SearchQuery,
  searchFields,
  searchHitSchema,
  searchPageSchema,
} from '@peer-groups/core';
import { type Connection, transportOf } from '../connection.js';
import { ResponseValidationError } from '../errors/response-validation-error.js';
import type { RequestOptions } from '../options.js';
import { envelopeOf, type Lenient, parsePage } from '../parse/lenient-page.js';
import { parseAnswer } from '../parse/validate.js';
import { pathSegment } from '../transport/path.js';
import { queryParams } from '../transport/query-params.js';

const JSON_ACCEPT = 'application/json, application/problem+json';
const CALENDAR_ACCEPT = 'text/calendar, application/problem+json';

const searchEnvelope = envelopeOf(searchPageSchema);

/** A page of search results; items that failed their schema are left out and listed in `invalid`. */
export type SearchResults = Lenient<SearchPage>;

/** The window of `client.groups.meetings`: dates (`YYYY-MM-DD`, in the group's zone) or instants. */
export interface MeetingsWindow {
  /** Start of the window. Default: now. */
  readonly from?: string | Date;
  /** End of the window. Default: 30 days after `from`; at most 366 days after it. */
  readonly to?: string | Date;
}

/** One page of groups matching `query`. */
export async function searchGroups(
  connection: Connection,
  query: SearchQuery = {},
  options?: RequestOptions,
): Promise<SearchResults> {
  const transport = transportOf(connection);
  const answer = await transport.send(
    {
      method: 'GET',
      path: 'groups',
      searchParams: queryParams(searchFields, query),
      accept: JSON_ACCEPT,
    },
    options,
  );
  return parsePage(searchEnvelope, searchHitSchema, answer, transport);
}

/** One group by id. Rejects with `NotFoundError` (404) or `GoneError` (410, retired). */
export async function getGroup(
  connection: Connection,
  id: string,
  options?: RequestOptions,
): Promise<Group> {
  const transport = transportOf(connection);
  const answer = await transport.send(
    { method: 'GET', path: `groups/${pathSegment(id)}`, accept: JSON_ACCEPT },
    options,
  );
  return parseAnswer(groupSchema, answer);
}

function boundOf(bound: string | Date | undefined): string | undefined {
  return bound instanceof Date ? bound.toISOString() : bound;
}

/** A group's meetings within `window`, as exact instants with their time zone. */
export async function groupMeetings(
  connection: Connection,
  id: string,
  window: MeetingsWindow = {},
  options?: RequestOptions,
): Promise<MeetingList> {
  const transport = transportOf(connection);
  const from = boundOf(window.from);
  const to = boundOf(window.to);
  const searchParams = meetingsQueryToParams({
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
  });
  const answer = await transport.send(
    {
      method: 'GET',
      path: `groups/${pathSegment(id)}/meetings`,
      searchParams,
      accept: JSON_ACCEPT,
    },
    options,
  );
  return parseAnswer(meetingListSchema, answer);
}

/** A group's iCalendar (RFC 5545) text, to save as `.ics` or hand to a calendar app. */
export async function groupCalendar(
  connection: Connection,
  id: string,
  options?: RequestOptions,
): Promise<string> {
  const transport = transportOf(connection);
  const answer = await transport.send(
    { method: 'GET', path: `groups/${pathSegment(id)}/calendar.ics`, accept: CALENDAR_ACCEPT },
    options,
  );
  // A captive portal or proxy can answer 200 with a page of its own; that is no calendar.
  if (!answer.body.trimStart().startsWith('BEGIN:VCALENDAR')) {
    const received = answer.contentType ?? 'no content type';
    throw new ResponseValidationError(answer.request, [
      { path: [], message: `the body is not an iCalendar document (content type: ${received})` },
    ]);
  }
  return answer.body;
}

/**
 * Every group matching `query`, page after page, following cursors until the last page. Pages
 * are fetched as the loop asks for more, `query.limit` (default 100) at a time; breaking out of
 * the loop fetches nothing more.
 */
export async function* iterateGroups(
  connection: Connection,
  query: SearchQuery = {},
  options?: RequestOptions,
): AsyncGenerator<SearchHit, void, undefined> {
  let cursor = query.cursor;
  let pageQuery: SearchQuery = { ...query, limit: query.limit ?? MAX_PAGE_SIZE };
  for (;;) {
    const page = await searchGroups(connection, pageQuery, options);
    yield* page.items;
    if (page.nextCursor === null) return;
    // A server that hands back the cursor it was given would keep this loop going forever.
    if (page.nextCursor === cursor) {
      throw new ResponseValidationError(`GET ${connection.apiRoot}groups`, [
        { path: ['nextCursor'], message: 'the cursor did not advance, so paging would never end' },
      ]);
    }
    cursor = page.nextCursor;
    pageQuery = { ...pageQuery, cursor };
  }
}
