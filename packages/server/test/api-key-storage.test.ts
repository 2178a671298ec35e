import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { Directory } from '../src/directory/directory.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { TestSchemas, testDatabaseUrl, uniqueSchema } from './postgres-database.js';

/** Checks the stored rows hold the key's SHA-256 digest and nothing of the key itself. */
function expectNoPlaintext(rows: Record<string, unknown>[], key: string): void {
  expect(rows).toHaveLength(1);
  const stored = JSON.stringify(rows);
  const secret = key.slice('pgk_'.length);
  // Not the key, nor any 16-character piece of its random part.
  for (let start = 0; start + 16 <= secret.length; start += 1) {
    expect(stored).not.toContain(secret.slice(start, start + 16));
  }
  expect(rows[0]?.hash).toBe(createHash('sha256').update(key, 'utf8').digest('hex'));
}

describe('stored API keys', () => {
  const folder = mkdtempSync(join(tmpdir(), 'peer-groups-keys-'));
  const schemas = new TestSchemas();
  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    await schemas.dropAll();
  });

  it('keep only the digest in SQLite', async () => {
    const path = join(folder, 'directory.db');
    const store = await openSqliteStore(path);
    const key = await (await Directory.open({ store })).createApiKey('curator', 'Dana');
    await store.close();
    const db = new Database(path, { readonly: true });
    try {
      expectNoPlaintext(
        db.prepare('SELECT * FROM api_keys').all() as Record<string, unknown>[],
        key,
      );
    } finally {
      db.close();
    }
  });

  it('keep only the digest in PostgreSQL', async () => {
    const schema = uniqueSchema();
    const store = await schemas.open(schema);
    const key = await (await Directory.open({ store })).createApiKey('curator', 'Dana');
    await store.close();
    const sql = postgres(testDatabaseUrl(), { max: 1, onnotice: () => {} });
    try {
      const rows = await sql`SELECT * FROM ${sql(schema)}.api_keys`;
      expectNoPlaintext([...rows], key);
    } finally {
      await sql.end({ timeout: 5 });
    }
  });
});
