import { addressSchema, coordinatesSchema, isIanaTimeZone } from '@peer-groups/core';
import { describe, expect, it } from 'vitest';
import { findMetro, METROS } from '../src/index.js';
import { distanceKm } from './support/distance.js';

describe('METROS', () => {
  it('covers the fifteen metro areas of the demo', () => {
    expect(METROS.map((metro) => metro.id).sort()).toEqual(
      [
        'atlanta',
        'boston',
        'chicago',
        'denver',
        'houston',
        'london',
        'los-angeles',
        'madrid',
        'mexico-city',
        'miami',
        'new-york',
        'phoenix',
        'seattle',
        'sydney',
        'toronto',
      ].sort(),
    );
  });

  it.each(METROS.map((metro) => [metro.id, metro] as const))(
    'describes %s consistently',
    (_id, metro) => {
      expect(isIanaTimeZone(metro.timeZone)).toBe(true);
      expect(coordinatesSchema.safeParse(metro.centre).success).toBe(true);
      expect(metro.postalCodes).toEqual(
        metro.neighbourhoods.map((neighbourhood) => neighbourhood.postalCode),
      );
      expect(new Set(metro.postalCodes).size).toBe(metro.postalCodes.length);
      for (const neighbourhood of metro.neighbourhoods) {
        const address = {
          locality: neighbourhood.locality,
          region: metro.region,
          postalCode: neighbourhood.postalCode,
          country: metro.country,
        };
        expect(addressSchema.safeParse(address).success, neighbourhood.name).toBe(true);
        expect(
          distanceKm(neighbourhood.centre, metro.centre),
          neighbourhood.name,
        ).toBeLessThanOrEqual(metro.radiusKm);
        expect(neighbourhood.streets.length).toBeGreaterThan(0);
      }
      let otherShare = 0;
      for (const [, languageShare] of metro.otherLanguages) otherShare += languageShare;
      expect(otherShare).toBeLessThan(1);
    },
  );

  it('includes the Cambridge, MA postal code 02139', () => {
    expect(findMetro('boston')?.postalCodes).toContain('02139');
  });

  it('finds no metro for an unknown id', () => {
    expect(findMetro('atlantis')).toBeUndefined();
  });
});
