/**
 * Filling a store with generated sample groups, for demos, tests and benchmarks.
 *
 * @packageDocumentation
 */
import { generateGroups } from '@peer-groups/sample-data';
import type { DirectoryStore } from './store/types.js';

/** Options of {@link seedStore}. */
export interface SeedOptions {
  /** How many groups to generate. */
  count: number;
  /** The generator's seed: the same seed gives the same groups. Default 1. */
  seed?: number;
  /** Seed even when the store already holds groups (same ids are replaced). Default false. */
  force?: boolean;
}

/** Groups written per transaction: large enough to be fast, small enough to bound memory. */
const BATCH = 5000;

/**
 * Writes `count` generated groups into `store` when it holds none (or always, with `force`).
 * Returns how many were written.
 */
export async function seedStore(store: DirectoryStore, options: SeedOptions): Promise<number> {
  if (!Number.isInteger(options.count) || options.count < 0) {
    throw new RangeError(`Cannot seed ${options.count} groups: give a whole number of at least 0.`);
  }
  if (!options.force && (await store.changesSince(0, 1)).changes.length > 0) return 0;
  const groups = generateGroups({ seed: options.seed ?? 1, count: options.count });
  for (let start = 0; start < groups.length; start += BATCH) {
    await store.putGroups(groups.slice(start, start + BATCH));
  }
  return groups.length;
}
