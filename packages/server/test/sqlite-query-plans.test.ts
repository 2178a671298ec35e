import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CHANGES_SINCE_SQL,
  listSubmissionsStatement,
  openSqliteStore,
} from '../src/store/sqlite/sqlite-store.js';
import { makeGroup } from './support/groups.js';

/** The lines of SQLite's plan for `sql`. */
function planOf(db: Database.Database, sql: string, parameters: unknown[]): string[] {
  const rows = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...parameters) as { detail: string }[];
  return rows.map((row) => row.detail);
}

describe('the SQLite store query plans', () => {
  const folder = mkdtempSync(join(tmpdir(), 'peer-groups-plans-'));
  const path = join(folder, 'directory.db');
  let db: Database.Database;

  beforeAll(async () => {
    // Enough rows that a scan would be a real cost, and statistics as a long-running file has.
    const store = await openSqliteStore(path);
    await store.putGroups(Array.from({ length: 500 }, (_, index) => makeGroup(`g${index}`)));
    for (let index = 0; index < 300; index += 1) {
      await store.createSubmission({
        id: `s${String(index).padStart(4, '0')}`,
        kind: 'correction',
        groupId: 'g1',
        note: 'Moved.',
        status: index % 3 === 0 ? 'approved' : 'pending',
        receivedAt: new Date(Date.UTC(2026, 0, 1) + index * 60_000).toISOString(),
      });
    }
    await store.close();
    db = new Database(path);
    db.exec('ANALYZE');
  });

  afterAll(() => {
    db.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('reads the change feed through the version index, without a sort', () => {
    const plan = planOf(db, CHANGES_SINCE_SQL, [250, 1000]);
    expect(plan).toEqual([
      expect.stringMatching(/^SEARCH groups USING INDEX groups_version \(version>\?\)$/),
    ]);
  });

  it('reads every page of the moderation queue through an index, without a sort', () => {
    const after = { receivedAt: '2026-01-01T01:00:00.000Z', id: 's0060' };
    for (const options of [
      { limit: 21 },
      { limit: 21, after },
      { limit: 21, status: 'pending' as const },
      { limit: 21, status: 'pending' as const, after },
    ]) {
      const { sql, parameters } = listSubmissionsStatement(options);
      const plan = planOf(db, sql, parameters).join('\n');
      const index = options.status === undefined ? 'submissions_queue' : 'submissions_status_queue';
      expect(plan, JSON.stringify(options)).toMatch(new RegExp(`USING INDEX ${index}\\b`));
      expect(plan, JSON.stringify(options)).not.toMatch(/TEMP B-TREE|SCAN submissions$/m);
    }
  });
});
