import { afterAll, describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../src/store/errors.js';
import {
  openPostgresStore,
  POSTGRES_MIGRATIONS,
  PostgresStoreOptionsError,
} from '../src/store/postgres/index.js';
import { TestSchemas, testDatabaseUrl, uniqueSchema } from './postgres-database.js';
import { describeStoreContract } from './store-contract.js';
import { makeGroup } from './support/groups.js';

const schemas = new TestSchemas();
afterAll(() => schemas.dropAll());

describeStoreContract('postgres', () => schemas.open());

describe('postgres store', () => {
  it('migrates once when several instances open the same schema at the same moment', async () => {
    const schema = uniqueSchema();
    const stores = await Promise.all(Array.from({ length: 4 }, () => schemas.open(schema)));
    try {
      await stores[0]?.putGroups([makeGroup('g1')]);
      for (const store of stores) {
        expect((await store.getGroup('g1'))?.group.id).toBe('g1');
      }
    } finally {
      await Promise.all(stores.map((store) => store.close()));
    }
  });

  it('records each migration once', async () => {
    const schema = uniqueSchema();
    const first = await schemas.open(schema);
    const second = await schemas.open(schema);
    await second.migrate();
    await Promise.all([first.close(), second.close()]);
    const { default: postgres } = await import('postgres');
    const sql = postgres(testDatabaseUrl(), { max: 1 });
    try {
      const rows = await sql<{ version: number }[]>`
        SELECT version FROM ${sql(schema)}.peer_groups_migrations ORDER BY version
      `;
      expect(rows.map((row) => row.version)).toEqual(
        POSTGRES_MIGRATIONS.map((migration) => migration.version),
      );
    } finally {
      await sql.end();
    }
  });

  it('keeps two schemas of one database apart', async () => {
    const left = await schemas.open();
    const right = await schemas.open();
    try {
      await left.putGroups([makeGroup('only-left')]);
      expect(await right.getGroup('only-left')).toBeUndefined();
      expect((await right.snapshot()).version).toBe(0);
    } finally {
      await Promise.all([left.close(), right.close()]);
    }
  });

  it('writes the last of two entries with the same id in one batch', async () => {
    const store = await schemas.open();
    try {
      await store.putGroups([
        makeGroup('g1', { name: 'First' }),
        makeGroup('g1', { name: 'Last' }),
      ]);
      expect((await store.getGroup('g1'))?.group.name).toBe('Last');
    } finally {
      await store.close();
    }
  });

  it('writes a batch larger than one statement slice', async () => {
    const store = await schemas.open();
    try {
      const groups = Array.from({ length: 1234 }, (_, index) => makeGroup(`bulk-${index}`));
      const version = await store.putGroups(groups);
      const page = await store.changesSince(0, 2000);
      expect(page.changes).toHaveLength(1234);
      expect(page.version).toBe(version);
      expect(new Set(page.changes.map((change) => change.version)).size).toBe(1234);
    } finally {
      await store.close();
    }
  });

  it('refuses a schema name that is not a plain identifier', async () => {
    await expect(
      openPostgresStore(testDatabaseUrl(), { schema: 'x"; DROP TABLE groups; --' }),
    ).rejects.toBeInstanceOf(PostgresStoreOptionsError);
  });

  it('reports an unreachable database as StoreUnavailableError', async () => {
    // Port 1 on loopback: nothing listens there, so the connection is refused at once.
    await expect(
      openPostgresStore('postgres://postgres@127.0.0.1:1/peer_groups', {
        connectTimeoutSeconds: 2,
      }),
    ).rejects.toBeInstanceOf(StoreUnavailableError);
  });
});
