/**
 * Errors a store raises.
 *
 * @packageDocumentation
 */

/** The database cannot be reached or answered with a connection-level failure. */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError';

  /** @param detail What failed, for logs (never shown to API clients). */
  constructor(detail: string, options?: { cause?: unknown }) {
    super(
      `The directory store is unavailable: ${detail}. Check that the database is running and the connection settings are right.`,
      options,
    );
  }
}

/** A store was used after `close()`. */
export class StoreClosedError extends Error {
  override readonly name = 'StoreClosedError';

  constructor() {
    super('The directory store is closed. Open a new store instead of reusing a closed one.');
  }
}
