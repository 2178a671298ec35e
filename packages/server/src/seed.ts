/**
 * Filling a store with generated sample groups, for demos, tests and benchmarks.
 *
 * @packageDocumentation
 */
import type { Group } from '@peer-groups/core';
import { iterateGroups } from '@peer-groups/sample-data';
import type { DirectoryStore } from './store/types.js';

/** Options of {@link seedStore}. */
export interface SeedOptions {
  /** How many groups to generate. */
  count: number;
  /** The generator's seed: the same seed gives the same groups. Default 1. */
  seed?: number;
  /**
   * The instant the listings are written relative to (verification dates, cohort start dates),
   * epoch ms. Default: now, so a demo's listings look current on any day.
   */
  now?: number;
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
  if (!options.force && (await store.changesSince(0, 1)).changes.length > 0) return 0;
  let batch: Group[] = [];
  let written = 0;
  for (const group of iterateGroups({
    seed: options.seed ?? 1,
    count: options.count,
    now: options.now ?? Date.now(),
  })) {
    batch.push(group);
    if (batch.length === BATCH) {
      await store.putGroups(batch);
      written += batch.length;
      batch = [];
    }
  }
  if (batch.length > 0) await store.putGroups(batch);
  return written + batch.length;
}
