/**
 * The options of {@link createClient} and of each call, with their defaults.
 *
 * @packageDocumentation
 */
import type { ValidationIssue } from './errors/response-validation-error.js';

/** How failed calls are retried. */
export interface RetryOptions {
  /** Retries after the first attempt. Default 2. */
  readonly limit?: number;
  /** Delay before the first retry, in milliseconds; doubles with each retry. Default 500. */
  readonly baseDelayMs?: number;
  /** Longest delay between two attempts, in milliseconds. Default 8000. */
  readonly maxDelayMs?: number;
  /**
   * Longest `Retry-After` honoured, in milliseconds. Default 60000. An answer asking for a longer
   * wait, or for more time than the call has left, fails the call at once with that answer (its
   * `retryAfterMs` says how long the server asked for): without a cap, a server could hold a call
   * that has `timeout: false` for as long as it liked.
   */
  readonly maxRetryAfterMs?: number;
}

/** How responses are kept in memory for conditional requests. Nothing is ever persisted. */
export interface CacheOptions {
  /** Most responses kept; the least recently used goes first. Default 64. */
  readonly maxEntries?: number;
  /**
   * For this many milliseconds after a response was last confirmed, a repeated GET answers at
   * once from memory and revalidates in the background; later calls see the refreshed answer.
   * Default 0: every call revalidates before answering (a cheap 304 when nothing changed).
   */
  readonly staleWhileRevalidateMs?: number;
}

/** One item of a page that failed its schema and was left out of the page. */
export interface InvalidItem {
  /** Its position in the page as the server sent it. */
  readonly index: number;
  /** Each way it failed, with its path inside the item. */
  readonly issues: readonly ValidationIssue[];
}

/** What {@link ClientOptions.onInvalidItems} receives when a page drops items. */
export interface InvalidItemsReport {
  /** The method and URL of the request whose page dropped items. */
  readonly request: string;
  /** The dropped items. */
  readonly items: readonly InvalidItem[];
}

/** The options of {@link createClient}. */
export interface ClientOptions {
  /**
   * Where the directory API lives, e.g. `https://groups.example.org` (the `/v1` prefix is added
   * when missing). A path relative to the page, such as `/directory`, works in browsers.
   */
  readonly baseUrl: string;
  /** The fetch to use. Default: the runtime's global `fetch`. */
  readonly fetch?: typeof fetch;
  /** Milliseconds a call may take, every retry and wait included. Default 20000; `false` for none. */
  readonly timeout?: number | false;
  /** How failed calls are retried; a number sets `limit`; `false` turns retries off. */
  readonly retry?: RetryOptions | number | false;
  /** Headers added to every request. The SDK adds no identifying header of its own. */
  readonly headers?: Readonly<Record<string, string>>;
  /** A curator API key. Given, the client has the `curator` calls and sends the key on them only. */
  readonly apiKey?: string;
  /**
   * Fail a whole page when one item fails its schema. Default false: the item is dropped and
   * reported in the page's `invalid` list and to {@link ClientOptions.onInvalidItems}.
   */
  readonly strict?: boolean;
  /** In-memory conditional-request cache; `false` turns it off. */
  readonly cache?: CacheOptions | false;
  /** Called whenever a page dropped items that failed their schema (not in strict mode). */
  readonly onInvalidItems?: (report: InvalidItemsReport) => void;
}

/** The last argument of every call. */
export interface RequestOptions {
  /** Cancels the call, including any wait between retries; the call rejects with an `AbortError`. */
  readonly signal?: AbortSignal;
}

/** {@link ClientOptions} with every default applied. */
export interface ResolvedOptions {
  readonly apiRoot: string;
  readonly fetch: typeof fetch;
  readonly timeoutMs: number | undefined;
  readonly retry: Required<RetryOptions>;
  readonly headers: Readonly<Record<string, string>>;
  readonly apiKey: string | undefined;
  readonly strict: boolean;
  readonly cache: Required<CacheOptions> | undefined;
  readonly onInvalidItems: ((report: InvalidItemsReport) => void) | undefined;
}

const DEFAULT_TIMEOUT_MS = 20_000;
const DEFAULT_RETRY: Required<RetryOptions> = {
  limit: 2,
  baseDelayMs: 500,
  maxDelayMs: 8000,
  maxRetryAfterMs: 60_000,
};
const DEFAULT_CACHE: Required<CacheOptions> = { maxEntries: 64, staleWhileRevalidateMs: 0 };

function resolveRetry(retry: ClientOptions['retry']): Required<RetryOptions> {
  if (retry === false) return { ...DEFAULT_RETRY, limit: 0 };
  if (typeof retry === 'number') return { ...DEFAULT_RETRY, limit: retry };
  return { ...DEFAULT_RETRY, ...retry };
}

function nonNegative(name: string, value: number): void {
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(`${name} must be a finite number >= 0, got ${value}.`);
  }
}

/**
 * The API root with a trailing slash: `baseUrl` with `/v1/` appended unless it already ends in
 * `/v1`. Throws a `TypeError` for an empty `baseUrl`.
 */
export function apiRootOf(baseUrl: string): string {
  const trimmed = baseUrl.trim().replace(/\/+$/, '');
  if (trimmed === '' && !baseUrl.startsWith('/')) {
    throw new TypeError(
      'createClient needs `baseUrl`, the address of the directory API, e.g. "https://groups.example.org".',
    );
  }
  return /\/v1$/.test(trimmed) ? `${trimmed}/` : `${trimmed}/v1/`;
}

/** Applies the documented defaults to `options`, and checks the numbers. */
export function resolveOptions(options: ClientOptions): ResolvedOptions {
  const retry = resolveRetry(options.retry);
  nonNegative('retry.limit', retry.limit);
  nonNegative('retry.baseDelayMs', retry.baseDelayMs);
  nonNegative('retry.maxDelayMs', retry.maxDelayMs);
  nonNegative('retry.maxRetryAfterMs', retry.maxRetryAfterMs);
  const timeoutMs = options.timeout === false ? undefined : (options.timeout ?? DEFAULT_TIMEOUT_MS);
  if (timeoutMs !== undefined) nonNegative('timeout', timeoutMs);
  const cache = options.cache === false ? undefined : { ...DEFAULT_CACHE, ...options.cache };
  if (cache !== undefined) {
    nonNegative('cache.maxEntries', cache.maxEntries);
    nonNegative('cache.staleWhileRevalidateMs', cache.staleWhileRevalidateMs);
  }
  const givenFetch = options.fetch;
  if (givenFetch === undefined && typeof globalThis.fetch !== 'function') {
    throw new TypeError('This runtime has no global fetch: pass one as `fetch` to createClient.');
  }
  // Called as a plain function, never as a method: browsers refuse a fetch whose `this` is not
  // the window. The global is looked up per call so a fetch installed later is honoured.
  const runtimeFetch: typeof fetch =
    givenFetch === undefined
      ? (input, init) => globalThis.fetch(input, init)
      : (input, init) => givenFetch(input, init);
  return {
    apiRoot: apiRootOf(options.baseUrl),
    fetch: runtimeFetch,
    timeoutMs,
    retry,
    headers: options.headers ?? {},
    apiKey: options.apiKey,
    strict: options.strict ?? false,
    cache,
    onInvalidItems: options.onInvalidItems,
  };
}
