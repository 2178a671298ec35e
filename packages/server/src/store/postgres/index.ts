/**
 * The PostgreSQL store of the directory server: `openPostgresStore(url)`, and the reader of a
 * read replica: `openPostgresReader(url)`.
 *
 * @packageDocumentation
 */

export type { ChangeListener } from '../types.js';
export { POSTGRES_MIGRATIONS, type PostgresMigration } from './migrations.js';
export {
  CHANGE_CHANNEL,
  openPostgresReader,
  openPostgresStore,
  type PostgresStore,
  type PostgresStoreOptions,
  PostgresStoreOptionsError,
} from './postgres-store.js';
