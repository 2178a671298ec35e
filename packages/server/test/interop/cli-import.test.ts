import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { type CliIo, runCli } from '../../src/cli.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';

function fakeIo() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    env: {},
    stopSignal: Promise.resolve(),
  };
  return { io, out, err };
}

const fixture = (path: string) => fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url));

describe('peer-groups-server import', () => {
  const folder = mkdtempSync(join(tmpdir(), 'peer-groups-import-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('imports a Meeting Guide feed, printing the summary and each rejected record', async () => {
    const db = join(folder, 'mg.db');
    const { io, out, err } = fakeIo();
    const code = await runCli(
      [
        'import',
        fixture('meeting-guide/feed.json'),
        '--format',
        'meeting-guide',
        '--source',
        'District 123',
        '--time-zone',
        'America/New_York',
        '--db',
        db,
      ],
      io,
    );
    expect(code).toBe(0);
    expect(out[0]).toContain('"District 123": 6 created');
    expect(err.some((line) => line.startsWith('  rejected index 5'))).toBe(true);
    const store = await openSqliteStore(db);
    expect((await store.snapshot()).groups).toHaveLength(6);
    await store.close();
  });

  it('imports a CSV file and an HSDS datapackage folder', async () => {
    const db = join(folder, 'mixed.db');
    expect(
      await runCli(
        ['import', fixture('csv/groups.csv'), '--format', 'csv', '--db', db],
        fakeIo().io,
      ),
    ).toBe(0);
    const hsds = fakeIo();
    expect(
      await runCli(
        [
          'import',
          fixture('hsds/datapackage'),
          '--format',
          'hsds',
          '--time-zone',
          'America/New_York',
          '--db',
          db,
        ],
        hsds.io,
      ),
    ).toBe(0);
    expect(hsds.out[0]).toContain('2 created');
  });

  it('exits 1 and changes nothing for a malformed feed', async () => {
    const db = join(folder, 'broken.db');
    const broken = join(folder, 'broken.json');
    writeFileSync(broken, '{"not": "a feed"}');
    const { io, err } = fakeIo();
    expect(await runCli(['import', broken, '--format', 'meeting-guide', '--db', db], io)).toBe(1);
    expect(err.join('\n')).toContain('Nothing was changed');
  });

  it('exits 2 without a format or a file', async () => {
    expect(await runCli(['import', '--format', 'csv'], fakeIo().io)).toBe(2);
    expect(await runCli(['import', 'x.json', '--format', 'xml'], fakeIo().io)).toBe(2);
  });
});
