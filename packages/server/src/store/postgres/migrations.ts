/**
 * The PostgreSQL schema, as numbered migrations applied in order, each once, and the runner
 * that applies them safely while several server instances start at the same moment.
 *
 * @packageDocumentation
 */
import type { Sql } from 'postgres';

/** One schema change. `version` numbers are dense and never reused. */
export interface PostgresMigration {
  version: number;
  description: string;
  /** One or more statements, run in the migration's transaction. */
  sql: string;
}

/**
 * Every migration of the PostgreSQL store, oldest first. Append only: never edit a shipped one.
 *
 * Listings and submissions are kept as `json` (not `jsonb`) so they come back exactly as written,
 * key order and number spelling included. Instants stay ISO text in the "C" collation: they sort
 * as text in time order, the same way on every server whatever its locale.
 */
export const POSTGRES_MIGRATIONS: readonly PostgresMigration[] = [
  {
    version: 1,
    description: 'groups with a change feed, submissions and API keys',
    sql: `
      CREATE TABLE groups (
        id text COLLATE "C" PRIMARY KEY,
        body json NOT NULL,
        retired_at text COLLATE "C",
        version bigint NOT NULL
      );
      CREATE UNIQUE INDEX groups_version ON groups (version);

      -- One row holding the latest feed version. Writers bump it first in their transaction,
      -- which serialises them on the row lock, so versions become visible in commit order and a
      -- reader that saw version N can never later find a write numbered below N.
      CREATE TABLE feed (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        version bigint NOT NULL
      );
      INSERT INTO feed (version) VALUES (0);

      CREATE TABLE submissions (
        id text COLLATE "C" PRIMARY KEY,
        status text NOT NULL,
        received_at text COLLATE "C" NOT NULL,
        body json NOT NULL,
        idempotency_key text UNIQUE,
        fingerprint text
      );
      CREATE INDEX submissions_queue ON submissions (received_at, id);
      CREATE INDEX submissions_status_queue ON submissions (status, received_at, id);

      CREATE TABLE api_keys (
        id text PRIMARY KEY,
        role text NOT NULL,
        label text,
        hash text NOT NULL UNIQUE,
        created_at text NOT NULL
      );
    `,
  },
];

/**
 * Applies the pending migrations of `schema` in one transaction. A transaction-scoped advisory
 * lock, keyed by the schema, makes concurrent callers (several instances starting together) take
 * turns: the first applies everything, the others then find nothing left to do.
 */
export async function applyMigrations(
  sql: Sql,
  schema: string,
  migrations: readonly PostgresMigration[] = POSTGRES_MIGRATIONS,
): Promise<void> {
  await sql.begin(async (tx) => {
    await tx`SELECT pg_advisory_xact_lock(hashtext(${`peer-groups:migrate:${schema}`}))`;
    await tx`CREATE SCHEMA IF NOT EXISTS ${tx(schema)}`;
    await tx`
      CREATE TABLE IF NOT EXISTS ${tx(schema)}.peer_groups_migrations (
        version integer PRIMARY KEY,
        description text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )
    `;
    const rows = await tx<{ version: number }[]>`
      SELECT version FROM ${tx(schema)}.peer_groups_migrations
    `;
    const applied = new Set(rows.map((row) => row.version));
    for (const migration of migrations) {
      if (applied.has(migration.version)) continue;
      await tx.unsafe(`SET LOCAL search_path TO "${schema}"`);
      await tx.unsafe(migration.sql).simple();
      await tx`
        INSERT INTO ${tx(schema)}.peer_groups_migrations (version, description)
        VALUES (${migration.version}, ${migration.description})
      `;
    }
  });
}
