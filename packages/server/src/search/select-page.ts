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

/** Orders a candidate's key against a ranked one, as {@link compareRanked} does. */
function compareKeys(
  primary: number,
  name: string,
  id: string,
  other: Pick<Ranked<unknown>, 'primary' | 'name' | 'id'>,
): number {
  if (primary !== other.primary) return primary < other.primary ? -1 : 1;
  if (name !== other.name) return name < other.name ? -1 : 1;
  if (id !== other.id) return id < other.id ? -1 : 1;
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

  /**
   * Considers one candidate. `keyOf` gives its name and id, and is only called when the primary
   * key ties or the candidate enters the page, so most candidates cost one number comparison.
   */
  offer(item: T, primary: number, keyOf: (item: T) => { name: string; id: string }): void {
    const after = this.#after;
    let key: { name: string; id: string } | undefined;
    if (after !== undefined) {
      if (primary < after.primary) return;
      if (primary === after.primary) {
        key = keyOf(item);
        if (compareKeys(primary, key.name, key.id, after) <= 0) return;
      }
    }
    this.#following += 1;
    const best = this.#best;
    const last = best[best.length - 1];
    if (best.length === this.#limit && last !== undefined) {
      if (primary > last.primary) return;
      if (primary === last.primary) {
        key ??= keyOf(item);
        if (compareKeys(primary, key.name, key.id, last) >= 0) return;
      }
    }
    key ??= keyOf(item);
    const { name, id } = key;
    let low = 0;
    let high = best.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compareKeys(primary, name, id, best[middle] as Ranked<T>) > 0) low = middle + 1;
      else high = middle;
    }
    best.splice(low, 0, { item, primary, name, id });
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
