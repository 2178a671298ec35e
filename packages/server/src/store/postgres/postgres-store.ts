/**
 * The PostgreSQL store, for deployments where several stateless server instances share one
 * database. Every group write bumps a store-wide feed version and sends a notification after
 * commit, so each instance refreshes its in-memory search index when another one writes.
 *
 * @packageDocumentation
 */
import type { Group, Submission } from '@peer-groups/core';
import postgres, { type Sql, type TransactionSql } from 'postgres';
import { StoreClosedError } from '../errors.js';
import type {
  ApiKeyRecord,
  ApiKeyRole,
  ChangeListener,
  ChangePage,
  CreateSubmissionResult,
  DecideSubmissionResult,
  DirectoryReader,
  DirectoryStore,
  GroupChange,
  GroupRecord,
  GroupSnapshot,
  IdempotencyKey,
  ListSubmissionsOptions,
  SubmissionDecision,
} from '../types.js';
import { mapPostgresError } from './map-error.js';
import { applyMigrations } from './migrations.js';

/** The notification channel group writes are announced on, in every schema of a database. */
export const CHANGE_CHANNEL = 'peer_groups_changes';

const DEFAULT_CHANGE_LIMIT = 1000;
// Large imports go in slices, so one statement never carries megabytes of JSON.
const WRITE_CHUNK = 500;
const SCHEMA_PATTERN = /^[a-z_][a-z0-9_]{0,62}$/;

/** Options of {@link openPostgresStore}. */
export interface PostgresStoreOptions {
  /**
   * The schema holding the store's tables, created when missing. Default `public`. Lets several
   * directories (or test runs) share one database. Lowercase letters, digits and `_`.
   */
  schema?: string;
  /** Most connections the pool opens; default 10. The change listener uses one more. */
  maxConnections?: number;
  /** How long opening a connection may take before the store reports it unavailable; default 10 s. */
  connectTimeoutSeconds?: number;
}

/** A {@link DirectoryStore} on PostgreSQL, with push notification of group writes. */
export interface PostgresStore extends DirectoryStore {
  readonly kind: 'postgres';
  /**
   * Listens for group writes committed by any store on the same database and schema (LISTEN/
   * NOTIFY). Resolves once listening; the returned function stops listening.
   */
  subscribe(listener: ChangeListener): Promise<() => Promise<void>>;
}

/** Thrown by {@link openPostgresStore} for options it cannot use. */
export class PostgresStoreOptionsError extends Error {
  override readonly name = 'PostgresStoreOptionsError';
}

interface GroupRow {
  body: Group;
  retired_at: string | null;
}

interface ChangeRow extends GroupRow {
  version: string;
}

interface SubmissionRow {
  body: Submission;
  fingerprint: string | null;
  status: string;
}

interface ApiKeyRow {
  id: string;
  role: string;
  label: string | null;
  hash: string;
  created_at: string;
}

function toApiKey(row: ApiKeyRow): ApiKeyRecord {
  const record: ApiKeyRecord = {
    id: row.id,
    role: row.role as ApiKeyRole,
    hash: row.hash,
    createdAt: row.created_at,
  };
  if (row.label !== null) record.label = row.label;
  return record;
}

function decidedSubmission(submission: Submission, decision: SubmissionDecision): Submission {
  const decided: Submission = {
    ...submission,
    status: decision.status,
    decidedAt: decision.decidedAt,
  };
  if (decision.note !== undefined) decided.decisionNote = decision.note;
  if (decision.status === 'approved' && decision.group !== undefined) {
    decided.publishedGroupId = decision.group.id;
  }
  return decided;
}

/** The groups to write, each id once: a later entry of the same id replaces an earlier one. */
function lastWriteWins(groups: readonly Group[]): Group[] {
  const byId = new Map<string, Group>();
  for (const group of groups) {
    byId.delete(group.id);
    byId.set(group.id, group);
  }
  return [...byId.values()];
}

/** The PostgreSQL implementation of {@link DirectoryStore}. Use {@link openPostgresStore}. */
class PostgresDirectoryStore implements PostgresStore {
  readonly kind = 'postgres';
  readonly #sql: Sql;
  readonly #schema: string;
  #closed = false;

  constructor(sql: Sql, schema: string) {
    this.#sql = sql;
    this.#schema = schema;
  }

  /** Runs `work` unless closed, mapping connection failures to `StoreUnavailableError`. */
  async #run<T>(work: (sql: Sql) => Promise<T>): Promise<T> {
    if (this.#closed) throw new StoreClosedError();
    try {
      return await work(this.#sql);
    } catch (error) {
      throw mapPostgresError(error);
    }
  }

  /** Takes `count` new feed versions; returns the last. Holds the feed row lock until commit. */
  async #nextVersions(tx: TransactionSql, count: number): Promise<number> {
    const [row] = await tx<{ version: string }[]>`
      UPDATE feed SET version = version + ${count} RETURNING version
    `;
    return Number(row?.version);
  }

  /** Announces a write; PostgreSQL delivers it only once the transaction commits. */
  async #announce(tx: TransactionSql, version: number): Promise<void> {
    await tx`SELECT pg_notify(${CHANGE_CHANNEL}, ${`${this.#schema} ${version}`})`;
  }

  migrate(): Promise<void> {
    return this.#run((sql) => applyMigrations(sql, this.#schema));
  }

  ping(): Promise<void> {
    return this.#run(async (sql) => {
      await sql`SELECT 1`;
    });
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#sql.end({ timeout: 5 });
  }

  snapshot(): Promise<GroupSnapshot> {
    return this.#run((sql) =>
      // One snapshot for both reads, so the version and the rows agree while others write.
      sql.begin('ISOLATION LEVEL REPEATABLE READ READ ONLY', async (tx) => {
        const [feed] = await tx<{ version: string }[]>`SELECT version FROM feed`;
        const rows = await tx<{ body: Group }[]>`
          SELECT body FROM groups WHERE retired_at IS NULL
        `;
        return { version: Number(feed?.version ?? 0), groups: rows.map((row) => row.body) };
      }),
    );
  }

  getGroup(id: string): Promise<GroupRecord | undefined> {
    return this.#run(async (sql) => {
      const [row] = await sql<GroupRow[]>`SELECT body, retired_at FROM groups WHERE id = ${id}`;
      return row === undefined ? undefined : { group: row.body, retiredAt: row.retired_at };
    });
  }

  putGroups(groups: readonly Group[]): Promise<number> {
    return this.#run((sql) =>
      sql.begin(async (tx) => {
        const unique = lastWriteWins(groups);
        if (unique.length === 0) {
          const [feed] = await tx<{ version: string }[]>`SELECT version FROM feed`;
          return Number(feed?.version ?? 0);
        }
        const last = await this.#nextVersions(tx, unique.length);
        const first = last - unique.length + 1;
        for (let start = 0; start < unique.length; start += WRITE_CHUNK) {
          const chunk = JSON.stringify(unique.slice(start, start + WRITE_CHUNK));
          // The JSON goes in as text: json_array_elements keeps each element's exact text.
          await tx`
            INSERT INTO groups (id, body, retired_at, version)
            SELECT element ->> 'id', element, NULL, ${first + start - 1} + position
            FROM json_array_elements(${chunk}::text::json) WITH ORDINALITY AS t(element, position)
            ON CONFLICT (id) DO UPDATE
              SET body = excluded.body, retired_at = NULL, version = excluded.version
          `;
        }
        await this.#announce(tx, last);
        return last;
      }),
    );
  }

  retireGroup(id: string, retiredAt: string): Promise<GroupRecord | undefined> {
    return this.#run((sql) =>
      sql.begin(async (tx) => {
        const [row] = await tx<GroupRow[]>`
          SELECT body, retired_at FROM groups WHERE id = ${id} FOR UPDATE
        `;
        if (row === undefined) return undefined;
        if (row.retired_at !== null) return { group: row.body, retiredAt: row.retired_at };
        const version = await this.#nextVersions(tx, 1);
        await tx`
          UPDATE groups SET retired_at = ${retiredAt}, version = ${version} WHERE id = ${id}
        `;
        await this.#announce(tx, version);
        return { group: row.body, retiredAt };
      }),
    );
  }

  changesSince(version: number, limit = DEFAULT_CHANGE_LIMIT): Promise<ChangePage> {
    return this.#run(async (sql) => {
      const rows = await sql<ChangeRow[]>`
        SELECT body, retired_at, version FROM groups
        WHERE version > ${version}
        ORDER BY version
        LIMIT ${Math.max(1, Math.floor(limit))}
      `;
      const changes: GroupChange[] = rows.map((row) => ({
        group: row.body,
        retiredAt: row.retired_at,
        version: Number(row.version),
      }));
      return { changes, version: changes.at(-1)?.version ?? version };
    });
  }

  createSubmission(
    submission: Submission,
    idempotency?: IdempotencyKey,
  ): Promise<CreateSubmissionResult> {
    return this.#run((sql) =>
      sql.begin(async (tx): Promise<CreateSubmissionResult> => {
        // Answered means on disk, whatever the server's default: a submitter is told it arrived.
        await tx`SET LOCAL synchronous_commit TO on`;
        const inserted = await tx`
          INSERT INTO submissions (id, status, received_at, body, idempotency_key, fingerprint)
          VALUES (
            ${submission.id}, ${submission.status}, ${submission.receivedAt},
            ${JSON.stringify(submission)}::text::json,
            ${idempotency?.key ?? null}, ${idempotency?.fingerprint ?? null}
          )
          ON CONFLICT (idempotency_key) DO NOTHING
          RETURNING id
        `;
        if (inserted.length > 0 || idempotency === undefined) {
          return { outcome: 'created', submission };
        }
        const [first] = await tx<SubmissionRow[]>`
          SELECT body, fingerprint, status FROM submissions
          WHERE idempotency_key = ${idempotency.key}
        `;
        if (first === undefined) {
          // Unreachable while the unique index holds: ON CONFLICT only skips on an existing key.
          throw new Error(`Idempotency key ${idempotency.key} conflicted but no row holds it.`);
        }
        const outcome = first.fingerprint === idempotency.fingerprint ? 'replayed' : 'conflict';
        return { outcome, submission: first.body };
      }),
    );
  }

  getSubmission(id: string): Promise<Submission | undefined> {
    return this.#run(async (sql) => {
      const [row] = await sql<
        { body: Submission }[]
      >`SELECT body FROM submissions WHERE id = ${id}`;
      return row?.body;
    });
  }

  listSubmissions(options: ListSubmissionsOptions): Promise<Submission[]> {
    return this.#run(async (sql) => {
      const status = options.status ? sql`AND status = ${options.status}` : sql``;
      const after = options.after
        ? sql`AND (received_at, id) > (${options.after.receivedAt}, ${options.after.id})`
        : sql``;
      const rows = await sql<{ body: Submission }[]>`
        SELECT body FROM submissions
        WHERE true ${status} ${after}
        ORDER BY received_at, id
        LIMIT ${Math.max(1, Math.floor(options.limit))}
      `;
      return rows.map((row) => row.body);
    });
  }

  decideSubmission(id: string, decision: SubmissionDecision): Promise<DecideSubmissionResult> {
    return this.#run((sql) =>
      sql.begin(async (tx): Promise<DecideSubmissionResult> => {
        const [row] = await tx<{ body: Submission; status: string }[]>`
          SELECT body, status FROM submissions WHERE id = ${id} FOR UPDATE
        `;
        if (row === undefined) return { outcome: 'not-found' };
        if (row.status !== 'pending') return { outcome: 'already-decided', submission: row.body };
        const decided = decidedSubmission(row.body, decision);
        if (decision.status === 'approved' && decision.group !== undefined) {
          const version = await this.#nextVersions(tx, 1);
          await tx`
            INSERT INTO groups (id, body, retired_at, version)
            VALUES (
              ${decision.group.id}, ${JSON.stringify(decision.group)}::text::json, NULL, ${version}
            )
            ON CONFLICT (id) DO UPDATE
              SET body = excluded.body, retired_at = NULL, version = excluded.version
          `;
          await this.#announce(tx, version);
        }
        await tx`
          UPDATE submissions
          SET status = ${decided.status}, body = ${JSON.stringify(decided)}::text::json
          WHERE id = ${id}
        `;
        return { outcome: 'decided', submission: decided };
      }),
    );
  }

  createApiKey(record: ApiKeyRecord): Promise<void> {
    return this.#run(async (sql) => {
      await sql`
        INSERT INTO api_keys (id, role, label, hash, created_at)
        VALUES (${record.id}, ${record.role}, ${record.label ?? null}, ${record.hash}, ${record.createdAt})
      `;
    });
  }

  findApiKeyByHash(hash: string): Promise<ApiKeyRecord | undefined> {
    return this.#run(async (sql) => {
      const [row] = await sql<ApiKeyRow[]>`
        SELECT id, role, label, hash, created_at FROM api_keys WHERE hash = ${hash}
      `;
      return row === undefined ? undefined : toApiKey(row);
    });
  }

  subscribe(listener: ChangeListener): Promise<() => Promise<void>> {
    return this.#run(async (sql) => {
      const prefix = `${this.#schema} `;
      let listening = false;
      const meta = await sql.listen(
        CHANGE_CHANNEL,
        (payload) => {
          // One channel serves every schema of the database; keep only this store's writes.
          if (!payload.startsWith(prefix)) return;
          const version = Number(payload.slice(prefix.length));
          listener(Number.isSafeInteger(version) ? version : undefined);
        },
        () => {
          // Called again after every reconnect: writes in between were never announced to us.
          if (listening) listener(undefined);
          listening = true;
        },
      );
      return async () => {
        if (!this.#closed) await meta.unlisten();
      };
    });
  }
}

/** A connection pool on `url` for the store's `schema`; `readOnly` refuses every write. */
function connect(
  url: string,
  schema: string,
  options: PostgresStoreOptions,
  readOnly: boolean,
): Sql {
  if (!SCHEMA_PATTERN.test(schema)) {
    throw new PostgresStoreOptionsError(
      `"${schema}" is not a usable schema name: use 1-63 lowercase letters, digits and "_", not starting with a digit.`,
    );
  }
  return postgres(url, {
    max: options.maxConnections ?? 10,
    connect_timeout: options.connectTimeoutSeconds ?? 10,
    connection: {
      search_path: schema,
      application_name: 'peer-groups-server',
      ...(readOnly ? { default_transaction_read_only: true } : {}),
    },
    // IF NOT EXISTS and friends send notices; they are expected, not worth a log line.
    onnotice: () => {},
  });
}

/**
 * Opens the PostgreSQL store at `url` (`postgres://user:password@host:port/database`) and runs
 * its pending migrations before resolving, so the store is ready to use. Concurrent opens by
 * several instances are safe: migrations take an advisory lock.
 *
 * Rejects with `StoreUnavailableError` when the database cannot be reached, and with
 * {@link PostgresStoreOptionsError} for an unusable schema name.
 */
export async function openPostgresStore(
  url: string,
  options: PostgresStoreOptions = {},
): Promise<PostgresStore> {
  const schema = options.schema ?? 'public';
  const store = new PostgresDirectoryStore(connect(url, schema, options, false), schema);
  try {
    await store.migrate();
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}

/**
 * Opens a read replica of a PostgreSQL store (a hot standby streaming from its database) for
 * the reads a replica can serve. Runs no migrations: the primary's reach the replica by
 * replication. Every transaction is read-only, so a write sent here by mistake fails at once
 * instead of on the standby's refusal. Resolves once the replica answers.
 *
 * Rejects with `StoreUnavailableError` when it cannot be reached, and with
 * {@link PostgresStoreOptionsError} for an unusable schema name.
 */
export async function openPostgresReader(
  url: string,
  options: PostgresStoreOptions = {},
): Promise<DirectoryReader> {
  const schema = options.schema ?? 'public';
  const reader = new PostgresDirectoryStore(connect(url, schema, options, true), schema);
  try {
    await reader.ping();
  } catch (error) {
    await reader.close();
    throw error;
  }
  return reader;
}
