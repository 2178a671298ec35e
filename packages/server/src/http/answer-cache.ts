/**
 * Answers of repeated searches, kept ready to send: the same search on the same index revision,
 * before the clock could change its answer, is served from memory without searching, encoding
 * or compressing again.
 *
 * @packageDocumentation
 */
import type { Representation } from './representation.js';

/** One kept answer and what it depends on. */
interface Entry {
  /** The index revision it was computed at. */
  revision: number;
  /** The instant (epoch ms, exclusive) the clock alone could change it. */
  validUntil: number;
  representation: Representation;
  /** Its size when it was last counted. */
  bytes: number;
}

/** Searches remembered as asked once; past this many the memory of them starts over. */
const MAX_SEEN = 4096;

/**
 * A bounded map from a canonical search to its answer, least recently used first out. An entry
 * is served only while the index is at the revision it was made at and the clock is before its
 * `validUntil`, so what it answers is exactly what searching again would.
 *
 * An answer is kept only for a search asked before (among the last few thousand): most "near
 * me" searches are never repeated, and keeping each of them only churns the heap. On one-off
 * searches (`bench:http --fresh-searches`) keeping them all cost about a quarter of the
 * throughput and two to three times the p99.
 */
export class AnswerCache {
  readonly #maxBytes: number;
  readonly #entries = new Map<string, Entry>();
  readonly #seen = new Set<string>();
  #bytes = 0;

  /** @param maxBytes The most bytes of answers (bodies and compressed forms) kept. */
  constructor(maxBytes: number) {
    this.#maxBytes = maxBytes;
  }

  /** Answers kept. */
  get size(): number {
    return this.#entries.size;
  }

  /** The answer kept for `key`, if it still holds at `revision` and `now`. */
  get(key: string, revision: number, now: number): Representation | undefined {
    const entry = this.#entries.get(key);
    if (entry === undefined) return undefined;
    if (entry.revision !== revision || now >= entry.validUntil) {
      this.#delete(key, entry);
      // Asked again since it was kept: the answer about to be made is worth keeping too.
      this.#remember(key);
      return undefined;
    }
    // Most recently used last: Map keeps insertion order.
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    // Compressed forms are added as clients ask for them; count them as they appear.
    const bytes = entry.representation.byteLength;
    this.#bytes += bytes - entry.bytes;
    entry.bytes = bytes;
    this.#evict();
    return entry.representation;
  }

  /**
   * Keeps `representation` for `key`, computed at `revision`, until `validUntil`, if `key` was
   * offered before; otherwise only remembers that it was.
   */
  set(key: string, revision: number, validUntil: number, representation: Representation): void {
    const existing = this.#entries.get(key);
    if (existing !== undefined) this.#delete(key, existing);
    const bytes = representation.byteLength;
    if (bytes > this.#maxBytes) return;
    if (existing === undefined && !this.#seen.delete(key)) {
      this.#remember(key);
      return;
    }
    this.#entries.set(key, { revision, validUntil, representation, bytes });
    this.#bytes += bytes;
    this.#evict();
  }

  /** Notes that `key` was asked for, forgetting every such note past {@link MAX_SEEN}. */
  #remember(key: string): void {
    if (this.#seen.size >= MAX_SEEN) this.#seen.clear();
    this.#seen.add(key);
  }

  #delete(key: string, entry: Entry): void {
    this.#entries.delete(key);
    this.#bytes -= entry.bytes;
  }

  #evict(): void {
    for (const [key, entry] of this.#entries) {
      if (this.#bytes <= this.#maxBytes) break;
      this.#delete(key, entry);
    }
  }
}
