/**
 * The directory: every operation of the API over a store, a search index and a place resolver,
 * independent of HTTP.
 *
 * @packageDocumentation
 */
import {
  type Approval,
  BUILT_IN_TAXONOMY,
  DEFAULT_PAGE_SIZE,
  DEFAULT_RADIUS_KM,
  type Group,
  type GroupListing,
  groupSchema,
  type MeetingsQuery,
  type NextMeeting,
  type PlaceList,
  type PlacesQuery,
  type Rejection,
  type SearchHit,
  type SearchPage,
  type SearchQuery,
  type Submission,
  type SubmissionInput,
  type SubmissionPage,
  type SubmissionQueueQuery,
  type SubmissionReceipt,
  searchQueryToParams,
  type Taxonomy,
} from '@peer-groups/core';
import { createApiKey, findApiKey } from '../auth/api-keys.js';
import { ConflictError, GoneError, InvalidParametersError, NotFoundError } from '../errors.js';
import type { PlaceResolver } from '../places/types.js';
import { decodeCursor, encodeCursor, fnv1a, InvalidCursorError } from '../search/cursor.js';
import { SearchIndex } from '../search/search-index.js';
import type {
  IndexQuery,
  NextMeetingFinder,
  NextMeetingTimes,
  SearchArea,
} from '../search/types.js';
import type { ApiKeyRecord, ApiKeyRole, DirectoryReader, DirectoryStore } from '../store/types.js';
import { newId, slugFor } from './ids.js';
import { calendarOf, meetingsOf, nextMeetingOf, toNextMeeting } from './schedules.js';
import { decodeSubmissionCursor, encodeSubmissionCursor } from './submission-cursor.js';

/** Options of {@link Directory.open}. */
export interface DirectoryOptions {
  /** Where every write goes, and the reads a curator or a write depends on. */
  store: DirectoryStore;
  /**
   * Serves the other reads: the snapshot the index is built from, the change feed, and public
   * answers about one group or all (exports). Default: `store`. A read replica here may lag
   * the store by its replication delay; see {@link Directory.sync}.
   */
  reader?: DirectoryReader;
  /** Resolves `near=<text>` and `GET /v1/places`. Default: no places, so only `lat,lng` works. */
  places?: PlaceResolver;
  /** The clock, in epoch ms. Default `Date.now`. */
  now?: () => number;
  /** Finds next meetings for the index. Default: core's schedule arithmetic. */
  nextMeeting?: NextMeetingFinder;
  /** The taxonomy served and used for topic matching. Default: the built-in one. */
  taxonomy?: Taxonomy;
  /** The domain that makes calendar event UIDs unique. Default `peer-groups`. */
  calendarDomain?: string;
}

/** The outcome of {@link Directory.submit}. */
export interface SubmitResult {
  receipt: SubmissionReceipt;
  /** Whether an earlier request with the same idempotency key created it. */
  replayed: boolean;
}

const NO_PLACES: PlaceResolver = { resolve: () => [] };

function toIso(epochMs: number): string {
  return new Date(epochMs).toISOString();
}

function roundKm(distance: number): number {
  return Math.round(distance * 100) / 100;
}

/**
 * Every operation of the directory API. Searches run on the in-memory index; writes go to the
 * store and then to the index; {@link Directory.sync} applies writes of other processes.
 */
export class Directory {
  readonly store: DirectoryStore;
  readonly #reader: DirectoryReader;
  readonly taxonomy: Taxonomy;
  readonly #index: SearchIndex;
  readonly #places: PlaceResolver;
  readonly #now: () => number;
  readonly #calendarDomain: string;
  /** Wire forms of next meetings, kept as long as the index keeps the meeting itself. */
  readonly #wireMeetings = new WeakMap<NextMeetingTimes, NextMeeting>();
  #version: number;
  /** The last sync or local write: each waits for the one before, so they apply in order. */
  #applying: Promise<unknown> = Promise.resolve();

  private constructor(options: DirectoryOptions, index: SearchIndex, version: number) {
    this.store = options.store;
    this.#reader = options.reader ?? options.store;
    this.taxonomy = options.taxonomy ?? BUILT_IN_TAXONOMY;
    this.#index = index;
    this.#places = options.places ?? NO_PLACES;
    this.#now = options.now ?? Date.now;
    this.#calendarDomain = options.calendarDomain ?? 'peer-groups';
    this.#version = version;
  }

  /** Loads every active group from the reader (by default the store) into a new search index. */
  static async open(options: DirectoryOptions): Promise<Directory> {
    const index = new SearchIndex({
      nextMeeting: options.nextMeeting ?? nextMeetingOf,
      ...(options.taxonomy ? { taxonomy: options.taxonomy } : {}),
    });
    const snapshot = await (options.reader ?? options.store).snapshot();
    index.load(snapshot.groups);
    return new Directory(options, index, snapshot.version);
  }

  /** Active groups in the search index. */
  get size(): number {
    return this.#index.size;
  }

  /** The change-feed version the index reflects. */
  get version(): number {
    return this.#version;
  }

  /**
   * Moves whenever the searchable groups change, here or through {@link Directory.sync}: an
   * answer of one revision holds until the next (or until the clock moves past its
   * `validUntil`, see {@link Directory.searchWithValidity}).
   */
  get revision(): number {
    return this.#index.revision;
  }

  /** The directory's clock, in epoch ms. */
  now(): number {
    return this.#now();
  }

  /**
   * Applies group writes made through other processes sharing the store, page by page, read
   * from the reader's change feed. Returns how many changes were applied.
   *
   * A replica's feed can lag behind a write this directory made and already shows. Each local
   * write therefore reads the store's own feed right after (see `#afterWrite`), which moves the
   * feed version past it, so a lagging replica can never hand back an older state of the group.
   */
  sync(): Promise<number> {
    return this.#inTurn(() => this.#applyChanges(this.#reader));
  }

  /** Runs `work` once every sync and local write before it has applied. */
  #inTurn<T>(work: () => Promise<T>): Promise<T> {
    const run = this.#applying.then(work, work);
    this.#applying = run.catch(() => undefined);
    return run;
  }

  /**
   * Shows a write this directory made at once (`apply`), then, with a replica, reads the
   * store's feed up to it, so later syncs from the replica start after it.
   */
  #afterWrite(apply: () => void): Promise<void> {
    return this.#inTurn(async () => {
      apply();
      if (this.#reader === this.store) return;
      try {
        await this.#applyChanges(this.store);
      } catch {
        // The write is done and shown here; a later sync catches the feed up.
      }
    });
  }

  async #applyChanges(source: DirectoryReader): Promise<number> {
    let applied = 0;
    // Bounded: a very busy feed is caught up over several calls rather than one unbounded loop.
    for (let page = 0; page < 100; page += 1) {
      const { changes, version } = await source.changesSince(this.#version);
      for (const change of changes) {
        if (change.retiredAt === null) this.#index.upsert(change.group);
        else this.#index.remove(change.group.id);
      }
      applied += changes.length;
      this.#version = Math.max(this.#version, version);
      if (changes.length === 0) break;
    }
    return applied;
  }

  /**
   * Computes next meetings ahead of searches, `budget` groups at a time. Returns how many are
   * left; the server calls it in idle ticks after start-up until it returns 0.
   */
  warmUp(budget: number): number {
    return this.#index.warmNextMeetings(budget, this.#now());
  }

  #resolveNear(query: SearchQuery): SearchArea | undefined {
    if (query.near === undefined) return undefined;
    const radiusKm = query.radiusKm ?? DEFAULT_RADIUS_KM;
    if (typeof query.near !== 'string') return { ...query.near, radiusKm };
    const [place] = this.#places.resolve(query.near, { limit: 1 });
    if (place === undefined) {
      throw new InvalidParametersError([
        {
          name: 'near',
          reason:
            'no known postal code or place has this name; check the spelling, or give "lat,lng"',
        },
      ]);
    }
    return { ...place.coordinates, radiusKm };
  }

  /**
   * Runs a search (`GET /v1/groups`). With `facets: false` the facets are not counted (and
   * count nothing), for callers that use only the items, such as the calendar feed of a search.
   */
  search(query: SearchQuery, options: { facets?: boolean } = {}): SearchPage {
    return this.searchWithValidity(query, options).page;
  }

  /**
   * {@link Directory.search}, and until when (epoch ms, exclusive) its page stays the answer
   * while {@link Directory.revision} stays the same: the first instant a meeting it depends on
   * ends or comes within `withinDays`.
   */
  searchWithValidity(
    query: SearchQuery,
    options: { facets?: boolean } = {},
  ): { page: SearchPage; validUntil: number } {
    const near = this.#resolveNear(query);
    const sort = query.sort ?? (near === undefined ? 'name' : 'distance');
    const { cursor, limit, ...filters } = query;
    const digest = fnv1a(searchQueryToParams(filters).toString());
    let after: IndexQuery['after'];
    if (cursor !== undefined) {
      try {
        after = decodeCursor(cursor, sort, digest);
      } catch (error) {
        if (!(error instanceof InvalidCursorError)) throw error;
        throw new InvalidParametersError([{ name: 'cursor', reason: error.message }]);
      }
    }
    const { near: _near, radiusKm: _radius, sort: _sort, ...rest } = filters;
    const indexQuery: IndexQuery = {
      ...rest,
      sort,
      limit: limit ?? DEFAULT_PAGE_SIZE,
      ...(near ? { near } : {}),
      ...(after ? { after } : {}),
      ...(options.facets === false ? { facets: false } : {}),
    };
    const page = this.#index.search(indexQuery, this.#now());
    const items = page.hits.map((hit): SearchHit => {
      const item: SearchHit = {
        ...hit.group,
        nextMeeting: hit.nextMeeting === null ? null : this.#wireOf(hit.nextMeeting),
      };
      if (hit.distanceKm !== undefined) item.distanceKm = roundKm(hit.distanceKm);
      return item;
    });
    return {
      page: {
        items,
        nextCursor:
          page.next === null ? null : encodeCursor({ sort, queryDigest: digest, after: page.next }),
        total: page.total,
        facets: page.facets,
      },
      validUntil: page.validUntil,
    };
  }

  #wireOf(times: NextMeetingTimes): NextMeeting {
    let wire = this.#wireMeetings.get(times);
    if (wire === undefined) {
      wire = toNextMeeting(times);
      this.#wireMeetings.set(times, wire);
    }
    return wire;
  }

  /** One group (`GET /v1/groups/{id}`), from the reader: 404 when unknown, 410 when retired. */
  async getGroup(id: string): Promise<Group> {
    const record = await this.#reader.getGroup(id);
    if (record === undefined) throw new NotFoundError(`Group ${id}`);
    if (record.retiredAt !== null) throw new GoneError(id);
    return record.group;
  }

  /** A group's meetings in a window (`GET /v1/groups/{id}/meetings`). */
  async meetings(id: string, query: MeetingsQuery) {
    return meetingsOf(await this.getGroup(id), query, this.#now());
  }

  /** A group's iCalendar text (`GET /v1/groups/{id}/calendar.ics`). */
  async calendar(id: string): Promise<string> {
    return calendarOf(await this.getGroup(id), this.#calendarDomain);
  }

  /** Every active group, from the reader, in no particular order (the export endpoints). */
  async activeGroups(): Promise<Group[]> {
    return (await this.#reader.snapshot()).groups;
  }

  /**
   * Resolves when the store answers, and the reader too when it is another database; rejects
   * with `StoreUnavailableError` otherwise (`GET /readyz`).
   */
  async ping(): Promise<void> {
    await this.store.ping();
    if (this.#reader !== this.store) await this.#reader.ping();
  }

  /** Places matching a text (`GET /v1/places`). */
  places(query: PlacesQuery): PlaceList {
    const options = query.country === undefined ? {} : { country: query.country };
    return { items: this.#places.resolve(query.q, options) };
  }

  /** Queues a submission (`POST /v1/submissions`); nothing is published until approved. */
  async submit(
    input: SubmissionInput,
    idempotency?: { key: string; fingerprint: string },
  ): Promise<SubmitResult> {
    const submission: Submission = {
      ...input,
      id: newId('s'),
      status: 'pending',
      receivedAt: toIso(this.#now()),
    };
    const result = await this.store.createSubmission(submission, idempotency);
    if (result.outcome === 'conflict') {
      throw new ConflictError(
        'This Idempotency-Key was already used with a different body. Use a new key for a new submission.',
      );
    }
    const { id, status, receivedAt } = result.submission;
    return { receipt: { id, status, receivedAt }, replayed: result.outcome === 'replayed' };
  }

  /** A page of the moderation queue (`GET /v1/submissions`). */
  async listSubmissions(query: SubmissionQueueQuery): Promise<SubmissionPage> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    let after: ReturnType<typeof decodeSubmissionCursor> | undefined;
    if (query.cursor !== undefined) {
      after = decodeSubmissionCursor(query.cursor, query.status);
      if (after === undefined) {
        throw new InvalidParametersError([
          {
            name: 'cursor',
            reason:
              'is not a cursor of this queue; start again from the first page without a cursor',
          },
        ]);
      }
    }
    const items = await this.store.listSubmissions({
      limit: limit + 1,
      ...(query.status ? { status: query.status } : {}),
      ...(after ? { after } : {}),
    });
    const page = items.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page,
      nextCursor:
        items.length > limit && last !== undefined
          ? encodeSubmissionCursor({ receivedAt: last.receivedAt, id: last.id }, query.status)
          : null,
    };
  }

  /** One submission (`GET /v1/submissions/{id}`). */
  async getSubmission(id: string): Promise<Submission> {
    const submission = await this.store.getSubmission(id);
    if (submission === undefined) throw new NotFoundError(`Submission ${id}`);
    return submission;
  }

  async #groupFromSubmission(submission: Submission, now: string): Promise<Group> {
    if (submission.kind === 'new') {
      const id = newId('g');
      const listing = submission.listing as GroupListing;
      return groupSchema.parse({
        ...listing,
        id,
        slug: slugFor(listing.name, id),
        source: { name: 'Submission', format: 'submission' },
        lastVerified: now,
        createdAt: now,
        updatedAt: now,
      });
    }
    const record = await this.store.getGroup(submission.groupId as string);
    if (record === undefined) {
      throw new ConflictError(
        `Group ${submission.groupId} no longer exists. Reject this submission, or ask for a new listing instead.`,
      );
    }
    if (submission.kind === 'correction') return record.group;
    const existing = record.group;
    return groupSchema.parse({
      ...(submission.listing as GroupListing),
      id: existing.id,
      slug: existing.slug,
      source: existing.source,
      lastVerified: now,
      createdAt: existing.createdAt,
      updatedAt: now,
    });
  }

  /** Approves a submission, publishing or updating its group (`POST /v1/submissions/{id}/approve`). */
  async approve(id: string): Promise<Approval> {
    const submission = await this.getSubmission(id);
    if (submission.status !== 'pending') throw alreadyDecided(submission);
    const now = toIso(this.#now());
    const group = await this.#groupFromSubmission(submission, now);
    const result = await this.store.decideSubmission(id, {
      status: 'approved',
      decidedAt: now,
      // A correction is acknowledged; the curator edits the group itself with PUT.
      ...(submission.kind === 'correction' ? {} : { group }),
    });
    if (result.outcome === 'not-found') throw new NotFoundError(`Submission ${id}`);
    if (result.outcome === 'already-decided') throw alreadyDecided(result.submission);
    if (submission.kind !== 'correction') await this.#afterWrite(() => this.#index.upsert(group));
    return { submission: result.submission, group };
  }

  /** Rejects a submission (`POST /v1/submissions/{id}/reject`). */
  async reject(id: string, rejection: Rejection): Promise<Submission> {
    const result = await this.store.decideSubmission(id, {
      status: 'rejected',
      decidedAt: toIso(this.#now()),
      ...(rejection.reason === undefined ? {} : { note: rejection.reason }),
    });
    if (result.outcome === 'not-found') throw new NotFoundError(`Submission ${id}`);
    if (result.outcome === 'already-decided') throw alreadyDecided(result.submission);
    return result.submission;
  }

  /** Replaces a group's listing, or creates it with this id (`PUT /v1/groups/{id}`). */
  async putGroup(id: string, listing: GroupListing): Promise<{ group: Group; created: boolean }> {
    const record = await this.store.getGroup(id);
    const now = toIso(this.#now());
    const group = groupSchema.parse({
      ...listing,
      id,
      slug: record?.group.slug ?? slugFor(listing.name, id),
      source: record?.group.source ?? { name: 'Curator', format: 'manual' },
      lastVerified: now,
      createdAt: record?.group.createdAt ?? now,
      updatedAt: now,
    });
    await this.store.putGroups([group]);
    await this.#afterWrite(() => this.#index.upsert(group));
    return { group, created: record === undefined };
  }

  /** Retires a group (`DELETE /v1/groups/{id}`): kept for audit, answered with 410 after. */
  async retireGroup(id: string): Promise<void> {
    const record = await this.store.retireGroup(id, toIso(this.#now()));
    if (record === undefined) throw new NotFoundError(`Group ${id}`);
    await this.#afterWrite(() => this.#index.remove(id));
  }

  /** Creates an API key with `role`; returns the key text, shown only this once. */
  createApiKey(role: ApiKeyRole, label?: string): Promise<string> {
    return createApiKey(this.store, role, {
      id: newId('k'),
      createdAt: toIso(this.#now()),
      ...(label === undefined ? {} : { label }),
    });
  }

  /** The stored key matching a bearer token, or `undefined`. */
  authenticate(key: string): Promise<ApiKeyRecord | undefined> {
    return findApiKey(this.store, key);
  }
}

function alreadyDecided(submission: Submission): ConflictError {
  return new ConflictError(
    `Submission ${submission.id} was already ${submission.status}. Only pending submissions can be decided.`,
  );
}
