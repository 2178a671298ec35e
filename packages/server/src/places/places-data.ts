/**
 * Reads the bundled places file (`data/places.tsv`, see `data/README.md` for its layout and
 * sources) into memory, with the indexes the resolver looks names and ZIP codes up in.
 *
 * @packageDocumentation
 */
import { foldPlaceName } from './fold-place-name.js';

/** A city or town. */
export interface Locality {
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** The first-level region's code in GeoNames (`MA`, `51`, `ENG`); empty when unknown. */
  regionCode: string;
  /** The first-level region's English name (`Massachusetts`, `Andalusia`), when known. */
  regionName: string | undefined;
  population: number;
  lat: number;
  lng: number;
}

/**
 * A US ZIP code: its ZCTA centroid (or, for a ZIP without a tabulation area, its post office),
 * labelled with the nearest place in its state.
 */
export interface PostalCode {
  code: string;
  /** The nearest place's name, or `undefined` when no place lies near. */
  label: string | undefined;
  country: string;
  regionCode: string;
  regionName: string | undefined;
  lat: number;
  lng: number;
}

/**
 * One way of writing a locality's name, packed in a number: the locality's index times two, plus
 * one for an alternate or foreign name ("nueva york", "londres") rather than its own. Numbers,
 * not objects, because there are over a hundred thousand of them and loading makes them all.
 */
export type NameEntry = number;

/** The locality a {@link NameEntry} points at. */
export function entryLocality(entry: NameEntry): number {
  return entry >>> 1;
}

/** Whether a {@link NameEntry} is the locality's own name rather than an alternate. */
export function isOwnName(entry: NameEntry): boolean {
  return (entry & 1) === 0;
}

/** The places in memory, indexed. */
export interface PlacesData {
  localities: Locality[];
  /** Folded name (as `foldPlaceName` folds) → the localities written so: one entry or several. */
  names: Map<string, NameEntry | NameEntry[]>;
  /** Every key of `names`, sorted, for prefix lookups: sorted on first use, not at load. */
  sortedNames(): readonly string[];
  /** Five-digit ZIP → its place. */
  postalCodes: Map<string, PostalCode>;
  /** Every country code that has at least one locality or ZIP. */
  countries: Set<string>;
  /** Folded region name or code → the `country.region` keys it can mean. */
  regions: Map<string, Set<string>>;
}

/** The bundled places file does not have the layout this version of the server reads. */
export class PlacesDataFormatError extends Error {
  override readonly name = 'PlacesDataFormatError';

  constructor(lineNumber: number, reason: string) {
    super(
      `The bundled places file is malformed at line ${lineNumber}: ${reason}. Regenerate it with "node scripts/build-places-data.mjs".`,
    );
  }
}

/** Indexes `key` (already folded by the data build) as a way of writing `locality`. */
function addName(
  names: Map<string, NameEntry | NameEntry[]>,
  key: string,
  locality: number,
  own: boolean,
): void {
  if (key === '') return;
  const entry = locality * 2 + (own ? 0 : 1);
  const existing = names.get(key);
  if (existing === undefined) {
    names.set(key, entry);
  } else if (typeof existing === 'number') {
    if (entryLocality(existing) !== locality) names.set(key, [existing, entry]);
  } else if (!existing.some((other) => entryLocality(other) === locality)) {
    existing.push(entry);
  }
}

/** The entries of `key` in `names`, as a list. */
export function namedEntries(
  names: Map<string, NameEntry | NameEntry[]>,
  key: string,
): readonly NameEntry[] {
  const found = names.get(key);
  if (found === undefined) return [];
  return typeof found === 'number' ? [found] : found;
}

function addRegionKey(regions: Map<string, Set<string>>, text: string, regionKey: string): void {
  const key = foldPlaceName(text);
  if (key === '') return;
  const keys = regions.get(key) ?? new Set<string>();
  keys.add(regionKey);
  regions.set(key, keys);
}

function coordinate(text: string | undefined, lineNumber: number): number {
  const value = Number(text);
  if (text === undefined || text === '' || !Number.isFinite(value)) {
    throw new PlacesDataFormatError(lineNumber, `"${text}" is not a coordinate`);
  }
  return value;
}

/** Parses the text of the places file and builds its indexes. */
export function parsePlacesData(text: string): PlacesData {
  const regionNames = new Map<string, string>();
  const localities: Locality[] = [];
  const names = new Map<string, NameEntry | NameEntry[]>();
  const postalCodes = new Map<string, PostalCode>();
  const countries = new Set<string>();
  const regions = new Map<string, Set<string>>();

  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    if (line === '' || line.startsWith('#')) continue;
    const field = line.split('\t');
    const lineNumber = index + 1;
    switch (field[0]) {
      case 'R': {
        const [, key, name] = field;
        if (!key || !name)
          throw new PlacesDataFormatError(lineNumber, 'a region needs a code and a name');
        regionNames.set(key, name);
        break;
      }
      case 'L': {
        const [, name, country, regionCode = '', population, lat, lng, ownKeys, alternateKeys] =
          field;
        if (!name || !country || !ownKeys) {
          throw new PlacesDataFormatError(lineNumber, 'a locality needs a name, country and keys');
        }
        const position = localities.length;
        localities.push({
          name,
          country,
          regionCode,
          regionName: regionNames.get(`${country}.${regionCode}`),
          population: Number(population) || 0,
          lat: coordinate(lat, lineNumber),
          lng: coordinate(lng, lineNumber),
        });
        countries.add(country);
        for (const key of ownKeys.split('|')) addName(names, key, position, true);
        for (const key of alternateKeys ? alternateKeys.split('|') : []) {
          addName(names, key, position, false);
        }
        break;
      }
      case 'Z': {
        const [, code, lat, lng, label, country = 'US', regionCode = ''] = field;
        if (!code || !/^\d{5}$/.test(code))
          throw new PlacesDataFormatError(lineNumber, `"${code}" is not a ZIP code`);
        const regionKey = `${country}.${regionCode}`;
        postalCodes.set(code, {
          code,
          label: label || undefined,
          country,
          regionCode,
          regionName: regionNames.get(regionKey),
          lat: coordinate(lat, lineNumber),
          lng: coordinate(lng, lineNumber),
        });
        countries.add(country);
        break;
      }
      default:
        throw new PlacesDataFormatError(lineNumber, `unknown record type "${field[0]}"`);
    }
  }

  for (const [key, name] of regionNames) {
    addRegionKey(regions, name, key);
    addRegionKey(regions, key.slice(key.indexOf('.') + 1), key);
  }
  let sorted: string[] | undefined;
  return {
    localities,
    names,
    sortedNames: () => {
      sorted ??= [...names.keys()].sort();
      return sorted;
    },
    postalCodes,
    countries,
    regions,
  };
}
