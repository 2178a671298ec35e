import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { inject } from 'vitest';
import { openPostgresStore, type PostgresStore } from '../src/store/postgres/index.js';

/** The URL of the test database the global setup started (or was given). */
export function testDatabaseUrl(): string {
  return inject('peerGroupsTestDatabaseUrl');
}

/** A schema name no other test uses, so every test starts from an empty store. */
export function uniqueSchema(prefix = 'test'): string {
  return `${prefix}_${randomBytes(6).toString('hex')}`;
}

/**
 * Opens stores in fresh schemas of the test database and drops those schemas again, so a run
 * against a database of your own (`PEER_GROUPS_TEST_DATABASE_URL`) leaves nothing behind.
 */
export class TestSchemas {
  readonly #schemas = new Set<string>();

  /** Opens a new, empty, migrated store in its own schema (or in `schema` when given). */
  async open(schema = uniqueSchema()): Promise<PostgresStore> {
    this.#schemas.add(schema);
    return openPostgresStore(testDatabaseUrl(), { schema, maxConnections: 4 });
  }

  /** Drops every schema opened so far. */
  async dropAll(): Promise<void> {
    if (this.#schemas.size === 0) return;
    const sql = postgres(testDatabaseUrl(), { max: 1, onnotice: () => {} });
    try {
      for (const schema of this.#schemas) await sql`DROP SCHEMA IF EXISTS ${sql(schema)} CASCADE`;
      this.#schemas.clear();
    } finally {
      await sql.end({ timeout: 5 });
    }
  }
}
