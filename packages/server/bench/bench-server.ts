/**
 * A server for benchmarks: a temporary SQLite file (or the database in `DATABASE_URL`) holding
 * `count` generated groups.
 */
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../src/open-store.js';
import { seedStore } from '../src/seed.js';
import type { DirectoryStore } from '../src/store/types.js';

/** A seeded store and how to dispose of it. */
export interface BenchStore {
  /** What the store is, for the printed figures. */
  label: string;
  database: string;
  store: DirectoryStore;
  dispose(): Promise<void>;
}

/** The instant the generated listings are written relative to. */
export const BENCH_NOW = Date.parse('2026-11-02T15:00:00Z');

/**
 * Opens the benchmark database, filling it with `count` groups when it holds none, and says how
 * long seeding took.
 */
export async function openBenchStore(count: number): Promise<BenchStore> {
  const url = process.env.DATABASE_URL;
  const folder = url === undefined ? mkdtempSync(join(tmpdir(), 'peer-groups-bench-')) : undefined;
  const database = url ?? join(folder as string, 'directory.db');
  const store = await openStore(database);
  const started = performance.now();
  const written = await seedStore(store, { count, seed: 1, now: BENCH_NOW });
  if (written > 0) {
    console.log(`seeded ${written} groups in ${(performance.now() - started).toFixed(0)} ms`);
  }
  return {
    label: url === undefined ? 'sqlite (file)' : 'postgres',
    database,
    store,
    async dispose() {
      await store.close();
      if (folder !== undefined) rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** A server started as a child process. */
export interface ServerProcess {
  url: string;
  groups: number;
  /** Stops the process (SIGTERM) and waits for it to exit. */
  close(): Promise<void>;
}

const SERVE_SCRIPT = new URL('./serve.ts', import.meta.url).pathname;

/**
 * Starts `peer-groups-server serve` from the sources in a child process on a free port, with
 * rate limits off for load testing, and resolves once it listens.
 */
export async function startServerProcess(database: string): Promise<ServerProcess> {
  // The request log goes to a file: a pipe the busy load generator drains late would block the
  // server's synchronous writes to it and measure the pipe instead of the server.
  const folder = mkdtempSync(join(tmpdir(), 'peer-groups-bench-log-'));
  const logFile = join(folder, 'server.log');
  const logFd = openSync(logFile, 'w');
  const child = spawn(
    process.execPath,
    [
      '--conditions=source',
      '--import',
      'tsx',
      SERVE_SCRIPT,
      'serve',
      '--port',
      '0',
      '--db',
      database,
      '--no-rate-limit',
    ],
    { stdio: ['ignore', logFd, 'inherit'] },
  );
  closeSync(logFd);
  let exitCode: number | null | undefined;
  const exited = new Promise<void>((resolve) =>
    child.once('exit', (code) => {
      exitCode = code;
      resolve();
    }),
  );
  const dispose = () => rmSync(folder, { recursive: true, force: true });
  for (let attempt = 0; attempt < 1200; attempt += 1) {
    const line = readFileSync(logFile, 'utf8')
      .split('\n')
      .find((candidate) => candidate.includes('"listening"'));
    if (line !== undefined) {
      const { url, groups } = JSON.parse(line) as { url: string; groups: number };
      return {
        url,
        groups,
        close: async () => {
          child.kill('SIGTERM');
          await exited;
          dispose();
        },
      };
    }
    if (exitCode !== undefined) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  dispose();
  throw new Error('The server process did not start listening within 120 s.');
}
