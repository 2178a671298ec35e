/**
 * Choosing and opening the store a server runs on: embedded SQLite by default, PostgreSQL for a
 * `postgres://` URL.
 *
 * @packageDocumentation
 */
import { DEFAULT_SQLITE_PATH, openSqliteStore } from './store/sqlite/sqlite-store.js';
import type { DirectoryStore } from './store/types.js';

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
