/**
 * Choosing and opening the store a server runs on: embedded SQLite by default, PostgreSQL for a
 * `postgres://` URL.
 *
 * @packageDocumentation
 */
import { DEFAULT_SQLITE_PATH, openSqliteStore } from './store/sqlite/sqlite-store.js';
import type { DirectoryReader, DirectoryStore } from './store/types.js';

/** A read replica asked for where there can be none: it must be PostgreSQL, as the store. */
export class ReadReplicaOptionsError extends Error {
  override readonly name = 'ReadReplicaOptionsError';
}

/** Whether `database` names a PostgreSQL server rather than a SQLite file. */
export function isPostgresUrl(database: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(database);
}

/**
 * Opens the store for `database`: a `postgres://` (or `postgresql://`) URL, a SQLite file path,
 * or `:memory:`. Without one, the SQLite file `.peer-groups/directory.db` under the working
 * directory, created on first use. Migrations run before it resolves.
 */
export async function openStore(database?: string): Promise<DirectoryStore> {
  if (database !== undefined && isPostgresUrl(database)) {
    // Loaded only when asked for, so SQLite deployments never load the PostgreSQL driver.
    const { openPostgresStore } = await import('./store/postgres/index.js');
    return openPostgresStore(database);
  }
  return openSqliteStore(database ?? DEFAULT_SQLITE_PATH);
}

/**
 * Opens the read replica at `url` for a store on `storeKind`. Only a PostgreSQL store has
 * replicas, and a replica is a `postgres://` URL; it is never migrated (see
 * `openPostgresReader`).
 *
 * @throws {ReadReplicaOptionsError} when the store or the URL is not PostgreSQL.
 */
export async function openReadReplica(url: string, storeKind: string): Promise<DirectoryReader> {
  if (storeKind !== 'postgres' || !isPostgresUrl(url)) {
    throw new ReadReplicaOptionsError(
      'A read replica needs PostgreSQL: give a postgres:// URL for the replica of a postgres:// database, or leave it out.',
    );
  }
  const { openPostgresReader } = await import('./store/postgres/index.js');
  return openPostgresReader(url);
}
