import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type BundledPlaceResolver,
  foldPlaceName,
  loadBundledPlaceResolver,
} from '../src/places/index.js';

let places: BundledPlaceResolver;

beforeAll(async () => {
  places = await loadBundledPlaceResolver();
});

function first(text: string, options?: Parameters<BundledPlaceResolver['resolve']>[1]) {
  return places.resolve(text, options)[0];
}

describe('bundled places: US ZIP codes', () => {
  it('resolves 02139 to Cambridge, MA at its centroid', () => {
    const place = first('02139');
    expect(place).toMatchObject({
      kind: 'postalCode',
      name: 'Cambridge',
      region: 'MA',
      country: 'US',
    });
    expect(place?.coordinates.lat).toBeCloseTo(42.36, 1);
    expect(place?.coordinates.lng).toBeCloseTo(-71.1, 1);
  });

  it('labels a Manhattan ZIP with its own state, not the town across the river', () => {
    expect(first('10001')).toMatchObject({ region: 'NY', country: 'US' });
  });

  it('accepts ZIP+4 with a hyphen, a space or nothing between', () => {
    for (const text of ['02139-4307', '02139 4307', '021394307', '  02139  ']) {
      expect(first(text)?.name).toBe('Cambridge');
    }
  });

  it('answers nothing for a ZIP that does not exist', () => {
    expect(places.resolve('00000')).toEqual([]);
    expect(places.resolve('99999')).toEqual([]);
  });

  it('answers nothing for digits that are not a ZIP shape', () => {
    expect(places.resolve('0213')).toEqual([]);
    expect(places.resolve('021391')).toEqual([]);
  });

  it('answers a ZIP only once, before any name', () => {
    expect(places.resolve('02139', { limit: 10 })).toHaveLength(1);
  });

  it('filters ZIPs by country', () => {
    expect(places.resolve('02139', { country: 'GB' })).toEqual([]);
    expect(first('02139', { country: 'us' })?.name).toBe('Cambridge');
  });

  it('resolves ZIPs without a tabulation area: PO boxes, single buildings, the first ZIP', () => {
    const expected = {
      '10008': ['NY', 40.71, -74.01],
      '10118': ['NY', 40.75, -73.99],
      '90009': ['CA', 34.05, -118.24],
      '20500': ['DC', 38.89, -77.04],
      '00501': ['NY', 40.82, -73.05],
    } as const;
    for (const [zip, [region, lat, lng]] of Object.entries(expected)) {
      const place = first(zip);
      expect(place, zip).toMatchObject({ kind: 'postalCode', region, country: 'US' });
      expect(place?.coordinates.lat, zip).toBeCloseTo(lat, 1);
      expect(place?.coordinates.lng, zip).toBeCloseTo(lng, 1);
    }
  });

  it('keeps the Census centroid of a ZIP that GeoNames lists too', () => {
    // GeoNames puts 10001 at 40.7484, -73.9967, its post office; the ZCTA centroid is kept.
    const place = first('10001');
    expect(place?.coordinates.lat).toBeCloseTo(40.75065, 4);
    expect(place?.coordinates.lng).toBeCloseTo(-73.997293, 4);
  });

  it('resolves a Puerto Rico ZIP to Puerto Rico', () => {
    expect(first('00901')).toMatchObject({ name: 'San Juan', country: 'PR' });
  });
});

describe('bundled places: names', () => {
  it('finds Málaga written without the accent, in any case', () => {
    for (const text of ['Malaga', 'málaga', 'MALAGA', ' MáLaGa ']) {
      expect(first(text)).toMatchObject({ name: 'Málaga', country: 'ES', region: 'Andalusia' });
    }
  });

  it('finds letters decomposition leaves whole: Łódź as Lodz, Tromsø as Tromso', () => {
    expect(first('lodz')?.name).toBe('Łódź');
    expect(first('tromso')?.name).toBe('Tromsø');
  });

  it('ranks the most populous place of a name first', () => {
    expect(first('cambridge')).toMatchObject({ country: 'GB', region: 'England' });
    expect(first('london')).toMatchObject({ country: 'GB' });
  });

  it('picks Massachusetts for "cambridge ma" and "Cambridge, MA"', () => {
    for (const text of [
      'cambridge ma',
      'Cambridge, MA',
      'CAMBRIDGE,MA',
      'Cambridge, Massachusetts',
    ]) {
      const place = first(text);
      expect(place).toMatchObject({ name: 'Cambridge', region: 'MA', country: 'US' });
      expect(place?.coordinates.lat).toBeCloseTo(42.37, 1);
    }
  });

  it('picks England for "Cambridge, England" and "Cambridge UK"', () => {
    expect(first('Cambridge, England')).toMatchObject({ country: 'GB' });
    expect(first('Cambridge UK')).toMatchObject({ country: 'GB' });
  });

  it('takes a region and a country together: "Austin TX USA"', () => {
    expect(first('Austin TX USA')).toMatchObject({ name: 'Austin', region: 'TX' });
  });

  it('finds New York City for "new york" and "New York, NY"', () => {
    expect(first('new york')).toMatchObject({ name: 'New York City', region: 'NY' });
    expect(first('New York, NY')).toMatchObject({ name: 'New York City' });
  });

  it('finds cities by their Spanish names', () => {
    expect(first('Nueva York')?.name).toBe('New York City');
    expect(first('Londres')).toMatchObject({ name: 'London', country: 'GB' });
    expect(first('Ciudad de México')).toMatchObject({ country: 'MX' });
  });

  it('understands Spanish country names as qualifiers', () => {
    expect(first('Málaga, España')).toMatchObject({ country: 'ES' });
    expect(first('Nueva York, EEUU')?.name).toBe('New York City');
  });

  it('finds Spanish cities by their own names', () => {
    expect(first('Sevilla')).toMatchObject({ name: 'Sevilla', country: 'ES' });
    expect(first('A Coruña')).toMatchObject({ country: 'ES' });
    expect(first('a coruna')).toMatchObject({ country: 'ES' });
  });

  it('filters names by country', () => {
    expect(first('cambridge', { country: 'US' })).toMatchObject({ region: 'MA' });
    expect(first('malaga', { country: 'CO' })).toMatchObject({ country: 'CO' });
    expect(places.resolve('malaga', { country: 'JP' })).toEqual([]);
  });

  it('respects the limit and defaults to ten', () => {
    expect(places.resolve('springfield', { limit: 3 })).toHaveLength(3);
    expect(places.resolve('springfield').length).toBeLessThanOrEqual(10);
    expect(places.resolve('springfield').length).toBeGreaterThan(3);
    expect(places.resolve('springfield', { limit: 0 })).toEqual([]);
  });

  it('never repeats a place', () => {
    const found = places.resolve('new york', { limit: 50 });
    const keys = found.map(
      (place) => `${place.name}|${place.coordinates.lat}|${place.coordinates.lng}`,
    );
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('completes a prefix when no name matches whole', () => {
    expect(first('cambr')?.name).toBe('Cambridge');
  });

  it('returns a valid Place shape: locality kind, coordinates in range', () => {
    for (const place of places.resolve('san jose', { limit: 20 })) {
      expect(place.kind).toBe('locality');
      expect(place.country).toMatch(/^[A-Z]{2}$/);
      expect(Math.abs(place.coordinates.lat)).toBeLessThanOrEqual(90);
      expect(Math.abs(place.coordinates.lng)).toBeLessThanOrEqual(180);
    }
  });
});

describe('bundled places: empty and junk input', () => {
  it('answers nothing for empty, blank and punctuation-only text', () => {
    for (const text of ['', '   ', '\t\n', '!!!', ',,,', '-', '—']) {
      expect(places.resolve(text)).toEqual([]);
    }
  });

  it('answers nothing for text that names no place', () => {
    expect(places.resolve('zzqxjv')).toEqual([]);
    expect(places.resolve('<script>alert(1)</script>')).toEqual([]);
  });

  it('does not throw on very long text', () => {
    expect(places.resolve('a'.repeat(100_000))).toEqual([]);
  });

  it('never throws, whatever the text and options', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60, unit: 'binary' }),
        fc.option(fc.integer({ min: -5, max: 500 }), { nil: undefined }),
        fc.option(fc.constantFrom('US', 'ES', 'gb', 'XX', ''), { nil: undefined }),
        (text, limit, country) => {
          const found = places.resolve(text, {
            ...(limit === undefined ? {} : { limit }),
            ...(country === undefined ? {} : { country }),
          });
          expect(Array.isArray(found)).toBe(true);
          expect(found.length).toBeLessThanOrEqual(100);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('bundled places: loading', () => {
  it('loads once and shares the resolver', async () => {
    expect(await loadBundledPlaceResolver()).toBe(places);
  });

  it('holds every US ZIP code and tens of thousands of localities', () => {
    // 33,791 Census tabulation areas and the 7,846 ZIPs only GeoNames lists.
    expect(places.size.postalCodes).toBeGreaterThan(41_000);
    expect(places.size.localities).toBeGreaterThan(30_000);
  });

  it('stores every name as the key the runtime folds it to', () => {
    const file = new URL('../data/places.tsv.gz', import.meta.url);
    const text = gunzipSync(readFileSync(file)).toString('utf8');
    const mismatched: string[] = [];
    for (const line of text.split('\n')) {
      if (!line.startsWith('L\t')) continue;
      const [, , , , , , , own = '', alternates = ''] = line.split('\t');
      for (const key of [...own.split('|'), ...alternates.split('|')]) {
        if (key !== '' && foldPlaceName(key) !== key) mismatched.push(key);
      }
    }
    expect(mismatched.slice(0, 10)).toEqual([]);
  });
});
