/**
 * The SQLite schema, as numbered migrations applied in order, each once.
 *
 * @packageDocumentation
 */

/** One schema change. `version` numbers are dense and never reused. */
export interface SqliteMigration {
  version: number;
  description: string;
  sql: string;
}

/** Every migration of the SQLite store, oldest first. Append only: never edit a shipped one. */
export const SQLITE_MIGRATIONS: readonly SqliteMigration[] = [
  {
    version: 1,
    description: 'groups, submissions and API keys',
    sql: `
      CREATE TABLE groups (
        id TEXT PRIMARY KEY,
        body TEXT NOT NULL,
        retired_at TEXT,
        version INTEGER NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX groups_version ON groups (version);

      CREATE TABLE submissions (
        id TEXT PRIMARY KEY,
        status TEXT NOT NULL,
        received_at TEXT NOT NULL,
        body TEXT NOT NULL,
        idempotency_key TEXT UNIQUE,
        fingerprint TEXT
      ) STRICT;
      CREATE INDEX submissions_queue ON submissions (received_at, id);
      CREATE INDEX submissions_status_queue ON submissions (status, received_at, id);

      CREATE TABLE api_keys (
        id TEXT PRIMARY KEY,
        role TEXT NOT NULL,
        label TEXT,
        hash TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL
      ) STRICT;
    `,
  },
];
