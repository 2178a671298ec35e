/**
 * A small in-memory least-recently-used store of answers and their ETags, for conditional
 * requests. Nothing is ever written to disk or browser storage.
 *
 * @packageDocumentation
 */

/** An answer kept for revalidation. */
export interface CachedAnswer {
  /** The entity tag the server sent with it. */
  readonly etag: string;
  readonly body: string;
  readonly contentType: string | null;
  /** When the server last confirmed it (epoch milliseconds). */
  validatedAt: number;
  /** Whether a background revalidation is under way, so only one runs per entry. */
  revalidating: boolean;
}

/** A bounded map from request key to answer; the least recently used entry is evicted first. */
export class EtagCache {
  readonly #entries = new Map<string, CachedAnswer>();
  readonly #maxEntries: number;

  /** @param maxEntries - Most entries kept. */
  constructor(maxEntries: number) {
    this.#maxEntries = maxEntries;
  }

  /** The entry for `key`, marked as most recently used. */
  get(key: string): CachedAnswer | undefined {
    const entry = this.#entries.get(key);
    if (entry === undefined) return undefined;
    // A Map iterates in insertion order, so re-inserting makes the entry the most recent.
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry;
  }

  /** Stores `entry` under `key`, evicting the least recently used entries past the bound. */
  set(key: string, entry: CachedAnswer): void {
    this.#entries.delete(key);
    if (this.#maxEntries === 0) return;
    this.#entries.set(key, entry);
    while (this.#entries.size > this.#maxEntries) {
      const oldest = this.#entries.keys().next();
      if (oldest.done === true) break;
      this.#entries.delete(oldest.value);
    }
  }

  /** Forgets `key`. */
  delete(key: string): void {
    this.#entries.delete(key);
  }

  /** How many entries are held. */
  get size(): number {
    return this.#entries.size;
  }
}
