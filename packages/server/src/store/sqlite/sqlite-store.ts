/**
 * The embedded store: one SQLite file in WAL mode with full synchronous commits, so an answered
 * write survives a crash or `kill -9` of the server right after.
 *
 * @packageDocumentation
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Group, Submission } from '@peer-groups/core';
import Database from 'better-sqlite3';
import { StoreClosedError, StoreUnavailableError } from '../errors.js';
import type {
  ApiKeyRecord,
  ApiKeyRole,
  ChangePage,
  CreateSubmissionResult,
  DecideSubmissionResult,
  DirectoryStore,
  GroupChange,
  GroupRecord,
  GroupSnapshot,
  IdempotencyKey,
  ListSubmissionsOptions,
  SubmissionDecision,
} from '../types.js';
import { SQLITE_MIGRATIONS } from './migrations.js';

/** Where the embedded database lives when nothing is configured, relative to the working directory. */
export const DEFAULT_SQLITE_PATH = '.peer-groups/directory.db';

/** Options of {@link openSqliteStore}. */
export interface SqliteStoreOptions {
  /** How long a write waits for another process's lock before failing, in ms. Default 5000. */
  busyTimeoutMs?: number;
}

interface GroupRow {
  body: string;
  retired_at: string | null;
}

interface ChangeRow extends GroupRow {
  version: number;
}

interface SubmissionRow {
  body: string;
  fingerprint: string | null;
}

interface ApiKeyRow {
  id: string;
  role: string;
  label: string | null;
  hash: string;
  created_at: string;
}

const DEFAULT_CHANGE_LIMIT = 1000;

/**
 * The change feed's query. Exported with {@link listSubmissionsStatement} so a test can check
 * the plan SQLite makes for exactly what runs: an index range, never a scan of every group.
 */
export const CHANGES_SINCE_SQL =
  'SELECT body, retired_at, version FROM groups WHERE version > ? ORDER BY version LIMIT ?';

/** The moderation queue's query for `options`, and its parameters. */
export function listSubmissionsStatement(options: ListSubmissionsOptions): {
  sql: string;
  parameters: (string | number)[];
} {
  const conditions: string[] = [];
  const parameters: (string | number)[] = [];
  if (options.status !== undefined) {
    conditions.push('status = ?');
    parameters.push(options.status);
  }
  if (options.after !== undefined) {
    conditions.push('(received_at, id) > (?, ?)');
    parameters.push(options.after.receivedAt, options.after.id);
  }
  const where = conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`;
  parameters.push(options.limit);
  return {
    sql: `SELECT body FROM submissions ${where} ORDER BY received_at, id LIMIT ?`,
    parameters,
  };
}

function toRecord(row: GroupRow): GroupRecord {
  return { group: JSON.parse(row.body) as Group, retiredAt: row.retired_at };
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

/** The SQLite implementation of {@link DirectoryStore}. Use {@link openSqliteStore} to get one. */
class SqliteStore implements DirectoryStore {
  readonly kind = 'sqlite';
  readonly #db: Database.Database;
  #closed = false;

  constructor(db: Database.Database) {
    this.#db = db;
  }

  /** Runs `work` synchronously on the open database, mapping I/O failures to typed errors. */
  #run<T>(work: (db: Database.Database) => T): Promise<T> {
    if (this.#closed) return Promise.reject(new StoreClosedError());
    try {
      return Promise.resolve(work(this.#db));
    } catch (error) {
      return Promise.reject(mapSqliteError(error));
    }
  }

  migrate(): Promise<void> {
    return this.#run((db) => migrateDatabase(db));
  }

  ping(): Promise<void> {
    return this.#run((db) => {
      db.prepare('SELECT 1').get();
    });
  }

  close(): Promise<void> {
    if (!this.#closed) {
      this.#closed = true;
      this.#db.close();
    }
    return Promise.resolve();
  }

  snapshot(): Promise<GroupSnapshot> {
    return this.#run((db) =>
      // One read transaction, so the version and the rows agree even while another process writes.
      db.transaction(() => {
        const version = currentVersion(db);
        const rows = db
          .prepare('SELECT body FROM groups WHERE retired_at IS NULL')
          .pluck()
          .all() as string[];
        return { version, groups: rows.map((body) => JSON.parse(body) as Group) };
      })(),
    );
  }

  getGroup(id: string): Promise<GroupRecord | undefined> {
    return this.#run((db) => {
      const row = db.prepare('SELECT body, retired_at FROM groups WHERE id = ?').get(id) as
        | GroupRow
        | undefined;
      return row === undefined ? undefined : toRecord(row);
    });
  }

  putGroups(groups: readonly Group[]): Promise<number> {
    return this.#run((db) => db.transaction(() => writeGroups(db, groups)).immediate());
  }

  retireGroup(id: string, retiredAt: string): Promise<GroupRecord | undefined> {
    return this.#run((db) =>
      db
        .transaction(() => {
          const row = db.prepare('SELECT body, retired_at FROM groups WHERE id = ?').get(id) as
            | GroupRow
            | undefined;
          if (row === undefined) return undefined;
          if (row.retired_at !== null) return toRecord(row);
          db.prepare('UPDATE groups SET retired_at = ?, version = ? WHERE id = ?').run(
            retiredAt,
            currentVersion(db) + 1,
            id,
          );
          return toRecord({ body: row.body, retired_at: retiredAt });
        })
        .immediate(),
    );
  }

  changesSince(version: number, limit = DEFAULT_CHANGE_LIMIT): Promise<ChangePage> {
    return this.#run((db) => {
      const rows = db.prepare(CHANGES_SINCE_SQL).all(version, limit) as ChangeRow[];
      const changes: GroupChange[] = rows.map((row) => ({
        ...toRecord(row),
        version: row.version,
      }));
      return { changes, version: changes[changes.length - 1]?.version ?? version };
    });
  }

  createSubmission(
    submission: Submission,
    idempotency?: IdempotencyKey,
  ): Promise<CreateSubmissionResult> {
    return this.#run((db) =>
      db
        .transaction((): CreateSubmissionResult => {
          if (idempotency !== undefined) {
            const existing = db
              .prepare('SELECT body, fingerprint FROM submissions WHERE idempotency_key = ?')
              .get(idempotency.key) as SubmissionRow | undefined;
            if (existing !== undefined) {
              return {
                outcome: existing.fingerprint === idempotency.fingerprint ? 'replayed' : 'conflict',
                submission: JSON.parse(existing.body) as Submission,
              };
            }
          }
          db.prepare(
            'INSERT INTO submissions (id, status, received_at, body, idempotency_key, fingerprint) VALUES (?, ?, ?, ?, ?, ?)',
          ).run(
            submission.id,
            submission.status,
            submission.receivedAt,
            JSON.stringify(submission),
            idempotency?.key ?? null,
            idempotency?.fingerprint ?? null,
          );
          return { outcome: 'created', submission };
        })
        .immediate(),
    );
  }

  getSubmission(id: string): Promise<Submission | undefined> {
    return this.#run((db) => {
      const body = db.prepare('SELECT body FROM submissions WHERE id = ?').pluck().get(id) as
        | string
        | undefined;
      return body === undefined ? undefined : (JSON.parse(body) as Submission);
    });
  }

  listSubmissions(options: ListSubmissionsOptions): Promise<Submission[]> {
    return this.#run((db) => {
      const { sql, parameters } = listSubmissionsStatement(options);
      const bodies = db
        .prepare(sql)
        .pluck()
        .all(...parameters) as string[];
      return bodies.map((body) => JSON.parse(body) as Submission);
    });
  }

  decideSubmission(id: string, decision: SubmissionDecision): Promise<DecideSubmissionResult> {
    return this.#run((db) =>
      db
        .transaction((): DecideSubmissionResult => {
          const body = db.prepare('SELECT body FROM submissions WHERE id = ?').pluck().get(id) as
            | string
            | undefined;
          if (body === undefined) return { outcome: 'not-found' };
          const submission = JSON.parse(body) as Submission;
          if (submission.status !== 'pending') return { outcome: 'already-decided', submission };
          const decided = decidedSubmission(submission, decision);
          if (decision.status === 'approved' && decision.group !== undefined) {
            writeGroups(db, [decision.group]);
          }
          db.prepare('UPDATE submissions SET status = ?, body = ? WHERE id = ?').run(
            decided.status,
            JSON.stringify(decided),
            id,
          );
          return { outcome: 'decided', submission: decided };
        })
        .immediate(),
    );
  }

  createApiKey(record: ApiKeyRecord): Promise<void> {
    return this.#run((db) => {
      db.prepare(
        'INSERT INTO api_keys (id, role, label, hash, created_at) VALUES (?, ?, ?, ?, ?)',
      ).run(record.id, record.role, record.label ?? null, record.hash, record.createdAt);
    });
  }

  findApiKeyByHash(hash: string): Promise<ApiKeyRecord | undefined> {
    return this.#run((db) => {
      const row = db
        .prepare('SELECT id, role, label, hash, created_at FROM api_keys WHERE hash = ?')
        .get(hash) as ApiKeyRow | undefined;
      return row === undefined ? undefined : toApiKey(row);
    });
  }
}

function currentVersion(db: Database.Database): number {
  return db.prepare('SELECT coalesce(max(version), 0) FROM groups').pluck().get() as number;
}

/** Upserts `groups` with consecutive versions; the caller holds a write transaction. */
function writeGroups(db: Database.Database, groups: readonly Group[]): number {
  let version = currentVersion(db);
  // The version index is unique, so a row's old version is cleared before the new one is set.
  const upsert = db.prepare(
    `INSERT INTO groups (id, body, retired_at, version) VALUES (?, ?, NULL, ?)
     ON CONFLICT (id) DO UPDATE SET body = excluded.body, retired_at = NULL, version = excluded.version`,
  );
  for (const group of groups) {
    version += 1;
    upsert.run(group.id, JSON.stringify(group), version);
  }
  return version;
}

function migrateDatabase(db: Database.Database): void {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)',
  );
  const applied = new Set(
    db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[],
  );
  for (const migration of SQLITE_MIGRATIONS) {
    if (applied.has(migration.version)) continue;
    db.transaction(() => {
      // Another process may have applied it while this one waited for the write lock.
      const done = db
        .prepare('SELECT 1 FROM schema_migrations WHERE version = ?')
        .get(migration.version);
      if (done !== undefined) return;
      db.exec(migration.sql);
      db.prepare(
        'INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)',
      ).run(migration.version, migration.description, new Date().toISOString());
    }).immediate();
  }
}

const UNAVAILABLE_CODES = new Set([
  'SQLITE_BUSY',
  'SQLITE_LOCKED',
  'SQLITE_IOERR',
  'SQLITE_CANTOPEN',
  'SQLITE_FULL',
  'SQLITE_READONLY',
  'SQLITE_CORRUPT',
  'SQLITE_NOTADB',
]);

function mapSqliteError(error: unknown): unknown {
  if (error instanceof Database.SqliteError) {
    const family = error.code.split('_').slice(0, 2).join('_');
    if (UNAVAILABLE_CODES.has(family)) {
      return new StoreUnavailableError(`SQLite answered ${error.code}`, { cause: error });
    }
  }
  return error;
}

/**
 * Opens (creating when missing) the SQLite database at `path` (or `:memory:`), applies its
 * migrations, and resolves to a ready store. The folder of `path` is created if needed.
 */
export async function openSqliteStore(
  path: string = DEFAULT_SQLITE_PATH,
  options: SqliteStoreOptions = {},
): Promise<DirectoryStore> {
  let db: Database.Database;
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    db = new Database(path);
  } catch (error) {
    throw new StoreUnavailableError(`cannot open SQLite database at ${path}`, { cause: error });
  }
  db.pragma('journal_mode = WAL');
  // FULL flushes the WAL on every commit: a 201 for a submission means it is on disk.
  db.pragma('synchronous = FULL');
  db.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? 5000))}`);
  db.pragma('foreign_keys = ON');
  const store = new SqliteStore(db);
  try {
    await store.migrate();
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}
