/**
 * A small seeded pseudo-random generator (sfc32) and the choices the generator makes with it.
 * Only 32-bit integer operations and exact divisions by powers of two are used, so a seed gives
 * the same sequence in every JavaScript engine on every machine.
 *
 * @packageDocumentation
 */

const TWO_TO_32 = 4_294_967_296;

/** A value with a relative weight, for {@link Random.weighted}. */
export type Weighted<T> = readonly [value: T, weight: number];

/** splitmix32's finalizer: a bijection on 32-bit integers that spreads every input bit. */
function mix32(value: number): number {
  let mixed = value >>> 0;
  mixed = Math.imul(mixed ^ (mixed >>> 16), 0x21f0aaad);
  mixed = Math.imul(mixed ^ (mixed >>> 15), 0x735a2d97);
  return (mixed ^ (mixed >>> 15)) >>> 0;
}

/** The low and high 32-bit halves of a safe integer, so seeds above 2^32 stay distinct. */
function halvesOf(seed: number): [number, number] {
  return [seed >>> 0, Math.floor(seed / TWO_TO_32) >>> 0];
}

/**
 * A 32-bit key for `seed`, used to scramble indexes into identifiers. Different seeds give
 * different keys, so two data sets rarely share an id.
 */
export function seedKey(seed: number): number {
  const [low, high] = halvesOf(seed);
  return mix32(low ^ mix32(high ^ 0x9e3779b9));
}

/**
 * A one-to-one scrambling of `index` (0 to 2^32 - 1) under `key`: distinct indexes always give
 * distinct results, which is what makes generated ids unique without remembering them.
 */
export function scrambleIndex(index: number, key: number): number {
  // XOR with a constant and mix32 are both bijections, so their composition is one too.
  return mix32(mix32((index ^ key) >>> 0) ^ key);
}

/**
 * sfc32 (Chris Doty-Humphrey's Small Fast Counting generator): 128 bits of state, passes
 * PractRand, and needs nothing beyond 32-bit integer arithmetic.
 */
export class Random {
  #a: number;
  #b: number;
  #c: number;
  #counter: number;

  /**
   * A generator for item `index` of the data set `seed`. Each item has its own stream, so item
   * 50,000 can be generated without generating the 49,999 before it.
   */
  constructor(seed: number, index = 0) {
    const [low, high] = halvesOf(seed);
    this.#a = mix32(low ^ 0x243f6a88);
    this.#b = mix32(high ^ 0x85a308d3);
    this.#c = mix32((index >>> 0) ^ 0x13198a2e);
    this.#counter = 1;
    // The first outputs of a freshly seeded sfc32 still echo the seed; discard them.
    for (let warmUp = 0; warmUp < 12; warmUp += 1) this.nextUint32();
  }

  /** The next 32-bit unsigned integer. */
  nextUint32(): number {
    const a = this.#a;
    const b = this.#b;
    const c = this.#c;
    const result = (((a + b) | 0) + this.#counter) | 0;
    this.#counter = (this.#counter + 1) | 0;
    this.#a = b ^ (b >>> 9);
    this.#b = (c + (c << 3)) | 0;
    this.#c = (((c << 21) | (c >>> 11)) + result) | 0;
    return result >>> 0;
  }

  /** A number in [0, 1). */
  next(): number {
    return this.nextUint32() / TWO_TO_32;
  }

  /** An integer from `min` to `max`, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** A number in [`min`, `max`). */
  between(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  /** True with probability `probability`. */
  chance(probability: number): boolean {
    return this.next() < probability;
  }

  /** One item of a non-empty list, each equally likely. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick needs at least one item');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** One value of a non-empty weighted list, each with probability weight / total weight. */
  weighted<T>(choices: readonly Weighted<T>[]): T {
    let total = 0;
    for (const [, weight] of choices) total += weight;
    let target = this.next() * total;
    for (const [value, weight] of choices) {
      target -= weight;
      if (target < 0) return value;
    }
    const last = choices[choices.length - 1];
    if (last === undefined) throw new RangeError('weighted needs at least one choice');
    return last[0];
  }

  /** `count` distinct items of `items` in their original order (all of them if fewer). */
  sample<T>(items: readonly T[], count: number): T[] {
    const chosen: T[] = [];
    let needed = Math.min(count, items.length);
    // Selection sampling (Knuth's algorithm S): one pass, keeps the order, no shuffling.
    for (let position = 0; position < items.length && needed > 0; position += 1) {
      const remaining = items.length - position;
      if (this.next() * remaining < needed) {
        chosen.push(items[position] as T);
        needed -= 1;
      }
    }
    return chosen;
  }
}
