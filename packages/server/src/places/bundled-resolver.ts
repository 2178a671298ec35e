/**
 * Resolves postal codes and place names from the bundled places, in memory.
 *
 * @packageDocumentation
 */
import type { Place } from '@peer-groups/core';
import { countryNameIndex } from './country-names.js';
import { foldPlaceName } from './fold-place-name.js';
import {
  entryLocality,
  isOwnName,
  type Locality,
  namedEntries,
  type PlacesData,
  type PostalCode,
} from './places-data.js';
import type { PlaceResolver, ResolvePlaceOptions } from './types.js';

const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 100;
/** Longer input is no place name: it is cut here before any work. */
const MAX_INPUT_LENGTH = 200;
/** Prefix completion starts at this many letters; fewer match half the world. */
const MIN_PREFIX_LENGTH = 3;
/** How many names a prefix lookup looks at, at most: keeps junk like "a b" cheap. */
const MAX_PREFIX_NAMES = 300;
/**
 * How much less an alternate name counts than a locality's own name: "New York" is an
 * alternate of New York City (8.8 M) and still wins over a village of 5,000 called so, but
 * an obscure alternate of a large city does not beat the small town whose name it is.
 */
const ALTERNATE_WEIGHT = 0.1;

const ZIP_CODE = /^(\d{5})(?:[\s-]?\d{4})?$/;

interface Candidate {
  locality: number;
  score: number;
}

/** A {@link PlaceResolver} over the bundled places. Build one with `loadBundledPlaceResolver`. */
export class BundledPlaceResolver implements PlaceResolver {
  readonly #data: PlacesData;
  readonly #countryNames: Map<string, string>;

  constructor(data: PlacesData) {
    this.#data = data;
    this.#countryNames = countryNameIndex(data.countries);
  }

  /** How many localities and ZIP codes are loaded, for logs. */
  get size(): { localities: number; postalCodes: number } {
    return { localities: this.#data.localities.length, postalCodes: this.#data.postalCodes.size };
  }

  resolve(text: string, options: ResolvePlaceOptions = {}): Place[] {
    if (typeof text !== 'string') return [];
    const limit = Math.min(MAX_LIMIT, Math.floor(options.limit ?? DEFAULT_LIMIT));
    if (!(limit >= 1)) return [];
    const country = options.country?.toUpperCase();
    const input = text.slice(0, MAX_INPUT_LENGTH).trim();
    if (input === '') return [];

    const zip = ZIP_CODE.exec(input);
    if (zip?.[1] !== undefined) {
      const postal = this.#data.postalCodes.get(zip[1]);
      if (postal === undefined || (country !== undefined && postal.country !== country)) return [];
      return [postalPlace(postal)];
    }

    const accept = (locality: Locality) => country === undefined || locality.country === country;
    const ranked = this.#byName(input, accept);
    return ranked.slice(0, limit).map((candidate) => this.#localityPlace(candidate.locality));
  }

  /** Localities named `input`, best first: the whole text, then name plus qualifier, then prefix. */
  #byName(input: string, accept: (locality: Locality) => boolean): Candidate[] {
    const results = new Map<number, Candidate>();
    const add = (candidates: Candidate[]) => {
      for (const candidate of sortByScore(candidates)) {
        const locality = this.#data.localities[candidate.locality];
        if (locality !== undefined && accept(locality) && !results.has(candidate.locality)) {
          results.set(candidate.locality, candidate);
        }
      }
    };

    const [head = '', ...qualifiers] = input.split(',');
    const folded = foldPlaceName(input);
    if (folded === '') return [];
    if (qualifiers.length > 0) {
      // "Cambridge, MA" or "Málaga, España, ES": every part after a comma must fit.
      const parts = qualifiers.map(foldPlaceName).filter((part) => part !== '');
      add(this.#named(foldPlaceName(head)).filter((c) => this.#fitsAll(c.locality, parts)));
    }
    add(this.#named(folded));
    if (qualifiers.length === 0) add(this.#qualifiedBySpace(folded));
    if (results.size === 0 && folded.length >= MIN_PREFIX_LENGTH) add(this.#startingWith(folded));
    return [...results.values()];
  }

  /** Localities whose folded name is exactly `key`, scored by population. */
  #named(key: string): Candidate[] {
    return namedEntries(this.#data.names, key).map((entry) => {
      const locality = entryLocality(entry);
      const population = this.#data.localities[locality]?.population ?? 0;
      return { locality, score: population * (isOwnName(entry) ? 1 : ALTERNATE_WEIGHT) };
    });
  }

  /**
   * "cambridge ma", "san jose costa rica": the longest leading words that name a place, with
   * the rest naming its region or country.
   */
  #qualifiedBySpace(folded: string): Candidate[] {
    const words = folded.split(' ');
    for (let split = words.length - 1; split >= 1; split -= 1) {
      const named = this.#named(words.slice(0, split).join(' '));
      if (named.length === 0) continue;
      const qualifier = words.slice(split).join(' ');
      const fitting = named.filter((candidate) => this.#fits(candidate.locality, qualifier));
      if (fitting.length > 0) return fitting;
    }
    return [];
  }

  /** Names that start with `folded` ("camb" → Cambridge), for type-ahead. */
  #startingWith(folded: string): Candidate[] {
    const names = this.#data.sortedNames();
    let low = 0;
    let high = names.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((names[middle] ?? '') < folded) low = middle + 1;
      else high = middle;
    }
    const candidates: Candidate[] = [];
    for (let index = low; index < names.length && index < low + MAX_PREFIX_NAMES; index += 1) {
      const name = names[index] ?? '';
      if (!name.startsWith(folded)) break;
      candidates.push(...this.#named(name));
    }
    return candidates;
  }

  #fitsAll(locality: number, qualifiers: string[]): boolean {
    return qualifiers.every((qualifier) => this.#fits(locality, qualifier));
  }

  /** Whether `qualifier` names the locality's region, its country, or its region then country. */
  #fits(locality: number, qualifier: string): boolean {
    const place = this.#data.localities[locality];
    if (place === undefined) return false;
    if (this.#isRegionOf(place, qualifier) || this.#countryNames.get(qualifier) === place.country) {
      return true;
    }
    const words = qualifier.split(' ');
    for (let split = 1; split < words.length; split += 1) {
      const region = words.slice(0, split).join(' ');
      const country = words.slice(split).join(' ');
      if (this.#isRegionOf(place, region) && this.#countryNames.get(country) === place.country) {
        return true;
      }
    }
    return false;
  }

  #isRegionOf(place: Locality, qualifier: string): boolean {
    return this.#data.regions.get(qualifier)?.has(`${place.country}.${place.regionCode}`) === true;
  }

  #localityPlace(index: number): Place {
    const locality = this.#data.localities[index] as Locality;
    const region = displayRegion(locality.country, locality.regionCode, locality.regionName);
    return {
      kind: 'locality',
      name: locality.name,
      ...(region === undefined ? {} : { region }),
      country: locality.country,
      coordinates: { lat: locality.lat, lng: locality.lng },
    };
  }
}

function sortByScore(candidates: Candidate[]): Candidate[] {
  return [...candidates].sort((a, b) => b.score - a.score);
}

/** US states by their postal code (`MA`), as addresses write them; elsewhere the region's name. */
function displayRegion(
  country: string,
  code: string,
  name: string | undefined,
): string | undefined {
  if (country === 'US' && code !== '') return code;
  return name;
}

function postalPlace(postal: PostalCode): Place {
  const region = displayRegion(postal.country, postal.regionCode, postal.regionName);
  return {
    kind: 'postalCode',
    // The town a patient knows the ZIP by; the code itself where no town lies near.
    name: postal.label ?? postal.code,
    ...(region === undefined ? {} : { region }),
    country: postal.country,
    coordinates: { lat: postal.lat, lng: postal.lng },
  };
}
