import type { Place } from '@peer-groups/core';
import type { PlaceResolver } from '../../src/places/types.js';

const PLACES: Place[] = [
  {
    kind: 'postalCode',
    name: '02138',
    region: 'MA',
    country: 'US',
    coordinates: { lat: 42.3736, lng: -71.1097 },
  },
  {
    kind: 'locality',
    name: 'Cambridge',
    region: 'MA',
    country: 'US',
    coordinates: { lat: 42.3736, lng: -71.1097 },
  },
  {
    kind: 'locality',
    name: 'Cambridge',
    region: 'England',
    country: 'GB',
    coordinates: { lat: 52.2053, lng: 0.1218 },
  },
];

/** A resolver over three places, matching names and codes exactly, ignoring case. */
export const testPlaces: PlaceResolver = {
  resolve(text, options = {}) {
    const wanted = text.trim().toLowerCase();
    return PLACES.filter(
      (place) =>
        place.name.toLowerCase() === wanted &&
        (options.country === undefined || place.country === options.country),
    ).slice(0, options.limit ?? 10);
  },
};
