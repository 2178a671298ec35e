/**
 * Errors of imports and exports. A feed that is wrong as a whole throws one of these before
 * anything is written; a bad record inside a good feed is reported, never thrown.
 *
 * @packageDocumentation
 */

/** Base class of every interop error. */
export class InteropError extends Error {
  override readonly name: string = 'InteropError';
}

/**
 * A feed that cannot be read as a whole: not JSON or CSV, the wrong shape, or with no record to
 * import. Nothing was written; the directory keeps the data of the last good import.
 */
export class MalformedFeedError extends InteropError {
  override readonly name = 'MalformedFeedError';
}

/** A feed that could not be fetched or read from disk. Nothing was written. */
export class FeedUnavailableError extends InteropError {
  override readonly name = 'FeedUnavailableError';
  /** The address or path of the feed. */
  readonly location: string;

  constructor(location: string, reason: string) {
    super(`Could not read the feed ${location}: ${reason}. Check the address, then import again.`);
    this.location = location;
  }
}
