/**
 * Keeping a directory's search index in step with writes other processes make to its store:
 * at once when the store announces them, and by polling in any case.
 *
 * @packageDocumentation
 */
import type { Directory } from './directory.js';

/** Options of {@link startChangeSync}. */
export interface ChangeSyncOptions {
  /** How often to read the change feed whether or not a write was announced, in ms. */
  intervalMs: number;
  /**
   * How long to wait before reading again when an announced write is not in the feed yet
   * (a read replica that has not replayed it), in ms. Default 50; doubled on each retry up to
   * `intervalMs`.
   */
  retryMs?: number;
}

/** A running {@link startChangeSync}. */
export interface ChangeSync {
  /** Stops polling and listening, and waits for a read in progress. */
  stop(): Promise<void>;
}

/**
 * Applies writes of other processes to `directory`: reads the change feed every `intervalMs`,
 * and, when the store announces writes (PostgreSQL), as soon as one is announced. Polling stays
 * on beside announcements: it covers announcements lost while the listener reconnects and
 * stores that cannot announce (SQLite files shared by processes on one host).
 *
 * Reads never overlap; an announcement during a read starts another right after it. When the
 * feed is read from a replica that has not yet replayed an announced write, reading is retried
 * with a short, growing delay until the write arrives.
 */
export async function startChangeSync(
  directory: Directory,
  options: ChangeSyncOptions,
): Promise<ChangeSync> {
  const firstRetryMs = options.retryMs ?? 50;
  let stopped = false;
  let reading: Promise<void> | undefined;
  let again = false;
  // The highest version announced so far; reading goes on until the index reflects it.
  let announced = 0;
  let retryMs = firstRetryMs;
  let retryTimer: NodeJS.Timeout | undefined;

  const read = (): void => {
    if (stopped) return;
    if (reading !== undefined) {
      again = true;
      return;
    }
    reading = (async () => {
      do {
        again = false;
        try {
          await directory.sync();
        } catch {
          // The store is unreachable for now; /readyz reports it and the next poll retries.
        }
      } while (again && !stopped);
    })().finally(() => {
      reading = undefined;
      scheduleRetry();
    });
  };

  const scheduleRetry = (): void => {
    if (stopped || retryTimer !== undefined) return;
    if (directory.version >= announced) {
      retryMs = firstRetryMs;
      return;
    }
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      read();
    }, retryMs);
    retryTimer.unref();
    retryMs = Math.min(retryMs * 2, options.intervalMs);
  };

  const pollTimer = setInterval(read, options.intervalMs);
  pollTimer.unref();
  let unsubscribe: (() => Promise<void>) | undefined;
  try {
    unsubscribe = await directory.store.subscribe?.((version) => {
      if (version !== undefined) announced = Math.max(announced, version);
      read();
    });
  } catch (error) {
    clearInterval(pollTimer);
    throw error;
  }

  return {
    async stop() {
      stopped = true;
      clearInterval(pollTimer);
      if (retryTimer !== undefined) clearTimeout(retryTimer);
      await unsubscribe?.();
      await reading;
    },
  };
}
