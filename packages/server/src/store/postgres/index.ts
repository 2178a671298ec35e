/**
 * The PostgreSQL store of the directory server: `openPostgresStore(url)`.
 *
 * @packageDocumentation
 */

export type { ChangeListener } from '../types.js';
export { POSTGRES_MIGRATIONS, type PostgresMigration } from './migrations.js';
export {
  CHANGE_CHANNEL,
  openPostgresStore,
  type PostgresStore,
  type PostgresStoreOptions,
  PostgresStoreOptionsError,
} from './postgres-store.js';
