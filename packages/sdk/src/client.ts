/**
 * `createClient`: one object with every call of the directory API, wired to one connection.
 *
 * @packageDocumentation
 */
import type {
  Approval,
  Group,
  GroupListing,
  MeetingList,
  PlaceList,
  Rejection,
  SearchHit,
  SearchQuery,
  Submission,
  SubmissionInput,
  SubmissionQueueQuery,
  SubmissionReceipt,
  Taxonomy,
} from '@peer-groups/core';
import { createConnection } from './connection.js';
import type { ClientOptions, RequestOptions } from './options.js';
import type { SubmissionQueuePage } from './resources/curator.js';
import {
  getGroup,
  groupCalendar,
  groupMeetings,
  iterateGroups,
  type MeetingsWindow,
  type SearchResults,
  searchGroups,
} from './resources/groups.js';
import { type ResolvePlaceOptions, resolvePlace } from './resources/places.js';
import { createSubmission, type SubmitOptions } from './resources/submissions.js';
import { listTopics } from './resources/topics.js';

/** The calls about groups. */
export interface GroupCalls {
  /** One page of groups matching `query`; see {@link SearchResults}. */
  search(query?: SearchQuery, options?: RequestOptions): Promise<SearchResults>;
  /** One group by id; `NotFoundError` when unknown, `GoneError` when retired. */
  get(id: string, options?: RequestOptions): Promise<Group>;
  /** A group's meetings in a window (default: the next 30 days). */
  meetings(id: string, window?: MeetingsWindow, options?: RequestOptions): Promise<MeetingList>;
  /** A group's iCalendar text (`.ics`). */
  calendar(id: string, options?: RequestOptions): Promise<string>;
  /** Every group matching `query`, following cursors: `for await (const group of ...)`. */
  iterate(
    query?: SearchQuery,
    options?: RequestOptions,
  ): AsyncGenerator<SearchHit, void, undefined>;
}

/** The calls about the taxonomy. */
export interface TopicCalls {
  /** Every topic and audience, labelled in each locale. */
  list(options?: RequestOptions): Promise<Taxonomy>;
}

/** The calls about places. */
export interface PlaceCalls {
  /** The places a postal code or place name may mean, best first. */
  resolve(text: string, options?: ResolvePlaceOptions): Promise<PlaceList>;
}

/** The public submission call. */
export interface SubmissionCalls {
  /** Sends a listing, an update or a correction to the moderation queue. */
  create(input: SubmissionInput, options?: SubmitOptions): Promise<SubmissionReceipt>;
}

/** The curator calls; they send the client's API key. */
export interface CuratorCalls {
  /** A page of the moderation queue. */
  queue(query?: SubmissionQueueQuery, options?: RequestOptions): Promise<SubmissionQueuePage>;
  /** One submission by id. */
  submission(id: string, options?: RequestOptions): Promise<Submission>;
  /** Approves a submission and publishes (or updates) its group. */
  approve(id: string, options?: RequestOptions): Promise<Approval>;
  /** Rejects a submission, with an optional reason. */
  reject(id: string, rejection?: Rejection, options?: RequestOptions): Promise<Submission>;
  /** Replaces a group's listing. */
  update(id: string, listing: GroupListing, options?: RequestOptions): Promise<Group>;
  /** Retires a group (kept for audit; 410 from then on). */
  retire(id: string, options?: RequestOptions): Promise<void>;
}

/** A client of the directory API. */
export interface Client {
  /** Search, read, list meetings of and export groups. */
  readonly groups: GroupCalls;
  /** The taxonomy of topics and audiences. */
  readonly topics: TopicCalls;
  /** Postal codes and place names, resolved by the directory itself. */
  readonly places: PlaceCalls;
  /** Sending listings to the moderation queue. */
  readonly submissions: SubmissionCalls;
}

/** A client created with an API key: the public calls and the curator calls. */
export interface CuratorClient extends Client {
  /** Moderation and editing; these calls send the API key. */
  readonly curator: CuratorCalls;
}

/**
 * A client of the directory API at `options.baseUrl`. Given `apiKey`, the client also has the
 * `curator` calls.
 *
 * Curator code is loaded on first use (a dynamic `import()`), so a public page never downloads
 * it. A page that makes only a few calls can use {@link createConnection} and the standalone
 * calls instead, so that its bundle holds only those calls and the schemas they read.
 *
 * @example
 * ```ts
 * const client = createClient({ baseUrl: 'https://groups.example.org' });
 * const page = await client.groups.search({ near: '02139', topics: ['grief-and-loss'] });
 * ```
 */
export function createClient(options: ClientOptions & { readonly apiKey: string }): CuratorClient;
export function createClient(options: ClientOptions): Client;
export function createClient(options: ClientOptions): Client | CuratorClient {
  const connection = createConnection(options);
  const client: Client = {
    groups: {
      search: (query, callOptions) => searchGroups(connection, query, callOptions),
      get: (id, callOptions) => getGroup(connection, id, callOptions),
      meetings: (id, window, callOptions) => groupMeetings(connection, id, window, callOptions),
      calendar: (id, callOptions) => groupCalendar(connection, id, callOptions),
      iterate: (query, callOptions) => iterateGroups(connection, query, callOptions),
    },
    topics: { list: (callOptions) => listTopics(connection, callOptions) },
    places: { resolve: (text, callOptions) => resolvePlace(connection, text, callOptions) },
    submissions: {
      create: (input, callOptions) => createSubmission(connection, input, callOptions),
    },
  };
  if (options.apiKey === undefined) return client;
  const load = () => import('./resources/curator.js');
  const curator: CuratorCalls = {
    queue: async (query, callOptions) => (await load()).listQueue(connection, query, callOptions),
    submission: async (id, callOptions) =>
      (await load()).getSubmission(connection, id, callOptions),
    approve: async (id, callOptions) =>
      (await load()).approveSubmission(connection, id, callOptions),
    reject: async (id, rejection, callOptions) =>
      (await load()).rejectSubmission(connection, id, rejection, callOptions),
    update: async (id, listing, callOptions) =>
      (await load()).updateGroup(connection, id, listing, callOptions),
    retire: async (id, callOptions) => (await load()).retireGroup(connection, id, callOptions),
  };
  return { ...client, curator };
}
