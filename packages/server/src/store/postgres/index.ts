/**
 * The PostgreSQL store of the directory server: `openPostgresStore(url)`.
 *
 * @packageDocumentation
 */

export { POSTGRES_MIGRATIONS, type PostgresMigration } from './migrations.js';
export {
  CHANGE_CHANNEL,
  type ChangeListener,
  openPostgresStore,
  type PostgresStore,
  type PostgresStoreOptions,
  PostgresStoreOptionsError,
} from './postgres-store.js';
