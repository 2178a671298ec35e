/**
 * Loading a feed's text from a file or an http(s) address, with a size limit and a time limit.
 *
 * @packageDocumentation
 */
import { readFile, stat } from 'node:fs/promises';
import { FeedUnavailableError } from './errors.js';

/** Largest feed accepted when no limit is given: 256 MiB. */
export const DEFAULT_MAX_FEED_BYTES = 256 * 1024 * 1024;

/** Options of {@link loadFeedText}. */
export interface LoadFeedOptions {
  /** Largest feed accepted, in bytes. Default 256 MiB. */
  maxBytes?: number;
  /** Time limit of a download, in ms. Default 60 000. */
  timeoutMs?: number;
  signal?: AbortSignal;
}

/** Whether `location` is an http or https address rather than a path. */
export function isFeedUrl(location: string): boolean {
  return /^https?:\/\//i.test(location);
}

async function download(url: string, maxBytes: number, signal: AbortSignal): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, {
      signal,
      redirect: 'follow',
      headers: { Accept: 'application/json, text/csv;q=0.9, */*;q=0.5' },
    });
  } catch (error) {
    throw new FeedUnavailableError(url, (error as Error).message);
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new FeedUnavailableError(url, `the server answered ${response.status}`);
  }
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw new FeedUnavailableError(
      url,
      `it is ${declared} bytes, more than the limit of ${maxBytes}`,
    );
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  if (reader === undefined) return '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new FeedUnavailableError(url, `it is more than the limit of ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The text of the feed at `location`: a file path, or an http(s) address fetched with a time
 * limit. Never follows `file:` or other schemes.
 *
 * @throws {FeedUnavailableError} when it cannot be read, answers an error, or is too large.
 */
export async function loadFeedText(
  location: string,
  options: LoadFeedOptions = {},
): Promise<string> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_FEED_BYTES;
  if (isFeedUrl(location)) {
    const timeout = AbortSignal.timeout(options.timeoutMs ?? 60_000);
    const signal =
      options.signal === undefined ? timeout : AbortSignal.any([options.signal, timeout]);
    return download(location, maxBytes, signal);
  }
  try {
    const { size } = await stat(location);
    if (size > maxBytes) {
      throw new FeedUnavailableError(
        location,
        `it is ${size} bytes, more than the limit of ${maxBytes}`,
      );
    }
    return await readFile(location, 'utf8');
  } catch (error) {
    if (error instanceof FeedUnavailableError) throw error;
    throw new FeedUnavailableError(location, (error as Error).message);
  }
}
