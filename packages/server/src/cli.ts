/**
 * The `peer-groups-server` command: serve the API, seed sample data, create API keys, import
 * feeds, migrate.
 *
 * @packageDocumentation
 */
import { parseArgs } from 'node:util';
import { Directory } from './directory/directory.js';
import { InteropError } from './interop/errors.js';
import { importFeed } from './interop/import-feed.js';
import { formatImportReport } from './interop/import-report.js';
import type { RefreshedFeed } from './interop/refresh.js';
import { FEED_FORMATS, type FeedFormat, type ReadOptions } from './interop/types.js';
import { loadPlaces } from './load-places.js';
import { openStore, ReadReplicaOptionsError } from './open-store.js';
import { seedStore } from './seed.js';
import { startServer } from './server.js';
import type { ApiKeyRole } from './store/types.js';

/** Where the command writes: standard output for results and logs, standard error for messages. */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  env: Readonly<Record<string, string | undefined>>;
  /** Resolves when the process is asked to stop (SIGINT, SIGTERM). */
  stopSignal: Promise<void>;
}

/** A command line the program cannot run; the message says how to fix it. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Groups `--seed demo` generates. */
export const DEMO_GROUP_COUNT = 500;

const HELP = {
  main: `Usage: peer-groups-server <command> [options]

Commands:
  serve          Serve the directory API
  seed           Fill the database with generated sample groups
  keys create    Create an API key (shown once)
  import         Import a Meeting Guide, HSDS or CSV feed
  migrate        Apply database migrations

The database is --db, else $DATABASE_URL, else .peer-groups/directory.db:
a SQLite file path, ":memory:", or a postgres:// URL. With PostgreSQL, serve
can read from a replica: --read-db, else $DATABASE_READ_URL.
Run "peer-groups-server <command> --help" for a command's options.`,
  serve: `Usage: peer-groups-server serve [--port N] [--host H] [--db D] [--read-db URL] [--seed demo|N] [--cors origin,...]
                                [--no-rate-limit] [--feed FORMAT=URL ...] [--refresh-minutes N] [--time-zone Z]

  --port   TCP port (default $PORT, else 8080; 0 picks a free one)
  --host   interface to listen on (default 127.0.0.1)
  --db     database (see "peer-groups-server --help")
  --read-db           a postgres:// read replica of a PostgreSQL --db (default $DATABASE_READ_URL):
                      it serves searches' data and public reads; writes and curators' reads use --db
  --seed   fill an empty database first: "demo" (${DEMO_GROUP_COUNT} groups) or a count
  --cors   comma-separated origins allowed to call from browsers (default: any)
  --no-rate-limit   turn per-client rate limits off (load tests behind your own limiter)
  --feed   a feed to import at start and refresh on a schedule, as FORMAT=URL
           (meeting-guide, hsds or csv); repeat for several; filed under the URL's host
  --refresh-minutes   minutes between feed refreshes (default 60)
  --time-zone         IANA zone of feed records that name none`,
  seed: `Usage: peer-groups-server seed --count N [--seed S] [--db D]

  --count  how many groups to generate
  --seed   generator seed; the same seed gives the same groups (default 1)
  --db     database (see "peer-groups-server --help")`,
  keys: `Usage: peer-groups-server keys create --role curator|partner [--label text] [--db D]

  Prints the new key once; only its SHA-256 digest is stored.`,
  migrate: `Usage: peer-groups-server migrate [--db D]`,
  import: `Usage: peer-groups-server import <file-or-url> --format meeting-guide|hsds|csv [options]

  --format     the feed's format (HSDS: the API's JSON, or a datapackage folder or datapackage.json)
  --source     the source name listings are filed under; re-importing under the same name updates its
               listings and retires those gone from the feed (default: an address is its own source,
               named after its host and path; a file is named after the file)
  --time-zone  IANA zone of records that name none, such as America/New_York
  --topics     comma-separated topic ids of records that map to none (Meeting Guide default: alcohol)
  --language   language of records that name none (default en)
  --country    ISO country of addresses that name none (default US)
  --dry-run    report what would change without writing
  --db         database (see "peer-groups-server --help")

  Prints a summary and every rejected or flagged record. Exits 1, changing nothing, when the feed
  cannot be read as a whole.`,
} as const;

function databaseOf(db: string | undefined, io: CliIo): string | undefined {
  return db ?? io.env.DATABASE_URL;
}

function wholeNumber(text: string, option: string, min: number): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min) {
    throw new UsageError(`${option} must be a whole number of at least ${min}, not "${text}".`);
  }
  return value;
}

async function serveCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      db: { type: 'string' },
      'read-db': { type: 'string' },
      seed: { type: 'string' },
      cors: { type: 'string' },
      'no-rate-limit': { type: 'boolean' },
      feed: { type: 'string', multiple: true },
      'refresh-minutes': { type: 'string' },
      'time-zone': { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    io.out(HELP.serve);
    return 0;
  }
  const feeds = (values.feed ?? []).map((text): RefreshedFeed => {
    const separator = text.indexOf('=');
    const format = feedFormat(
      separator < 0 ? undefined : text.slice(0, separator),
      `--feed ${text}: start with a format,`,
    );
    const location = text.slice(separator + 1);
    if (!/^https?:\/\//i.test(location)) {
      throw new UsageError(`--feed ${text}: give FORMAT=URL with an http(s) address.`);
    }
    return {
      format,
      location,
      ...(values['time-zone'] === undefined ? {} : { read: { timeZone: values['time-zone'] } }),
    };
  });
  const refreshMinutes =
    values['refresh-minutes'] === undefined
      ? undefined
      : wholeNumber(values['refresh-minutes'], '--refresh-minutes', 1);
  const port = wholeNumber(values.port ?? io.env.PORT ?? '8080', '--port', 0);
  let seed: { count: number } | undefined;
  if (values.seed !== undefined) {
    seed = {
      count: values.seed === 'demo' ? DEMO_GROUP_COUNT : wholeNumber(values.seed, '--seed', 0),
    };
  }
  const database = databaseOf(values.db, io);
  const readDatabase = values['read-db'] ?? io.env.DATABASE_READ_URL;
  const server = await startServer({
    port,
    host: values.host ?? '127.0.0.1',
    ...(database === undefined ? {} : { database }),
    ...(readDatabase === undefined || readDatabase === '' ? {} : { readDatabase }),
    ...(seed ? { seed } : {}),
    ...(values.cors ? { corsOrigins: values.cors.split(',').map((origin) => origin.trim()) } : {}),
    log: io.out,
    ...(values['no-rate-limit'] ? { rateLimit: false as const } : {}),
    ...(feeds.length === 0
      ? {}
      : {
          feeds: {
            feeds,
            ...(refreshMinutes === undefined ? {} : { intervalMs: refreshMinutes * 60_000 }),
          },
        }),
  });
  io.out(JSON.stringify({ event: 'listening', url: server.url, groups: server.directory.size }));
  await io.stopSignal;
  await server.close();
  io.out(JSON.stringify({ event: 'stopped' }));
  return 0;
}

async function seedCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      count: { type: 'string' },
      seed: { type: 'string' },
      db: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    io.out(HELP.seed);
    return 0;
  }
  if (values.count === undefined) throw new UsageError('seed needs --count N.');
  const count = wholeNumber(values.count, '--count', 1);
  const seed = values.seed === undefined ? 1 : wholeNumber(values.seed, '--seed', 0);
  const store = await openStore(databaseOf(values.db, io));
  try {
    const written = await seedStore(store, { count, seed, force: true });
    io.out(`Wrote ${written} generated groups (seed ${seed}).`);
  } finally {
    await store.close();
  }
  return 0;
}

async function keysCommand(args: string[], io: CliIo): Promise<number> {
  const [action, ...rest] = args;
  const { values } = parseArgs({
    args: rest,
    options: {
      role: { type: 'string' },
      label: { type: 'string' },
      db: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help || action === '--help') {
    io.out(HELP.keys);
    return 0;
  }
  if (action !== 'create') throw new UsageError('Use "keys create --role curator".');
  if (values.role !== 'curator' && values.role !== 'partner') {
    throw new UsageError('keys create needs --role curator (or partner).');
  }
  const role: ApiKeyRole = values.role;
  const store = await openStore(databaseOf(values.db, io));
  try {
    const directory = await Directory.open({ store });
    const key = await directory.createApiKey(role, values.label);
    io.out(key);
    io.err('Store this key now: it is shown only once.');
  } finally {
    await store.close();
  }
  return 0;
}

function feedFormat(value: string | undefined, where = 'import needs --format'): FeedFormat {
  if (value === undefined || !(FEED_FORMATS as readonly string[]).includes(value)) {
    throw new UsageError(`${where} ${FEED_FORMATS.join('|')}.`);
  }
  return value as FeedFormat;
}

async function importCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      source: { type: 'string' },
      'time-zone': { type: 'string' },
      topics: { type: 'string' },
      language: { type: 'string' },
      country: { type: 'string' },
      'dry-run': { type: 'boolean' },
      db: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    io.out(HELP.import);
    return 0;
  }
  const [location, ...extra] = positionals;
  if (location === undefined || extra.length > 0) {
    throw new UsageError('import needs exactly one file or http(s) address.');
  }
  const format = feedFormat(values.format);
  const read: ReadOptions = {
    ...(values['time-zone'] === undefined ? {} : { timeZone: values['time-zone'] }),
    ...(values.topics === undefined
      ? {}
      : {
          topics: values.topics
            .split(',')
            .map((topic) => topic.trim())
            .filter(Boolean),
        }),
    ...(values.language === undefined ? {} : { language: values.language }),
    ...(values.country === undefined ? {} : { country: values.country.toUpperCase() }),
  };
  const store = await openStore(databaseOf(values.db, io));
  try {
    const report = await importFeed(
      store,
      { location, format, ...(values.source === undefined ? {} : { sourceName: values.source }) },
      { places: await loadPlaces(), read, dryRun: values['dry-run'] ?? false },
    );
    const [summary = '', ...details] = formatImportReport(report);
    io.out(summary);
    for (const line of details) io.err(line);
  } catch (error) {
    if (!(error instanceof InteropError)) throw error;
    io.err(error.message);
    return 1;
  } finally {
    await store.close();
  }
  return 0;
}

async function migrateCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { db: { type: 'string' }, help: { type: 'boolean' } },
  });
  if (values.help) {
    io.out(HELP.migrate);
    return 0;
  }
  // Opening a store applies its pending migrations.
  const store = await openStore(databaseOf(values.db, io));
  await store.close();
  io.out('The database schema is up to date.');
  return 0;
}

/** Runs the command line `args` (without the program name); resolves to the exit code. */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = args;
  try {
    switch (command) {
      case 'serve':
        return await serveCommand(rest, io);
      case 'seed':
        return await seedCommand(rest, io);
      case 'keys':
        return await keysCommand(rest, io);
      case 'migrate':
        return await migrateCommand(rest, io);
      case 'import':
        return await importCommand(rest, io);
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        io.out(HELP.main);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`Unknown command "${command}".`);
    }
  } catch (error) {
    if (
      error instanceof UsageError ||
      error instanceof ReadReplicaOptionsError ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      io.err(`${(error as Error).message}\nRun "peer-groups-server --help" for usage.`);
      return 2;
    }
    io.err(error instanceof Error ? error.message : String(error));
    return 1;
  }
}

/** The program: runs `process.argv` and sets the exit code. */
export async function main(): Promise<void> {
  const stopSignal = new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
  process.exitCode = await runCli(process.argv.slice(2), {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    env: process.env,
    stopSignal,
  });
}
