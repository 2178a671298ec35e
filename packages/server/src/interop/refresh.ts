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
import { defaultSourceName, type FeedSpec, importFeed } from './import-feed.js';
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

/** Options of {@link scheduleFeedRefresh}. */
export interface FeedRefreshOptions {
  feeds: readonly RefreshedFeed[];
  places: PlaceResolver;
  /** Time between the starts of two refreshes, in ms. Default one hour. */
  intervalMs?: number;
  /** Receives the outcome of each feed's refresh. Default: none. */
  onOutcome?: (outcome: RefreshOutcome) => void;
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

/**
 * Refreshes `options.feeds` into `directory` every `intervalMs`, the first time right away.
 * Refreshes never overlap; a failure of one feed is reported and does not stop the others.
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
      const source = feed.sourceName ?? defaultSourceName(feed.location);
      let outcome: RefreshOutcome;
      try {
        const report = await importFeed(directory.store, feed, {
          places: options.places,
          ...(feed.read === undefined ? {} : { read: feed.read }),
          signal: controller.signal,
        });
        outcome = { source, ok: true, report };
      } catch (error) {
        if (!(error instanceof InteropError)) throw error;
        outcome = { source, ok: false, error };
      }
      outcomes.push(outcome);
      options.onOutcome?.(outcome);
    }
    for (let round = 0; round < MAX_SYNC_ROUNDS; round += 1) {
      if ((await directory.sync()) === 0) break;
    }
    return outcomes;
  };

  const refreshNow = () => {
    running = running.catch(() => []).then(refreshAll);
    return running;
  };
  const tick = () => {
    refreshNow().catch(() => {
      // An unexpected failure (the store unreachable) is retried at the next tick.
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
