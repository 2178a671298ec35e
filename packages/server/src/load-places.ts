/**
 * Loading the place resolver bundled with the server.
 *
 * @packageDocumentation
 */
import type { PlaceResolver } from './places/types.js';

/**
 * The resolver over the places bundled with the server (US ZIP codes, world cities), loaded
 * once per process.
 *
 * @throws when the bundled data is missing; the error says how to restore it.
 */
export async function loadPlaces(): Promise<PlaceResolver> {
  // Loaded on demand: the data takes a moment to read, and tests pass their own resolver.
  const { loadBundledPlaceResolver } = await import('./places/index.js');
  return loadBundledPlaceResolver();
}
