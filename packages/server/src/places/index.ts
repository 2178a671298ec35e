/**
 * The bundled place resolver: postal codes and place names resolved from open data shipped with
 * the server (`data/places.tsv.gz`), so a patient's location never goes to a third party.
 *
 * @packageDocumentation
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { BundledPlaceResolver } from './bundled-resolver.js';
import { parsePlacesData } from './places-data.js';

export { BundledPlaceResolver } from './bundled-resolver.js';
export { foldPlaceName } from './fold-place-name.js';
export { PlacesDataFormatError } from './places-data.js';
export type { PlaceResolver, ResolvePlaceOptions } from './types.js';

const DATA_FILE = 'places.tsv.gz';

/** The bundled places file is not where the server expects it. */
export class BundledPlacesMissingError extends Error {
  override readonly name = 'BundledPlacesMissingError';

  constructor(looked: readonly string[]) {
    super(
      `The bundled places file ${DATA_FILE} was not found (looked in ${looked.join(', ')}). Reinstall @peer-groups/server, or regenerate it with "node scripts/build-places-data.mjs".`,
    );
  }
}

/** Options of {@link loadBundledPlaceResolver}. */
export interface LoadPlacesOptions {
  /** Read places from this gzipped file instead of the bundled one (tests, custom data). */
  file?: string;
}

/**
 * Where the data file is: beside `src/` when running from sources, beside `dist/` when built
 * (the package ships `data/` next to both).
 */
function bundledDataFile(): string {
  const candidates = [
    new URL(`../../data/${DATA_FILE}`, import.meta.url),
    new URL(`../data/${DATA_FILE}`, import.meta.url),
  ].map((url) => fileURLToPath(url));
  const found = candidates.find((candidate) => existsSync(candidate));
  if (found === undefined) throw new BundledPlacesMissingError(candidates);
  return found;
}

/** Reads, unzips and indexes a places file. */
export async function loadPlaceResolverFrom(file: string): Promise<BundledPlaceResolver> {
  const text = (await promisify(gunzip)(await readFile(file))).toString('utf8');
  return new BundledPlaceResolver(parsePlacesData(text));
}

let bundled: Promise<BundledPlaceResolver> | undefined;

/**
 * The resolver over the bundled places: every US ZIP code (ZCTA centroids, post offices for the
 * rest) and the world's cities of 15,000 people or more (US towns of 1,000 or more), with
 * alternate and foreign names. Loaded on the first call and shared by every later one (a failed
 * load is retried on the next call).
 */
export function loadBundledPlaceResolver(
  options: LoadPlacesOptions = {},
): Promise<BundledPlaceResolver> {
  if (options.file !== undefined) return loadPlaceResolverFrom(options.file);
  bundled ??= (async () => loadPlaceResolverFrom(bundledDataFile()))().catch((error: unknown) => {
    bundled = undefined;
    throw error;
  });
  return bundled;
}
