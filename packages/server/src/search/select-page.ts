/**
 * Picking one page of results in sort order without sorting every match: a bounded sorted
 * buffer that most candidates pass by after one comparison.
 *
 * @packageDocumentation
 */
import type { SortKey } from './cursor.js';

/** A match with its sort key; `primary` is `Infinity` for results that sort last. */
export interface Ranked<T> {
  item: T;
  primary: number;
  name: string;
  id: string;
}

/** Orders two ranked results: primary ascending, then folded name, then id. */
export function compareRanked(
  left: Pick<Ranked<unknown>, 'primary' | 'name' | 'id'>,
  right: Pick<Ranked<unknown>, 'primary' | 'name' | 'id'>,
): number {
  if (left.primary !== right.primary) return left.primary < right.primary ? -1 : 1;
  if (left.name !== right.name) return left.name < right.name ? -1 : 1;
  if (left.id !== right.id) return left.id < right.id ? -1 : 1;
  return 0;
}

/** The ranked form of a cursor's key, so it compares with {@link compareRanked}. */
export function rankOfKey(key: SortKey): Pick<Ranked<unknown>, 'primary' | 'name' | 'id'> {
  return { primary: key.primary ?? Number.POSITIVE_INFINITY, name: key.name, id: key.id };
}

/**
 * Collects the first `limit` results after `after` (exclusive) in sort order, and whether more
 * follow. Feed candidates in any order with {@link PageSelector.offer}.
 */
export class PageSelector<T> {
  readonly #limit: number;
  readonly #after: Pick<Ranked<unknown>, 'primary' | 'name' | 'id'> | undefined;
  readonly #best: Ranked<T>[] = [];
  #following = 0;

  constructor(limit: number, after?: SortKey) {
    this.#limit = limit;
    this.#after = after === undefined ? undefined : rankOfKey(after);
  }

  /** Considers one candidate. */
  offer(candidate: Ranked<T>): void {
    if (this.#after !== undefined && compareRanked(candidate, this.#after) <= 0) return;
    this.#following += 1;
    const best = this.#best;
    const last = best[best.length - 1];
    if (best.length === this.#limit && last !== undefined && compareRanked(candidate, last) >= 0) {
      return;
    }
    let low = 0;
    let high = best.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compareRanked(best[middle] as Ranked<T>, candidate) < 0) low = middle + 1;
      else high = middle;
    }
    best.splice(low, 0, candidate);
    if (best.length > this.#limit) best.pop();
  }

  /** The page in order. */
  get page(): readonly Ranked<T>[] {
    return this.#best;
  }

  /** Whether results follow the page. */
  get hasMore(): boolean {
    return this.#following > this.#best.length;
  }
}
