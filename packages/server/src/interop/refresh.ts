/**
 * The scheduled refresh of feeds a server is configured with: each feed is imported in turn on
 * a timer, the search index catches up from the store, and every outcome is reported. A feed
 * that fails as a whole changes nothing, so the directory keeps its last good data.
 *
 * @packageDocumentation
 */
import type { Directory } from '../directory/directory.js';
import type { PlaceResolver } from '../places/types.js';
import { InteropError } from './errors.js';
import { type FeedSpec, importFeed, importSourceOf } from './import-feed.js';
import type { ImportReport } from './import-report.js';
import type { ReadOptions } from './types.js';

/** A feed the server refreshes. */
export interface RefreshedFeed extends FeedSpec {
  /** Defaults for what its records leave out. */
  read?: ReadOptions;
}

/** What one refresh of one feed did. */
export type RefreshOutcome =
  | { source: string; ok: true; report: ImportReport }
  | { source: string; ok: false; error: InteropError };

/**
 * A refresh that failed for a reason other than its feed (the store unreachable, a bug): the
 * feed under way, if one was, and the error. Later feeds of that refresh are not tried; the next
 * tick tries them all again.
 */
export interface RefreshFailure {
  /** The source of the feed that was being imported; none while the search index caught up. */
  source?: string;
  error: unknown;
}

/** Options of {@link scheduleFeedRefresh}. */
export interface FeedRefreshOptions {
  feeds: readonly RefreshedFeed[];
  places: PlaceResolver;
  /** Time between the starts of two refreshes, in ms. Default one hour. */
  intervalMs?: number;
  /** Receives the outcome of each feed's refresh. Default: none. */
  onOutcome?: (outcome: RefreshOutcome) => void;
  /** Receives each refresh that failed unexpectedly (see {@link RefreshFailure}). Default: none. */
  onFailure?: (failure: RefreshFailure) => void;
}

/** A running schedule. */
export interface FeedRefreshSchedule {
  /** Refreshes every feed now (after any refresh under way) and resolves with the outcomes. */
  refreshNow(): Promise<RefreshOutcome[]>;
  /** Stops the timer and waits for a refresh under way. */
  stop(): Promise<void>;
}

/** Default time between refreshes: an hour, gentle on the sites that publish feeds. */
export const DEFAULT_REFRESH_INTERVAL_MS = 3_600_000;

/** Most change-feed pages applied after one refresh: the directory syncs 100 000 writes a page run. */
const MAX_SYNC_ROUNDS = 10;

/** An error's class name or code as a log may carry it: a bare identifier, never free text. */
function identifier(value: unknown): string | undefined {
  return typeof value === 'string' && /^[A-Za-z][\w.-]{0,63}$/.test(value) ? value : undefined;
}

/**
 * The log line of a refresh that failed unexpectedly: the source and the error's class name and
 * code, such as `{"event":"feed-refresh-error","source":"example.org/meetings.json","error":"SqliteError","code":"SQLITE_BUSY"}`.
 * Never the error's message, which may quote data or an address with its query.
 */
export function refreshFailureLogLine(failure: RefreshFailure): string {
  const { source, error } = failure;
  const name = error instanceof Error ? identifier(error.name) : undefined;
  const code = identifier((error as { code?: unknown } | null)?.code);
  return JSON.stringify({
    event: 'feed-refresh-error',
    ...(source === undefined ? {} : { source }),
    error: name ?? typeof error,
    ...(code === undefined ? {} : { code }),
  });
}

/**
 * Refreshes `options.feeds` into `directory` every `intervalMs`, the first time right away.
 * Refreshes never overlap; a feed that fails as a whole is reported through `onOutcome` and
 * does not stop the others; an unexpected failure is reported through `onFailure` and ends
 * that refresh (the promise of `refreshNow` rejects with it), and the next tick tries again.
 */
export function scheduleFeedRefresh(
  directory: Directory,
  options: FeedRefreshOptions,
): FeedRefreshSchedule {
  const controller = new AbortController();
  let running: Promise<RefreshOutcome[]> = Promise.resolve([]);

  const refreshAll = async (): Promise<RefreshOutcome[]> => {
    const outcomes: RefreshOutcome[] = [];
    for (const feed of options.feeds) {
      if (controller.signal.aborted) break;
      const source = importSourceOf(feed).name;
      let outcome: RefreshOutcome;
      try {
        const report = await importFeed(directory.store, feed, {
          places: options.places,
          ...(feed.read === undefined ? {} : { read: feed.read }),
          signal: controller.signal,
        });
        outcome = { source, ok: true, report };
      } catch (error) {
        if (!(error instanceof InteropError)) {
          if (!controller.signal.aborted) options.onFailure?.({ source, error });
          throw error;
        }
        outcome = { source, ok: false, error };
      }
      outcomes.push(outcome);
      options.onOutcome?.(outcome);
    }
    try {
      for (let round = 0; round < MAX_SYNC_ROUNDS; round += 1) {
        if ((await directory.sync()) === 0) break;
      }
    } catch (error) {
      options.onFailure?.({ error });
      throw error;
    }
    return outcomes;
  };

  const refreshNow = () => {
    running = running.catch(() => []).then(refreshAll);
    return running;
  };
  const tick = () => {
    refreshNow().catch(() => {
      // Reported through onFailure as it happened; the next tick tries again.
    });
  };
  const timer = setInterval(tick, options.intervalMs ?? DEFAULT_REFRESH_INTERVAL_MS);
  timer.unref();
  tick();
  return {
    refreshNow,
    async stop() {
      clearInterval(timer);
      controller.abort();
      await running.catch(() => undefined);
    },
  };
}
