import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type CliIo, runCli } from '../src/cli.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';

function fakeIo(env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    env,
    stopSignal: Promise.resolve(),
  };
  return { io, out, err };
}

describe('peer-groups-server command line', () => {
  const folder = mkdtempSync(join(tmpdir(), 'peer-groups-cli-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('prints usage with --help and exits 0', async () => {
    const { io, out } = fakeIo();
    expect(await runCli(['--help'], io)).toBe(0);
    expect(out.join('\n')).toContain('Usage: peer-groups-server <command>');
  });

  it("prints each command's usage with --help", async () => {
    for (const command of [['serve'], ['seed'], ['keys', 'create'], ['migrate']]) {
      const { io, out } = fakeIo();
      expect(await runCli([...command, '--help'], io)).toBe(0);
      expect(out.join('\n')).toContain(`Usage: peer-groups-server ${command[0]}`);
    }
  });

  it('exits 2 with advice for an unknown command or option', async () => {
    const unknown = fakeIo();
    expect(await runCli(['launch'], unknown.io)).toBe(2);
    expect(unknown.err.join('\n')).toContain('Unknown command "launch"');
    const badOption = fakeIo();
    expect(await runCli(['migrate', '--colour'], badOption.io)).toBe(2);
    expect(badOption.err.join('\n')).toContain('--help');
  });

  it('refuses a port that is not a number', async () => {
    const { io, err } = fakeIo();
    expect(await runCli(['serve', '--port', 'eighty', '--db', ':memory:'], io)).toBe(2);
    expect(err.join('\n')).toContain('--port must be a whole number');
  });

  it('refuses a read replica for a SQLite database, from the flag or DATABASE_READ_URL', async () => {
    const flag = fakeIo();
    const args = ['serve', '--port', '0', '--db', ':memory:'];
    expect(await runCli([...args, '--read-db', 'postgres://replica/db'], flag.io)).toBe(2);
    expect(flag.err.join('\n')).toContain('A read replica needs PostgreSQL');
    const env = fakeIo({ DATABASE_READ_URL: 'postgres://replica/db' });
    expect(await runCli(args, env.io)).toBe(2);
    expect(env.err.join('\n')).toContain('A read replica needs PostgreSQL');
  });

  it('migrates, seeds and creates keys in the database named by DATABASE_URL', async () => {
    const database = join(folder, 'cli.db');
    const env = { DATABASE_URL: database };
    expect(await runCli(['migrate'], fakeIo(env).io)).toBe(0);
    const seeded = fakeIo(env);
    expect(await runCli(['seed', '--count', '25', '--seed', '3'], seeded.io)).toBe(0);
    expect(seeded.out.join('\n')).toContain('Wrote 25 generated groups');
    const keys = fakeIo(env);
    expect(await runCli(['keys', 'create', '--role', 'curator', '--label', 'desk'], keys.io)).toBe(
      0,
    );
    expect(keys.out[0]).toMatch(/^pgk_[A-Za-z0-9_-]{43}$/);
    expect(keys.err.join('\n')).toContain('shown only once');

    const store = await openSqliteStore(database);
    expect((await store.snapshot()).groups).toHaveLength(25);
    await store.close();
  });

  it('refuses a key without a known role', async () => {
    const { io, err } = fakeIo();
    expect(await runCli(['keys', 'create', '--role', 'admin', '--db', ':memory:'], io)).toBe(2);
    expect(err.join('\n')).toContain('--role curator');
  });

  it('serves until asked to stop', async () => {
    const { io, out } = fakeIo();
    expect(await runCli(['serve', '--port', '0', '--db', ':memory:', '--seed', '10'], io)).toBe(0);
    const listening = JSON.parse(out.find((line) => line.includes('listening')) as string);
    expect(listening).toMatchObject({ event: 'listening', groups: 10 });
    expect(out.at(-1)).toBe('{"event":"stopped"}');
  });
});
