/**
 * Starting the directory API as a Node HTTP server: open the store, seed it when asked, load the
 * search index, serve, and keep the index in step with other servers sharing the store.
 *
 * @packageDocumentation
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { type ChangeSync, startChangeSync } from './directory/change-sync.js';
import { Directory } from './directory/directory.js';
import { createApp } from './http/app.js';
import type { RateLimitOptions } from './http/middleware/rate-limit.js';
import {
  type FeedRefreshSchedule,
  type RefreshedFeed,
  type RefreshOutcome,
  refreshFailureLogLine,
  scheduleFeedRefresh,
} from './interop/refresh.js';
import { loadPlaces } from './load-places.js';
import { openReadReplica, openStore } from './open-store.js';
import type { PlaceResolver } from './places/types.js';
import { seedStore } from './seed.js';
import type { ApiKeyRole, DirectoryReader, DirectoryStore } from './store/types.js';

/** Options of {@link startServer}. */
export interface StartServerOptions {
  /** The TCP port; 0 picks a free one (read it from `url`). Default 0. */
  port?: number;
  /** The interface to listen on. Default `127.0.0.1`, so nothing is exposed by accident. */
  host?: string;
  /**
   * A SQLite file path, `:memory:`, or a `postgres://` URL. Default: the SQLite file
   * `.peer-groups/directory.db` under the working directory.
   */
  database?: string;
  /** Use this already-open store instead of `database`; the server does not close it. */
  store?: DirectoryStore;
  /**
   * A `postgres://` URL of a read replica (a hot standby) of the PostgreSQL `database`. It
   * serves the index's snapshot, the change feed and public reads of groups and exports;
   * writes, and every read a curator or a write depends on, stay on `database`. Default: none.
   */
  readDatabase?: string;
  /** Fills an empty store with `count` generated groups from `seed` (default 1). */
  seed?: { count: number; seed?: number };
  /** Browser origins allowed by CORS. Default: any origin, never with credentials. */
  corsOrigins?: string[];
  /** Receives one JSON line per request. Default: none. */
  log?: (line: string) => void;
  /** Rate limits, or `false` for none. Default: see {@link RateLimitOptions}. */
  rateLimit?: RateLimitOptions | false;
  /** Resolves place names and postal codes. Default: the places bundled with the server. */
  places?: PlaceResolver;
  /**
   * How often to read writes of other servers sharing the store, in ms. Default 2000. On
   * PostgreSQL writes are also announced, so other servers apply them at once.
   */
  syncIntervalMs?: number;
  /** Largest request body in bytes. Default 64 KiB. */
  bodyLimitBytes?: number;
  /**
   * Feeds imported at start and then every `intervalMs` (default one hour). Each outcome is
   * logged to `log` as a JSON line; a feed that fails as a whole changes nothing.
   */
  feeds?: { feeds: readonly RefreshedFeed[]; intervalMs?: number };
}

/** A running server. */
export interface RunningServer {
  /** The base URL, such as `http://127.0.0.1:41234`. */
  url: string;
  /** The directory the server answers from, for in-process use. */
  directory: Directory;
  /** Stops accepting requests, ends open connections, and closes the stores it opened. */
  close(): Promise<void>;
  /** Creates an API key with `role`; the returned key text is shown only this once. */
  createApiKey(role: ApiKeyRole, label?: string): Promise<string>;
  /** Refreshes the configured feeds now; resolves with each feed's outcome (none without feeds). */
  refreshFeeds(): Promise<RefreshOutcome[]>;
}

/** Rejected records quoted in a refresh's log line; the count covers them all. */
const LOGGED_REJECTIONS = 20;

/** The log line of one feed refresh: counts and the first rejected records, or why the feed failed. */
function refreshLogLine(outcome: RefreshOutcome): string {
  if (!outcome.ok) {
    return JSON.stringify({
      event: 'feed-failed',
      source: outcome.source,
      error: outcome.error.message,
    });
  }
  const { report } = outcome;
  return JSON.stringify({
    event: 'feed-refreshed',
    source: outcome.source,
    records: report.records,
    created: report.created,
    updated: report.updated,
    unchanged: report.unchanged,
    retired: report.retired,
    rejected: report.rejected.length,
    firstRejected: report.rejected.slice(0, LOGGED_REJECTIONS),
    flagged: report.warnings.length,
  });
}

/** Next meetings computed per idle tick while warming up after start. */
const WARM_UP_BUDGET = 500;

/** How often a server reads the change feed when no write was announced. */
const DEFAULT_SYNC_INTERVAL_MS = 2000;

/** Stops accepting requests and ends open connections. */
function closeServer(server: ReturnType<typeof serve>): Promise<void> {
  return new Promise<void>((resolve) => {
    server.close(() => resolve());
    // Keep-alive connections would hold close() open until they time out.
    if ('closeAllConnections' in server) server.closeAllConnections();
  });
}

/** Starts the directory API. Resolves once it listens. */
export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const ownsStore = options.store === undefined;
  const store = options.store ?? (await openStore(options.database));
  let reader: DirectoryReader | undefined;
  const closeStores = async () => {
    await reader?.close();
    if (ownsStore) await store.close();
  };
  let directory: Directory;
  let places: PlaceResolver;
  try {
    if (options.seed !== undefined) await seedStore(store, options.seed);
    if (options.readDatabase !== undefined) {
      reader = await openReadReplica(options.readDatabase, store.kind);
    }
    places = options.places ?? (await loadPlaces());
    directory = await Directory.open({ store, places, ...(reader ? { reader } : {}) });
  } catch (error) {
    await closeStores();
    throw error;
  }

  const app = createApp({
    directory,
    ...(options.corsOrigins ? { corsOrigins: options.corsOrigins } : {}),
    ...(options.log ? { log: options.log } : {}),
    ...(options.rateLimit === undefined ? {} : { rateLimit: options.rateLimit }),
    ...(options.bodyLimitBytes === undefined ? {} : { bodyLimitBytes: options.bodyLimitBytes }),
  });
  const host = options.host ?? '127.0.0.1';
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const started = serve({ fetch: app.fetch, port: options.port ?? 0, hostname: host }, () =>
      resolve(started),
    );
    started.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;

  let changeSync: ChangeSync;
  try {
    changeSync = await startChangeSync(directory, {
      intervalMs: options.syncIntervalMs ?? DEFAULT_SYNC_INTERVAL_MS,
    });
  } catch (error) {
    await closeServer(server);
    await closeStores();
    throw error;
  }

  let warmTimer: NodeJS.Immediate | undefined;
  const warm = () => {
    warmTimer = directory.warmUp(WARM_UP_BUDGET) > 0 ? setImmediate(warm) : undefined;
    warmTimer?.unref();
  };
  warmTimer = setImmediate(warm);
  warmTimer.unref();

  let feeds: FeedRefreshSchedule | undefined;
  if (options.feeds !== undefined && options.feeds.feeds.length > 0) {
    const log = options.log;
    feeds = scheduleFeedRefresh(directory, {
      feeds: options.feeds.feeds,
      places,
      ...(options.feeds.intervalMs === undefined ? {} : { intervalMs: options.feeds.intervalMs }),
      ...(log === undefined
        ? {}
        : {
            onOutcome: (outcome) => log(refreshLogLine(outcome)),
            onFailure: (failure) => log(refreshFailureLogLine(failure)),
          }),
    });
  }

  const hostInUrl = host.includes(':') ? `[${host}]` : host;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${hostInUrl}:${port}`,
    directory,
    createApiKey: (role, label) => directory.createApiKey(role, label),
    refreshFeeds: () => feeds?.refreshNow() ?? Promise.resolve([]),
    close() {
      closing ??= (async () => {
        await changeSync.stop();
        await feeds?.stop();
        if (warmTimer !== undefined) clearImmediate(warmTimer);
        await closeServer(server);
        await closeStores();
      })();
      return closing;
    },
  };
}
