/**
 * The storage contract of the directory server. Every store (embedded SQLite, PostgreSQL)
 * implements {@link DirectoryStore}; the HTTP layer and the search index only ever talk to this
 * interface, and `test/store-contract.ts` holds the behaviour every implementation must pass.
 *
 * Conventions shared by every method:
 * - Instants are ISO 8601 strings in UTC with a `Z` suffix (`2026-03-10T18:30:00.000Z`), so
 *   they sort as text in time order.
 * - Values passed in have been validated by the caller with core's schemas; a store keeps them
 *   exactly as given and returns structurally equal values.
 * - A store that cannot reach its database rejects with `StoreUnavailableError`.
 *
 * @packageDocumentation
 */
import type { Group, Submission, SubmissionStatus } from '@peer-groups/core';

/** A group as stored: the published listing and, once retired, when it was retired. */
export interface GroupRecord {
  /** The listing as last written. */
  group: Group;
  /** When a curator retired the group (UTC instant), or `null` while it is active. */
  retiredAt: string | null;
}

/**
 * One entry of the change feed: the state of a group after its latest write. The feed keeps
 * only the latest write per group, so a group written twice between two reads appears once.
 */
export interface GroupChange extends GroupRecord {
  /** The store-wide version of this write: strictly increasing across all groups. */
  version: number;
}

/** Every active (not retired) group and the feed version they reflect. */
export interface GroupSnapshot {
  /**
   * The feed version the snapshot is consistent with: `changesSince(version)` returns exactly
   * the writes the snapshot does not contain.
   */
  version: number;
  /** Active groups, in no particular order. */
  groups: Group[];
}

/** A page of the change feed. */
export interface ChangePage {
  /** Writes after the requested version, oldest first. */
  changes: GroupChange[];
  /** The version to ask from next time: the last change's version, or the requested one. */
  version: number;
}

/** How a request's idempotency key is remembered with the submission it created. */
export interface IdempotencyKey {
  /** The client's `Idempotency-Key` header, as sent. */
  key: string;
  /** A digest of the request body, so a reused key with a different body can be told apart. */
  fingerprint: string;
}

/**
 * The outcome of {@link DirectoryStore.createSubmission}:
 * - `created`: the submission was committed durably;
 * - `replayed`: the key was seen before with the same fingerprint; `submission` is the first one;
 * - `conflict`: the key was seen before with another fingerprint; nothing was written.
 */
export type CreateSubmissionResult =
  | { outcome: 'created'; submission: Submission }
  | { outcome: 'replayed'; submission: Submission }
  | { outcome: 'conflict'; submission: Submission };

/** Where a page of the moderation queue starts: after this submission (exclusive). */
export interface SubmissionCursor {
  receivedAt: string;
  id: string;
}

/** Which submissions {@link DirectoryStore.listSubmissions} returns. */
export interface ListSubmissionsOptions {
  /** Only submissions in this state; all states when absent. */
  status?: SubmissionStatus;
  /** At most this many items (1 or more). */
  limit: number;
  /** Start after this submission; from the oldest when absent. */
  after?: SubmissionCursor;
}

/**
 * A curator's decision on a pending submission.
 * - `approved` with `group`: the group is written (inserted or replaced, and un-retired) in the
 *   same transaction that records the decision, so a listing is never published without its
 *   approval or the other way round.
 * - `approved` without `group` (a correction acknowledged without a listing change), or
 *   `rejected`: only the decision is recorded.
 */
export type SubmissionDecision =
  | {
      status: 'approved';
      decidedAt: string;
      note?: string;
      group?: Group;
    }
  | {
      status: 'rejected';
      decidedAt: string;
      note?: string;
    };

/**
 * The outcome of {@link DirectoryStore.decideSubmission}:
 * - `decided`: recorded; `submission` is the updated submission (with `publishedGroupId` when a
 *   group was written);
 * - `not-found`: no submission has this id;
 * - `already-decided`: the submission is no longer pending; nothing was written.
 */
export type DecideSubmissionResult =
  | { outcome: 'decided'; submission: Submission }
  | { outcome: 'not-found' }
  | { outcome: 'already-decided'; submission: Submission };

/**
 * Roles an API key can carry: `curator` may moderate and edit the directory; `partner`
 * identifies a trusted integration (a clinic's app) and is refused on curator endpoints.
 */
export type ApiKeyRole = 'curator' | 'partner';

/** An API key as stored: never the key itself, only its SHA-256 digest. */
export interface ApiKeyRecord {
  /** A short public identifier of the key, safe to log and show. */
  id: string;
  role: ApiKeyRole;
  label?: string;
  /** Lowercase hex SHA-256 of the full key text. */
  hash: string;
  createdAt: string;
}

/**
 * The reads a read replica can serve: what search, public answers and exports need. A
 * {@link DirectoryStore} is one; so is a PostgreSQL hot standby opened with
 * `openPostgresReader`. Curator reads and every read behind a write use the store itself.
 */
export type DirectoryReader = Pick<
  DirectoryStore,
  'kind' | 'ping' | 'close' | 'snapshot' | 'getGroup' | 'changesSince'
>;

/**
 * Called when the groups may have changed: with the feed version of a write some instance
 * committed, or with `undefined` after the store's listener reconnected and announcements may
 * have been missed. Either way the answer is the same: read `changesSince(lastSeen)`.
 */
export type ChangeListener = (version: number | undefined) => void;

/**
 * Everything the directory server keeps. Implementations are opened by a factory that runs
 * their migrations before resolving, so a store handed to the server is ready to use.
 */
export interface DirectoryStore {
  /** A short name of the implementation for logs and benchmarks: `sqlite`, `postgres`. */
  readonly kind: string;

  /**
   * Applies every pending schema migration, in order, each once. Safe to call again and from
   * several processes at once; factories call it before handing out the store.
   */
  migrate(): Promise<void>;

  /** Resolves when the database answers a trivial query; rejects with `StoreUnavailableError` otherwise. */
  ping(): Promise<void>;

  /** Releases connections and file handles. Calls after `close` reject. */
  close(): Promise<void>;

  /** Every active group and the feed version they reflect, for building the search index. */
  snapshot(): Promise<GroupSnapshot>;

  /** One group by id, retired or not; `undefined` when no group ever had this id. */
  getGroup(id: string): Promise<GroupRecord | undefined>;

  /**
   * Inserts or replaces groups by id, in one transaction, clearing any retirement. Returns the
   * feed version of the last write.
   */
  putGroups(groups: readonly Group[]): Promise<number>;

  /**
   * Retires a group: it stays stored (for audit and to answer 410) but leaves the snapshot.
   * Returns the record after retiring, `undefined` for an unknown id. Retiring a retired group
   * keeps its first `retiredAt` and writes nothing.
   */
  retireGroup(id: string, retiredAt: string): Promise<GroupRecord | undefined>;

  /**
   * Group writes after `version`, oldest first, at most `limit` (default 1000). Lets several
   * server processes sharing one database keep their in-memory indexes fresh.
   */
  changesSince(version: number, limit?: number): Promise<ChangePage>;

  /**
   * Stores that can push (PostgreSQL's LISTEN/NOTIFY) announce every group write committed by
   * any instance on the same database, so others read `changesSince` at once instead of at
   * their next poll. Resolves once listening; the returned function stops listening. Stores
   * without it (SQLite) are polled only.
   */
  subscribe?(listener: ChangeListener): Promise<() => Promise<void>>;

  /**
   * Stores a new submission durably (committed and flushed before resolving). With an
   * idempotency key, a repeated key returns the submission it first created instead of adding
   * another (see {@link CreateSubmissionResult}).
   */
  createSubmission(
    submission: Submission,
    idempotency?: IdempotencyKey,
  ): Promise<CreateSubmissionResult>;

  /** One submission by id. */
  getSubmission(id: string): Promise<Submission | undefined>;

  /** The moderation queue, oldest first by `receivedAt` then `id`. */
  listSubmissions(options: ListSubmissionsOptions): Promise<Submission[]>;

  /** Records a curator's decision on a pending submission (see {@link SubmissionDecision}). */
  decideSubmission(id: string, decision: SubmissionDecision): Promise<DecideSubmissionResult>;

  /** Stores a new API key's digest. Rejects if the id or hash already exists. */
  createApiKey(record: ApiKeyRecord): Promise<void>;

  /** The key whose SHA-256 digest is `hash` (lowercase hex). */
  findApiKeyByHash(hash: string): Promise<ApiKeyRecord | undefined>;
}
