/**
 * Benchmark databases and servers: a temporary SQLite file, a PostgreSQL database (the one in
 * `DATABASE_URL`, or a private durable server started for the run), seeded with generated
 * groups, and the server as a child process.
 */
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PostgresSetupError, startPostgres } from '../../../scripts/lib/postgres.mjs';
import { openStore } from '../src/open-store.js';
import { seedStore } from '../src/seed.js';
import type { DirectoryStore } from '../src/store/types.js';

/** A database a benchmark runs on, and how to get rid of it afterwards. */
export interface BenchDatabase {
  /** What the store is, for the printed figures. */
  label: string;
  /** A SQLite file path or a `postgres://` URL. */
  database: string;
  /** Deletes what the benchmark created (the file, the private server); keeps a given database. */
  dispose(): Promise<void>;
}

/** A SQLite file in a new temporary folder. */
export function sqliteBenchDatabase(): BenchDatabase {
  const folder = mkdtempSync(join(tmpdir(), 'peer-groups-bench-'));
  return {
    label: 'sqlite (file)',
    database: join(folder, 'directory.db'),
    dispose: async () => rmSync(folder, { recursive: true, force: true }),
  };
}

/**
 * The PostgreSQL database in `DATABASE_URL`, else a private server started for the run with
 * fsync and synchronous commit on, as production runs. Resolves to the reason instead when
 * PostgreSQL can be neither found nor installed here.
 */
export async function postgresBenchDatabase(): Promise<BenchDatabase | { skipped: string }> {
  const url = process.env.DATABASE_URL;
  if (url !== undefined) return { label: 'postgres', database: url, dispose: async () => {} };
  try {
    const server = await startPostgres({ durable: true });
    return { label: 'postgres (private, durable)', database: server.url, dispose: server.stop };
  } catch (error) {
    if (!(error instanceof PostgresSetupError)) throw error;
    return { skipped: error.message };
  }
}

/** `DATABASE_URL` when set, else a temporary SQLite file: the one store a benchmark measures. */
export function envBenchDatabase(): BenchDatabase {
  const url = process.env.DATABASE_URL;
  return url === undefined
    ? sqliteBenchDatabase()
    : { label: 'postgres', database: url, dispose: async () => {} };
}

/** A seeded store and how to dispose of it. */
export interface BenchStore extends BenchDatabase {
  store: DirectoryStore;
}

/** The instant the generated listings are written relative to. */
export const BENCH_NOW = Date.parse('2026-11-02T15:00:00Z');

/**
 * Opens `target`, filling it with `count` groups when it holds none, and says how long seeding
 * took. `dispose` closes the store and then disposes of the database.
 */
export async function openBenchStore(count: number, target: BenchDatabase): Promise<BenchStore> {
  const store = await openStore(target.database);
  const started = performance.now();
  const written = await seedStore(store, { count, seed: 1, now: BENCH_NOW });
  if (written > 0) {
    console.log(
      `${target.label}: seeded ${written} groups in ${(performance.now() - started).toFixed(0)} ms`,
    );
  }
  return {
    ...target,
    store,
    async dispose() {
      await store.close();
      await target.dispose();
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
