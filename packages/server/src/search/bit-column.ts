/**
 * A multi-valued column of the search index: for each slot, the set of dictionary ids it holds,
 * as bits in one flat typed array. Searches test and count these bits without touching any
 * per-group object, so they stay in the CPU cache.
 *
 * @packageDocumentation
 */

/** Bits per word. */
const WORD = 32;

/** Ids per slot as bit sets, `words` 32-bit words per slot. */
export class BitColumn {
  #words = 1;
  #data: Uint32Array;

  constructor(capacity: number) {
    this.#data = new Uint32Array(capacity);
  }

  /** 32-bit words per slot: enough for every id seen so far. */
  get words(): number {
    return this.#words;
  }

  /** Makes room for `capacity` slots, keeping their bits. */
  grow(capacity: number): void {
    const data = new Uint32Array(capacity * this.#words);
    data.set(this.#data);
    this.#data = data;
  }

  /** Widens every slot so ids below `idCount` fit, keeping their bits. */
  #widen(idCount: number): void {
    const words = Math.ceil(idCount / WORD);
    if (words <= this.#words) return;
    const capacity = this.#data.length / this.#words;
    const data = new Uint32Array(capacity * words);
    for (let slot = 0; slot < capacity; slot += 1) {
      for (let word = 0; word < this.#words; word += 1) {
        data[slot * words + word] = this.#data[slot * this.#words + word] as number;
      }
    }
    this.#data = data;
    this.#words = words;
  }

  /** Sets slot `slot` (below the capacity) to hold exactly `ids`. */
  set(slot: number, ids: readonly number[]): void {
    let highest = 0;
    for (const id of ids) highest = Math.max(highest, id + 1);
    this.#widen(highest);
    const start = slot * this.#words;
    this.#data.fill(0, start, start + this.#words);
    for (const id of ids) {
      const at = start + (id >>> 5);
      this.#data[at] = ((this.#data[at] as number) | (1 << (id & 31))) >>> 0;
    }
  }

  /** A query mask over `ids` in this column's width; ids never seen match nothing. */
  mask(ids: readonly number[]): Uint32Array {
    const mask = new Uint32Array(this.#words);
    for (const id of ids) {
      if (id >>> 5 < this.#words)
        mask[id >>> 5] = ((mask[id >>> 5] as number) | (1 << (id & 31))) >>> 0;
    }
    return mask;
  }

  /** Whether slot `slot` holds any id of `mask`. */
  hasAny(slot: number, mask: Uint32Array): boolean {
    const words = this.#words;
    const start = slot * words;
    for (let word = 0; word < words; word += 1) {
      if (((this.#data[start + word] as number) & (mask[word] as number)) !== 0) return true;
    }
    return false;
  }

  /** Adds one to `counts[id]` for each id slot `slot` holds. */
  countInto(slot: number, counts: Int32Array): void {
    const words = this.#words;
    const start = slot * words;
    for (let word = 0; word < words; word += 1) {
      let bits = this.#data[start + word] as number;
      while (bits !== 0) {
        const low = bits & -bits;
        const id = word * WORD + (31 - Math.clz32(low));
        counts[id] = (counts[id] as number) + 1;
        bits = (bits ^ low) >>> 0;
      }
    }
  }
}
